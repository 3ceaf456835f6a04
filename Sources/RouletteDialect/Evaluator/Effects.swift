import CallbackModel

/// Output: `displayln`, `display`, `newline`, `format`.
enum Effects {
    static var procedures: [Procedure] { [
        printing("displayln") { $0 + "\n" },
        printing("display") { $0 },
        Procedure(name: "newline", arity: 0...0, body: .builtin { (e, _, position) throws(DialectError) -> Value in
            try write(e, "\n", "newline", at: position)
        }),
        Procedure(name: "format", arity: 1...Int.max, body: .builtin { (e, args, position) throws(DialectError) -> Value in
            .datum(try e.budget.built(.string(try format(e, args, at: position)), at: position))
        }),
    ] }

    private static func printing(_ name: String, _ text: @escaping (String) -> String) -> Procedure {
        Procedure(name: name, arity: 1...1, body: .builtin { (e, args, position) throws(DialectError) -> Value in
            try write(e, text(try e.render(args[0], top: false, at: position)), name, at: position)
        })
    }

    private static func write(_ e: Evaluator, _ text: String, _ name: String, at position: SourcePosition) throws(DialectError) -> Value {
        guard e.randomBranchDepth == 0 else {
            throw DialectError("\(name) inside a branch that depends on a random choice is not supported", at: position)
        }
        try e.checkEvidence()
        e.output(text)
        return .void
    }

    /// `~a` display, `~s` write, `~v` print, `~n`/`~%` newline, `~~` a tilde.
    private static func format(_ e: Evaluator, _ args: [Value], at position: SourcePosition) throws(DialectError) -> String {
        guard case .datum(.string(let template)) = args[0] else {
            throw DialectError("format expects a format string first", at: position)
        }
        var out = ""
        var rest = args.dropFirst()
        var chars = template.makeIterator()
        while let c = chars.next() {
            guard c == "~" else { out.append(c); continue }
            let directive = chars.next()
            switch directive {
            case "n", "%": out += "\n"
            case "~": out += "~"
            case "a", "s", "v":
                guard let value = rest.popFirst() else {
                    throw DialectError("format: the string has more ~\(directive!) directives than arguments", at: position)
                }
                // Each piece may take only what is left of the string limit, so a huge value
                // stops as it is written rather than after it is built whole.
                let room = Builtins.maxStringBytes - out.utf8.count
                if case .datum(let d) = value, directive != "a" {
                    do {
                        out += try directive == "s" ? e.printer.write(d, limit: room) : e.printer.print(d, limit: room)
                    } catch {
                        throw DialectError("format: string longer than \(Builtins.maxStringBytes) bytes", at: position)
                    }
                } else {
                    do {
                        out += try e.render(value, top: false, limit: room, at: position)
                    } catch where error.message.hasPrefix("value too large to print") {
                        throw DialectError("format: string longer than \(Builtins.maxStringBytes) bytes", at: position)
                    }
                }
            default:
                throw DialectError("format: unsupported directive ~\(directive.map(String.init) ?? ""): allowed ~a ~s ~v ~n ~~", at: position)
            }
            guard out.utf8.count <= Builtins.maxStringBytes else {
                throw DialectError("format: string longer than \(Builtins.maxStringBytes) bytes", at: position)
            }
        }
        guard rest.isEmpty else {
            throw DialectError("format: \(rest.count) argument\(rest.count == 1 ? "" : "s") left over with no ~a for \(rest.count == 1 ? "it" : "them")", at: position)
        }
        return out
    }
}
