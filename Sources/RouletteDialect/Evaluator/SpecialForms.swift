import CallbackModel

/// Forms whose arguments are not all evaluated first: `quote`, `lambda`, `let`, `let*`,
/// `if`, `cond`, `and`, `or`, `begin`. On a random condition both branches are built and
/// joined by an `if` node, so each world only ever uses the branch it takes.
enum SpecialForms {
    typealias Form = @Sendable (Evaluator, Syntax, [Syntax], Environment) throws(DialectError) -> Value

    static let table: [String: Form] = base.merging(Loops.table) { a, _ in a }

    private static let base: [String: Form] = [
        "quote": quote, "lambda": lambda, "let": { (e, f, i, env) throws(DialectError) in try letForm(e, f, i, env, sequential: false) },
        "let*": { (e, f, i, env) throws(DialectError) in try letForm(e, f, i, env, sequential: true) }, "if": ifForm, "cond": cond,
        "and": and, "or": or, "begin": begin, "define": misplacedDefine,
        "when": { (e, f, i, env) throws(DialectError) in try when(e, f, i, env, holds: true) },
        "unless": { (e, f, i, env) throws(DialectError) in try when(e, f, i, env, holds: false) },
        "case": caseForm, "with-observe": withObserve,
    ]

    private static func quote(_ e: Evaluator, _ form: Syntax, _ items: [Syntax], _ env: Environment) throws(DialectError) -> Value {
        guard items.count == 2 else { throw DialectError("quote expects one datum, got \(items.count - 1)", at: form.position) }
        return .datum(datum(items[1]))
    }

    static func datum(_ s: Syntax) -> Datum {
        switch s.kind {
        case .number(let n): .exact(n)
        case .boolean(let b): .boolean(b)
        case .string(let t): .string(t)
        case .symbol(let t): .symbol(t)
        case .list(let items): .list(items.map(datum))
        }
    }

    private static func lambda(_ e: Evaluator, _ form: Syntax, _ items: [Syntax], _ env: Environment) throws(DialectError) -> Value {
        guard items.count >= 3, let parameters = items[1].list else {
            throw DialectError("lambda expects (lambda (args…) body…)", at: form.position)
        }
        return .procedure(try closure(named: "lambda", parameters: parameters, body: Array(items.dropFirst(2)), env, at: form.position))
    }

    static func closure(named name: String, parameters: [Syntax], body: [Syntax], _ env: Environment,
                        at position: SourcePosition) throws(DialectError) -> Procedure {
        var names: [String] = []
        for p in parameters {
            guard let n = p.symbol else { throw DialectError("parameter of \(name) must be a name", at: p.position) }
            guard !names.contains(n) else { throw DialectError("duplicate parameter '\(n)' in \(name)", at: p.position) }
            names.append(n)
        }
        guard !body.isEmpty else { throw DialectError("\(name) has an empty body", at: position) }
        return Procedure(name: name, arity: names.count...names.count,
                         body: .closure(parameters: names, body: body, environment: env))
    }

    private static func letForm(_ e: Evaluator, _ form: Syntax, _ items: [Syntax], _ env: Environment,
                                sequential: Bool) throws(DialectError) -> Value {
        let keyword = sequential ? "let*" : "let"
        if !sequential, let name = items.dropFirst().first?.symbol { return try namedLet(e, form, name, Array(items.dropFirst(2)), env) }
        guard items.count >= 3, let bindings = items[1].list else {
            throw DialectError("\(keyword) expects (\(keyword) ([name expr] …) body…)", at: form.position)
        }
        let frame = Environment(parent: env)
        for binding in bindings {
            guard let pair = binding.list, pair.count == 2, let name = pair[0].symbol else {
                throw DialectError("\(keyword) binding must be [name expr]", at: binding.position)
            }
            frame.bind(name, try e.eval(pair[1], sequential ? frame : env))
        }
        return try e.evalBody(Array(items.dropFirst(2)), frame)
    }

