import CallbackModel

/// `flip`, `categorical`, `discrete-uniform` (each call one independent choice) and
/// `probability` (exact P(e = #t)). Arguments are validated here, before the engine's
/// `Distribution.choice`, whose preconditions must never be reached from a program.
enum Randomness {
    static var procedures: [Procedure] { [
        chooser("flip", flip),
        categorical,
        chooser("discrete-uniform", uniform: true) { (d, at) throws(DialectError) in try uniform("discrete-uniform", d, at) },
        Procedure(name: "probability", arity: 1...1, body: .builtin { (e, args, position) throws(DialectError) -> Value in
            switch args[0] {
            case .datum(let d): return .datum(.exact(d == .boolean(true) ? .one : .zero))
            case .random(let r):
                // Given the evidence (observe!): P(e = #t | E).
                return .datum(.exact(try e.distribution(of: r, at: position)[.boolean(true)]))
            case .procedure(let p): throw DialectError("probability expects a value, got the procedure \(p.name)", at: position)
            }
        }),
    ] }

    /// A procedure making one new choice per call; a random argument makes a dependent choice.
    /// `uniform`: the draw is uniform over its argument, a list (not `flip`'s probability).
    private static func chooser(_ name: String, uniform: Bool = false, _ draw: @escaping @Sendable (Datum, SourcePosition) throws(DialectError) -> Distribution<Datum>) -> Procedure {
        Procedure(name: name, arity: 1...1, body: .builtin { (e, args, position) throws(DialectError) -> Value in
            switch args[0] {
            case .datum(let d):
                let distribution = try e.drawn(name, from: d) { () throws(DialectError) in try draw(d, position) }
                return try e.makeChoice(distribution, at: position)
            case .random(let parent):
                return try e.makeDependentChoice(on: parent, at: position, uniform: uniform) { (d: Datum) throws(DialectError) in try draw(d, position) }
            case .procedure(let p): throw DialectError("\(name) expects a value, got the procedure \(p.name)", at: position)
            }
        })
    }

    /// `(categorical '(v…))` is uniform over the list; `(categorical '(v…) '(w…))` gives each
    /// value its weight (weights are normalised: '(9 1) is '(9/10 1/10)).
    private static var categorical: Procedure {
        Procedure(name: "categorical", arity: 1...2, body: .builtin { (e, args, position) throws(DialectError) -> Value in
            if args.count == 1 {
                let uniformChooser = chooser("categorical", uniform: true) { (d, at) throws(DialectError) in try uniform("categorical", d, at) }
                return try e.apply(.procedure(uniformChooser), args, at: position)
            }
            // Two arguments: one choice over the pair (values weights), dependent if either is random.
            let pair = try HigherOrder.makeList(e, args, at: position)
            switch pair {
            case .datum(let d): return try e.makeChoice(try weightedPair(d, position), at: position)
            case .random(let parent):
                return try e.makeDependentChoice(on: parent, at: position) { (d: Datum) throws(DialectError) in try weightedPair(d, position) }
            case .procedure(let p): throw DialectError("categorical expects values, got the procedure \(p.name)", at: position)
            }
        })
    }

    private static func weightedPair(_ d: Datum, _ at: SourcePosition) throws(DialectError) -> Distribution<Datum> {
        guard case .list(let pair) = d, pair.count == 2 else { throw DialectError("categorical expects values and weights", at: at) }
        return try weighted(pair[0], pair[1], at)
    }

    private static func weighted(_ values: Datum, _ weights: Datum, _ at: SourcePosition) throws(DialectError) -> Distribution<Datum> {
        let items = try Builtins.list(values, "categorical", at)
        guard !items.isEmpty else { throw DialectError("categorical expects a non-empty list, got '()", at: at) }
        let ws = try Builtins.list(weights, "categorical", at)
        guard ws.count == items.count else {
            throw DialectError("categorical expects as many weights as values, got \(ws.count) weights for \(items.count) values", at: at)
        }
        var rationals: [Rational] = []
        for w in ws {
            guard case .number(let n) = w, !n.value.isNegative else {
                throw DialectError("categorical weights must be non-negative numbers, got \(Printer().print(w))", at: at)
            }
            rationals.append(n.value)
        }
        let total = rationals.reduce(Rational.zero, +)
        guard !total.isZero else { throw DialectError("categorical weights must not all be zero", at: at) }
        return .choice(zip(items, rationals).map { ($0, $1 / total) })
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
