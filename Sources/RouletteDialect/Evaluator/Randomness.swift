import CallbackModel

/// `flip`, `categorical`, `discrete-uniform` (each call one independent choice) and
/// `probability` (exact P(e = #t)). Arguments are validated here, before the engine's
/// `Distribution.choice`, whose preconditions must never be reached from a program.
enum Randomness {
    static var procedures: [Procedure] { [
        chooser("flip", flip),
        chooser("categorical") { (d, at) throws(DialectError) in try uniform("categorical", d, at) },
        chooser("discrete-uniform") { (d, at) throws(DialectError) in try uniform("discrete-uniform", d, at) },
        Procedure(name: "probability", arity: 1...1, body: .builtin { (e, args, position) throws(DialectError) -> Value in
            switch args[0] {
            case .datum(let d): return .datum(.exact(d == .boolean(true) ? .one : .zero))
            case .random(let r): return .datum(.exact(try e.distribution(of: r)[.boolean(true)]))
            case .procedure(let p): throw DialectError("probability expects a value, got the procedure \(p.name)", at: position)
            }
        }),
    ] }

    /// A procedure making one new choice per call; a random argument makes a dependent choice.
    private static func chooser(_ name: String, _ draw: @escaping @Sendable (Datum, SourcePosition) throws(DialectError) -> Distribution<Datum>) -> Procedure {
        Procedure(name: name, arity: 1...1, body: .builtin { (e, args, position) throws(DialectError) -> Value in
            switch args[0] {
            case .datum(let d): return e.makeChoice(try draw(d, position))
            case .random(let parent):
                return try e.makeDependentChoice(on: parent, at: position) { (d: Datum) throws(DialectError) in try draw(d, position) }
            case .procedure(let p): throw DialectError("\(name) expects a value, got the procedure \(p.name)", at: position)
            }
        })
    }

    private static func flip(_ d: Datum, _ at: SourcePosition) throws(DialectError) -> Distribution<Datum> {
        guard case .number(let n) = d, !n.value.isNegative, !(Rational.one < n.value) else {
            let shown = Printer().print(d)
            throw DialectError("flip expects a probability from 0 to 1, got \(shown)", at: at)
        }
        return .choice([(.boolean(true), n.value), (.boolean(false), .one - n.value)])
    }

    private static func uniform(_ name: String, _ d: Datum, _ at: SourcePosition) throws(DialectError) -> Distribution<Datum> {
        let items = try Builtins.list(d, name, at)
        guard !items.isEmpty else { throw DialectError("\(name) expects a non-empty list, got '()", at: at) }
        return .uniform(items)
    }
}