    /// `(let loop ([i 0] …) body…)`: a local recursive procedure called at once.
    private static func namedLet(_ e: Evaluator, _ form: Syntax, _ name: String, _ rest: [Syntax], _ env: Environment) throws(DialectError) -> Value {
        guard rest.count >= 2, let bindings = rest[0].list else {
            throw DialectError("named let expects (let \(name) ([name expr] …) body…)", at: form.position)
        }
        var parameters: [Syntax] = []
        var arguments: [Value] = []
        for binding in bindings {
            guard let pair = binding.list, pair.count == 2, pair[0].symbol != nil else {
                throw DialectError("let binding must be [name expr]", at: binding.position)
            }
            parameters.append(pair[0])
            arguments.append(try e.eval(pair[1], env))
        }
        let frame = Environment(parent: env)
        let procedure = try closure(named: name, parameters: parameters, body: Array(rest.dropFirst()), frame, at: form.position)
        frame.bind(name, .procedure(procedure))
        return try e.apply(.procedure(procedure), arguments, at: form.position)
    }

    private static func ifForm(_ e: Evaluator, _ form: Syntax, _ items: [Syntax], _ env: Environment) throws(DialectError) -> Value {
        guard items.count == 4 else {
            throw DialectError("if expects a condition, a then-branch and an else-branch, got \(items.count - 1) parts", at: form.position)
        }
        let condition = try e.eval(items[1], env)
        return try choose(e, condition, at: form.position,
                          then: { () throws(DialectError) in try e.eval(items[2], env) },
                          else: { () throws(DialectError) in try e.eval(items[3], env) })
    }

    /// `if` on an evaluated condition: a plain one picks a branch, a random one builds both.
    static func choose(_ e: Evaluator, _ condition: Value, at position: SourcePosition,
                       then: () throws(DialectError) -> Value, else otherwise: () throws(DialectError) -> Value) throws(DialectError) -> Value {
        switch condition {
        case .datum(let d): return d.isTrue ? try then() : try otherwise()
        case .procedure: return try then()
        case .random(let r):
            let a = try e.inRandomBranch(r, holds: true, then)
            let b = try e.inRandomBranch(r, holds: false, otherwise)
            let op = Operation(name: "if", rule: .ifThenElse, position: position) { args in args[0].isTrue ? args[1] : args[2] }
            return try e.lift(op, [condition, a, b])
        }
    }

    private static func cond(_ e: Evaluator, _ form: Syntax, _ items: [Syntax], _ env: Environment) throws(DialectError) -> Value {
        try clauses(e, items.dropFirst(), env, at: form.position)
    }

    private static func clauses(_ e: Evaluator, _ rest: ArraySlice<Syntax>, _ env: Environment, at position: SourcePosition) throws(DialectError) -> Value {
        guard let clause = rest.first else { return .void }
        guard let parts = clause.list, !parts.isEmpty else {
            throw DialectError("cond clause must be [test body…]", at: clause.position)
        }
        if parts[0].symbol == "else" {
            guard rest.count == 1 else { throw DialectError("else must be the last cond clause", at: clause.position) }
            return try e.evalBody(Array(parts.dropFirst()), env)
        }
        let test = try e.eval(parts[0], env)
        return try choose(e, test, at: clause.position,
                          then: { () throws(DialectError) in parts.count == 1 ? test : try e.evalBody(Array(parts.dropFirst()), env) },
                          else: { () throws(DialectError) in try clauses(e, rest.dropFirst(), env, at: position) })
    }

    private static func and(_ e: Evaluator, _ form: Syntax, _ items: [Syntax], _ env: Environment) throws(DialectError) -> Value {
        try chain(e, items.dropFirst(), env, isAnd: true)
    }

    private static func or(_ e: Evaluator, _ form: Syntax, _ items: [Syntax], _ env: Environment) throws(DialectError) -> Value {
        try chain(e, items.dropFirst(), env, isAnd: false)
    }

    /// `(and a b …)` is `(if a (and b …) #f)`; `(or a b …)` is a's value where it is true,
    /// else `(or b …)`.
    private static func chain(_ e: Evaluator, _ rest: ArraySlice<Syntax>, _ env: Environment, isAnd: Bool) throws(DialectError) -> Value {
        guard let first = rest.first else { return .boolean(isAnd) }
        let value = try e.eval(first, env)
        if rest.count == 1 { return value }
        let next = { () throws(DialectError) -> Value in try chain(e, rest.dropFirst(), env, isAnd: isAnd) }
        return isAnd
            ? try choose(e, value, at: first.position, then: next, else: { .boolean(false) })
            : try or(e, value, at: first.position, else: next)
    }

