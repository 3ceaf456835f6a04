import CallbackModel

/// Racket's list library on plain and random lists (every procedure here is lifted: on a
/// random list it becomes a node of the DAG). Lists are proper lists: `cons` onto something
/// that is not a list (a pair) is refused.
enum Lists {
    /// Longest list `range` builds.
    static let maxRange = 1_000_000

    static var procedures: [Procedure] { [
        Builtins.lifted("list", 0...Int.max) { args, _ in .list(args) },
        Builtins.lifted("length", 1...1) { args, at throws(DialectError) in
            .exact(Rational(try Builtins.list(args[0], "length", at).count))
        },
        Builtins.lifted("remove", 2...2) { args, at throws(DialectError) in
            var items = try Builtins.list(args[1], "remove", at)
            if let i = items.firstIndex(of: args[0]) { items.remove(at: i) }
            return .list(items)
        },
        Builtins.lifted("range", 1...2) { args, at throws(DialectError) in
            let ns = try Arithmetic.numbers("range", args, at)
            guard ns.allSatisfy({ $0.value.isInteger }) else { throw DialectError("range expects integers", at: at) }
            let (start, end) = ns.count == 1 ? (Rational.zero, ns[0].value) : (ns[0].value, ns[1].value)
            guard !(end < start) else { return .list([]) }
            guard let first = Int(exactly: start.numerator), end - start <= Rational(maxRange),
                  let count = Int(exactly: (end - start).numerator) else {
                throw DialectError("range would hold more than \(maxRange) numbers", at: at)
            }
            return .list((0..<count).map { .exact(Rational(first + $0)) })
        },
        Builtins.lifted("cons", 2...2) { args, at throws(DialectError) in
            guard case .list(let items) = args[1] else {
                throw DialectError("cons expects a list second (pairs are not supported), got \(args[1].typeName)", at: at)
            }
            return .list([args[0]] + items)
        },
        element("car", 0), element("first", 0), element("second", 1), element("third", 2),
        rest("cdr"), rest("rest"),
        Builtins.lifted("last", 1...1) { args, at throws(DialectError) in
            guard let last = try Builtins.list(args[0], "last", at).last else { throw empty("last", at) }
            return last
        },
        Builtins.lifted("null?", 1...1) { args, _ in .boolean(args[0] == .list([])) },
        Builtins.lifted("empty?", 1...1) { args, _ in .boolean(args[0] == .list([])) },
        Builtins.lifted("list?", 1...1) { args, _ in if case .list = args[0] { .boolean(true) } else { .boolean(false) } },
        Builtins.lifted("pair?", 1...1) { args, _ in if case .list(let l) = args[0] { .boolean(!l.isEmpty) } else { .boolean(false) } },
        Builtins.lifted("append", 0...Int.max) { args, at throws(DialectError) in
            var out: [Datum] = []
            for a in args { out += try Builtins.list(a, "append", at) }
            return .list(out)
        },
        Builtins.lifted("reverse", 1...1) { args, at throws(DialectError) in
            .list(try Builtins.list(args[0], "reverse", at).reversed())
        },
        Builtins.lifted("list-ref", 2...2) { args, at throws(DialectError) in
            let items = try Builtins.list(args[0], "list-ref", at)
            let i = try index(args[1], "list-ref", at)
            guard i < items.count else {
                throw DialectError("list-ref: index \(i) too large for a list of \(items.count) elements", at: at)
            }
            return items[i]
        },
        Builtins.lifted("list-tail", 2...2) { args, at throws(DialectError) in
            let items = try Builtins.list(args[0], "list-tail", at)
            let i = try index(args[1], "list-tail", at)
            guard i <= items.count else {
                throw DialectError("list-tail: index \(i) too large for a list of \(items.count) elements", at: at)
            }
            return .list(Array(items[i...]))
        },
        // `member`: the tail starting at the first equal element, or #f.
        Builtins.lifted("member", 2...2) { args, at throws(DialectError) in
            let items = try Builtins.list(args[1], "member", at)
            guard let i = items.firstIndex(of: args[0]) else { return .boolean(false) }
            return .list(Array(items[i...]))
        },
        // `assoc`: the first element that is a non-empty list headed by the key, or #f.
        Builtins.lifted("assoc", 2...2) { args, at throws(DialectError) in
            for item in try Builtins.list(args[1], "assoc", at) {
                if case .list(let pair) = item, pair.first == args[0] { return item }
            }
            return .boolean(false)
        },
        Builtins.lifted("in-list", 1...1) { args, at throws(DialectError) in .list(try Builtins.list(args[0], "in-list", at)) },
    ] }

    private static func element(_ name: String, _ i: Int) -> Procedure {
        Builtins.lifted(name, 1...1) { args, at throws(DialectError) in
            let items = try Builtins.list(args[0], name, at)
            guard i < items.count else {
                if items.isEmpty { throw empty(name, at) }
                throw DialectError("\(name) expects a list of at least \(i + 1) elements, got \(items.count)", at: at)
            }
            return items[i]
        }
    }

    private static func rest(_ name: String) -> Procedure {
        Builtins.lifted(name, 1...1) { args, at throws(DialectError) in
            let items = try Builtins.list(args[0], name, at)
            guard !items.isEmpty else { throw empty(name, at) }
            return .list(Array(items.dropFirst()))
        }
    }

    private static func empty(_ name: String, _ at: SourcePosition) -> DialectError {
        DialectError("\(name) expects a non-empty list, got '()", at: at)
    }

    static func index(_ d: Datum, _ name: String, _ at: SourcePosition) throws(DialectError) -> Int {
        guard case .number(let n) = d, n.value.isInteger, !n.value.isNegative, let i = Int(exactly: n.value.numerator) else {
            throw DialectError("\(name) expects a whole number index, got \(Printer().print(d))", at: at)
        }
        return i
    }
}
