import CallbackModel

/// Conditioning and queries as Roulette's `disrupt` language has them: `(observe! e)`
/// conditions the rest of the run on e, `(query e)` is e's pmf given what was observed,
/// and pmf values (`pmf?`, `pmf-support`, `in-pmf`; a pmf applied to a value is its
/// probability). `with-observe` is a special form (`SpecialForms`).
enum Conditioning {
    static var procedures: [Procedure] { [
        Procedure(name: "observe!", arity: 1...1, body: .builtin { (e, args, position) throws(DialectError) -> Value in
            try observe(e, args[0], at: position)
            return .void
        }),
        Procedure(name: "query", arity: 1...1, body: .builtin { (e, args, position) throws(DialectError) -> Value in
            switch args[0] {
            case .datum(let d): return .datum(.pmf(Pmf([(d, .one)])))
            case .random(let r): return .datum(.pmf(Pmf(try e.distribution(of: r, at: position))))
            case .procedure(let p): throw DialectError("query expects a value, got the procedure \(p.name)", at: position)
            }
        }),
        Builtins.lifted("pmf?", 1...1) { args, _ in
            if case .pmf = args[0] { return .boolean(true) }
            return .boolean(false)
        },
        Builtins.lifted("pmf-support", 1...1) { args, at throws(DialectError) in
            .list(try pmf(args[0], "pmf-support", at).values)
        },
        // Racket's `in-pmf` is a two-valued sequence; here it is the list of (value probability)
        // pairs, which `for` clauses of the form `[(v p) (in-pmf d)]` take apart.
        Builtins.lifted("in-pmf", 1...1) { args, at throws(DialectError) in
            .list(try pmf(args[0], "in-pmf", at).support.map { .list([$0.value, .exact($0.probability)]) })
        },
    ] }

    static func pmf(_ d: Datum, _ name: String, _ at: SourcePosition) throws(DialectError) -> Pmf {
        guard case .pmf(let p) = d else { throw DialectError("\(name) expects a pmf, got \(d.typeName)", at: at) }
        return p
    }

    /// Adds `value` to the evidence. Inside branches on random conditions only the worlds
    /// taking those branches are constrained: the event is "path taken ⇒ value". An event the
    /// evidence so far makes impossible stops the run with this observation's position, before
    /// anything after it is printed or queried.
    static func observe(_ e: Evaluator, _ value: Value, at position: SourcePosition) throws(DialectError) {
        var event = value
        if !e.pathConditions.isEmpty, case .random = value {
            let path = e.pathConditions
            let implies = Operation(name: "observe!", rule: .general, position: position) { args in
                for (i, step) in path.enumerated() where args[i].isTrue != step.holds { return .boolean(true) }
                return args[path.count]
            }
            event = try e.lift(implies, path.map { .random($0.condition) } + [value])
        }
        switch event {
        case .procedure: return // a procedure counts as true
        case .datum(let d):
            guard !d.isTrue else { return }
            guard !e.pathConditions.isEmpty else { throw try impossible(e, at: position) }
            // #f observed on a random path: that path is impossible.
            let path = e.pathConditions
            let notTaken = Operation(name: "observe!", rule: .general, position: position) { args in
                .boolean(!zip(args, path).allSatisfy { $0.isTrue == $1.holds })
            }
            event = try e.lift(notTaken, path.map { .random($0.condition) })
            guard case .random = event else { throw try impossible(e, at: position) }
        case .random: break
        }
        guard case .random(let r) = event else { return }
        let joined: Value
        if let evidence = e.evidence {
            let and = Operation(name: "observe!", rule: .ifThenElse, position: position) { args in args[0].isTrue ? args[1] : args[2] }
            joined = try e.lift(and, [.random(r), .random(evidence), .boolean(false)])
        } else {
            joined = .random(r)
        }
        guard case .random(let node) = joined else { return }
        // Checked later (`Evaluator.checkEvidence`): checking here would infer the whole
        // evidence once per observation, quadratic in a hidden Markov model's length.
        e.evidence = node
        e.unchecked.append((node, position))
    }

    /// This observation is impossible whatever came before; an earlier unchecked one may
    /// already have been, and is the one to report.
    private static func impossible(_ e: Evaluator, at position: SourcePosition) throws(DialectError) -> DialectError {
        try e.checkEvidence()
        return impossible(at: position)
    }

    static func impossible(at position: SourcePosition) -> DialectError {
        DialectError("observed an event of probability 0", at: position)
    }
}