    /// `or` on an evaluated first operand. On a random one this is its own node, not
    /// `(if a a b)`: there `a` would be an operand twice, and inference would enumerate
    /// every choice of `a` jointly instead of taking its marginal.
    static func or(_ e: Evaluator, _ value: Value, at position: SourcePosition,
                   else otherwise: () throws(DialectError) -> Value) throws(DialectError) -> Value {
        guard case .random(let r) = value else {
            return try choose(e, value, at: position, then: { value }, else: otherwise)
        }
        let b = try e.inRandomBranch(r, holds: false, otherwise)
        let op = Operation(name: "or", rule: .or, position: position) { args in args[0].isTrue ? args[0] : args[1] }
        return try e.lift(op, [value, b])
    }

    /// `(when c body…)` / `(unless c body…)`: the body's value, or void.
    private static func when(_ e: Evaluator, _ form: Syntax, _ items: [Syntax], _ env: Environment, holds: Bool) throws(DialectError) -> Value {
        guard items.count >= 3 else {
            throw DialectError("\(holds ? "when" : "unless") expects a condition and a body", at: form.position)
        }
        let condition = try e.eval(items[1], env)
        let body = { () throws(DialectError) -> Value in try e.evalBody(Array(items.dropFirst(2)), env) }
        return holds ? try choose(e, condition, at: form.position, then: body, else: { .void })
                     : try choose(e, condition, at: form.position, then: { .void }, else: body)
    }

    /// `(case key [(d …) body…] … [else body…])`: the first clause listing a datum `equal?` to key.
    private static func caseForm(_ e: Evaluator, _ form: Syntax, _ items: [Syntax], _ env: Environment) throws(DialectError) -> Value {
        guard items.count >= 2 else { throw DialectError("case expects a key and clauses", at: form.position) }
        let key = try e.eval(items[1], env)
        func from(_ rest: ArraySlice<Syntax>) throws(DialectError) -> Value {
            guard let clause = rest.first else { return .void }
            guard let parts = clause.list, parts.count >= 2 else {
                throw DialectError("case clause must be [(datum …) body…]", at: clause.position)
            }
            let body = { () throws(DialectError) -> Value in try e.evalBody(Array(parts.dropFirst()), env) }
            if parts[0].symbol == "else" {
                guard rest.count == 1 else { throw DialectError("else must be the last case clause", at: clause.position) }
                return try body()
            }
            guard let data = parts[0].list else {
                throw DialectError("case clause must start with a list of data: [(datum …) body…]", at: clause.position)
            }
            let choices = data.map(datum)
            let op = Operation(name: "case", rule: .general, position: clause.position) { .boolean(choices.contains($0[0])) }
            let test = try e.lift(op, [key])
            return try choose(e, test, at: clause.position, then: body, else: { () throws(DialectError) in try from(rest.dropFirst()) })
        }
        return try from(items.dropFirst(2))
    }

    /// `(with-observe body…)`: the body's value; observations made inside it are forgotten after.
    private static func withObserve(_ e: Evaluator, _ form: Syntax, _ items: [Syntax], _ env: Environment) throws(DialectError) -> Value {
        guard items.count >= 2 else { throw DialectError("with-observe expects a body", at: form.position) }
        let saved = e.evidence
        defer { e.evidence = saved }
        let value = try e.evalBody(Array(items.dropFirst()), env)
        // An impossible observation inside still stops the run, though it is forgotten after.
        try e.checkEvidence()
        return value
    }

    private static func begin(_ e: Evaluator, _ form: Syntax, _ items: [Syntax], _ env: Environment) throws(DialectError) -> Value {
        try e.evalBody(Array(items.dropFirst()), env)
    }

    private static func misplacedDefine(_ e: Evaluator, _ form: Syntax, _ items: [Syntax], _ env: Environment) throws(DialectError) -> Value {
        throw DialectError("define is allowed only at top level or in a body", at: form.position)
    }
}
