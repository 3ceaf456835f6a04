import CallbackModel

/// The built-in procedures. Pure ones are "lifted": on plain values they run at once,
/// on random values they become a node of the DAG (see `Evaluator.lift`).
enum Builtins {
    static let maxStringBytes = 1_000_000

    typealias Pure = @Sendable ([Datum], SourcePosition) throws(DialectError) -> Datum

    static func install(in env: Environment) {
        env.bind("empty", .datum(.list([])))
        env.bind("null", .datum(.list([])))
        for p in pure + Randomness.procedures + Effects.procedures + HigherOrder.procedures + Conditioning.procedures { env.bind(p.name, .procedure(p)) }
    }

    static func lifted(_ name: String, _ arity: ClosedRange<Int>, rule: Operation.Rule = .general, _ f: @escaping Pure) -> Procedure {
        Procedure(name: name, arity: arity, body: .builtin { (e, arguments, position) throws(DialectError) -> Value in
            let op = Operation(name: name, rule: rule, position: position) { (args: [Datum]) throws(DialectError) -> Datum in
                try f(args, position)
            }
            return try e.lift(op, arguments)
        })
    }

    static var pure: [Procedure] { Arithmetic.procedures + Lists.procedures + [
        lifted("not", 1...1) { args, _ in .boolean(!args[0].isTrue) },
        lifted("equal?", 2...2, rule: .equal) { args, at throws(DialectError) in
            do {
                return .boolean(try SharedEquality.equal(args[0], args[1]))
            } catch {
                throw DialectError("equal?: values too large to compare: more than \(SharedEquality.maxComparisons) elements walked", at: at)
            }
        },
        lifted("string-append", 0...Int.max) { args, at throws(DialectError) in
            var s = ""
            for a in args {
                s += try string(a, "string-append", at)
                // Doubling a string in a loop would otherwise eat all memory.
                guard s.utf8.count <= maxStringBytes else {
                    throw DialectError("string-append: string longer than \(maxStringBytes) bytes", at: at)
                }
            }
            return .string(s)
        },
    ] }

    static func string(_ d: Datum, _ name: String, _ at: SourcePosition) throws(DialectError) -> String {
        guard case .string(let s) = d else { throw DialectError("\(name) expects a string, got \(d.typeName)", at: at) }
        return s
    }

    static func list(_ d: Datum, _ name: String, _ at: SourcePosition) throws(DialectError) -> [Datum] {
        guard case .list(let items) = d else { throw DialectError("\(name) expects a list, got \(d.typeName)", at: at) }
        return items
    }
}
