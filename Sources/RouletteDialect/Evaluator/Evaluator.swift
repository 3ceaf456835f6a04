import CallbackModel

/// Evaluates a program's forms. Random values are built as a DAG (`RandomValue`), never
/// sampled; `probability` and top-level printing ask `Inference` for exact distributions.
final class Evaluator {
    /// Deepest nesting of function calls and expressions.
    static let maxDepth = 10_000
    /// Most evaluation steps one program may take.
    static let maxSteps = 2_000_000
    /// Most random values (nodes of the DAG) one program may build: each keeps only its
    /// direct parents, so this bounds the memory random values take.
    static let maxNodes = 4_000_000

    let printer: Printer
    let output: (String) -> Void
    let global = Environment(parent: nil)
    let budget = MemoryBudget()
    // No registry of choices: a random value no live value refers to (a finished query's
    // fresh choices) is freed at once.
    private var nextID = 0
    private var steps = 0
    private var depth = 0
    /// Above zero while evaluating a branch that only some worlds take.
    var randomBranchDepth: Int { pathConditions.count }
    /// The random conditions of the branches being evaluated, with the side each takes:
    /// an `observe!` inside them only constrains the worlds that take that path.
    private(set) var pathConditions: [(condition: RandomValue, holds: Bool)] = []
    /// The conjunction of everything observed so far (`observe!`), nil when nothing is;
    /// queries, `probability` and printed distributions are conditioned on it.
    var evidence: RandomValue?
    /// Observations not yet known to be possible, with the evidence after each: checked
    /// before anything is printed or queried, at the end of `with-observe` and of the run.
    var unchecked: [(evidence: RandomValue, position: SourcePosition)] = []

    init(printer: Printer, output: @escaping (String) -> Void) {
        self.printer = printer
        self.output = output
        Builtins.install(in: global)
    }

    /// Runs top-level forms: a definition prints nothing, any other value prints itself
    /// (`void` prints nothing, a random value prints its distribution).
    func run(_ forms: [Syntax]) throws(DialectError) {
        do {
            try runForms(forms)
        } catch {
            // An observation that was already impossible stopped the run first (before the
            // evaluation that failed), as it would have had it been checked when made.
            try checkEvidence()
            throw error
        }
    }

    private func runForms(_ forms: [Syntax]) throws(DialectError) {
        for form in forms {
            if Evaluator.isDefinition(form) {
                try define(form, in: global)
                continue
            }
            let value = try eval(form, global)
            if case .datum(.void) = value { continue }
            let text = try render(value, top: true, at: form.position) + "\n"
            try checkEvidence()
            output(text)
        }
        try checkEvidence()
    }

    /// Stops at the first unchecked observation that made the evidence impossible. The
    /// evidence only grows, so one inference says whether any did, and a binary search which.
    func checkEvidence() throws(DialectError) {
        guard !unchecked.isEmpty else { return }
        func possible(_ i: Int) throws(DialectError) -> Bool {
            try unconditional(unchecked[i].evidence, at: unchecked[i].position).outcomes.contains(where: \.isTrue)
        }
        if try possible(unchecked.count - 1) { unchecked = []; return }
        var low = 0, high = unchecked.count - 1
        while low < high {
            let mid = (low + high) / 2
            if try possible(mid) { low = mid + 1 } else { high = mid }
        }
        let position = unchecked[low].position
        unchecked = []
        throw Conditioning.impossible(at: position)
    }

    // MARK: Rendering

    /// `print` style at top level, `display` style for `displayln` and `format`; at most
    /// `limit` bytes (see `Printer.maxPrintedBytes`).
    func render(_ value: Value, top: Bool, limit: Int = Printer.maxPrintedBytes, at position: SourcePosition? = nil) throws(DialectError) -> String {
        do {
            switch value {
            case .datum(let d): return try top ? printer.print(d, limit: limit) : printer.display(d, limit: limit)
            case .random(let r):
                let d = try distribution(of: r)
                // One possible value prints as itself, as Roulette prints a value its
                // symbolic evaluation made concrete: `(equal? x x)` is #t (SPEC §4).
                if d.count == 1 { return try render(.datum(d.outcomes[0]), top: top, limit: limit, at: position) }
                return try printer.pmf(d.support, limit: limit)
            case .procedure(let p): return "#<procedure:\(p.name)>"
            }
        } catch let error as DialectError {
            throw error
        } catch {
            throw DialectError("value too large to print: more than \(limit) bytes of text (lists that share structure can be far larger than they look)", at: position)
        }
    }

    /// The distribution of a random value given the evidence (`observe!`): Roulette's
    /// `query`, P(v | E) = P(v ∧ E) / P(E), inferred as `(if E (list v) #f)` so that a
    /// world the evidence rules out never evaluates `v`.
    func distribution(of value: RandomValue, at position: SourcePosition? = nil) throws(DialectError) -> Distribution<Datum> {
        guard let evidence else { return try unconditional(value, at: position) }
        let at = position ?? SourcePosition(line: 1, column: 1)
        let wrap = Operation(name: "query", rule: .general, position: at) { .list($0) }
        let guarded = Operation(name: "query", rule: .ifThenElse, position: at) { args in args[0].isTrue ? args[1] : args[2] }
        let wrapped = try lift(wrap, [.random(value)])
        guard case .random(let node) = try lift(guarded, [.random(evidence), wrapped, .boolean(false)]) else {
            throw DialectError("internal: a query of a random value is not random", at: position)
        }
        let joint = try unconditional(node, at: position)
        guard let given = joint.conditioned(on: { if case .list = $0 { true } else { false } }) else {
            try checkEvidence()
            throw DialectError("observed an event of probability 0", at: position)
        }
        unchecked = [] // the evidence has positive probability
        return given.map { (d: Datum) -> Datum in
            if case .list(let items) = d, let v = items.first { return v }
            return d
        }
    }

    /// The distribution of a random value, ignoring the evidence.
    func unconditional(_ value: RandomValue, at position: SourcePosition? = nil) throws(DialectError) -> Distribution<Datum> {
        try Inference(budget: budget).distribution(of: value, at: position)
    }

    // MARK: Random values

    func makeChoice(_ distribution: Distribution<Datum>, at position: SourcePosition) throws(DialectError) -> Value {
        let node = RandomValue(id: takeID(), kind: .choice(distribution))
        try checkSize(node, at: position)
        return .random(node)
    }

    /// The story's routes draw again and again from one list of 10⁵ servers: the uniform
    /// distribution over the same list (the same storage, kept alive here so its address is
    /// not reused) is built once. A few recent lists are kept.
    private var recentDraws: [(name: String, list: Datum, distribution: Distribution<Datum>)] = []

    func drawn(_ name: String, from d: Datum, _ make: () throws(DialectError) -> Distribution<Datum>) throws(DialectError) -> Distribution<Datum> {
        guard case .list(let items) = d, items.count > 1_000 else { return try make() }
        let address = items.withUnsafeBufferPointer { $0.baseAddress }
        for r in recentDraws where r.name == name {
            if case .list(let other) = r.list, other.count == items.count,
               other.withUnsafeBufferPointer({ $0.baseAddress }) == address { return r.distribution }
        }
        let distribution = try make()
        recentDraws.append((name, d, distribution))
        if recentDraws.count > 4 { recentDraws.removeFirst() }
        return distribution
    }

    func makeDependentChoice(on parent: RandomValue, at position: SourcePosition, uniform: Bool = false,
                             _ draw: @escaping @Sendable (Datum) throws(DialectError) -> Distribution<Datum>) throws(DialectError) -> Value {
        let node = RandomValue(id: takeID(), kind: .dependentChoice(parent: parent, position: position, draw: draw), drawsUniformly: uniform)
        try checkSize(node, at: position)
        return .random(node)
    }

    /// Applies a pure operation: at once on plain values, else as a new node of the DAG.
    func lift(_ op: Operation, _ arguments: [Value]) throws(DialectError) -> Value {
        var operands: [RandomValue.Operand] = []
        var plain: [Datum] = []
        for argument in arguments {
            switch argument {
            case .datum(let d): operands.append(.constant(d)); plain.append(d)
            case .random(let r): operands.append(.random(r))
            case .procedure(let p):
                throw DialectError("\(op.name) expects values, got the procedure \(p.name)", at: op.position)
            }
        }
        if plain.count == arguments.count { return .datum(try budget.built(op.function(plain), at: op.position)) }
        let node = RandomValue(id: takeID(), kind: .apply(op, operands))
        try checkSize(node, at: op.position)
        return .random(node)
    }

    private func takeID() -> Int {
        nextID += 1
        return nextID
    }

    private func checkSize(_ node: RandomValue, at position: SourcePosition) throws(DialectError) {
        guard node.id <= Evaluator.maxNodes else {
            throw DialectError("more than \(Evaluator.maxNodes) random values built: too large to infer exactly", at: position)
        }
        guard node.height <= Evaluator.maxDepth else {
            throw DialectError("random value nested more than \(Evaluator.maxDepth) operations deep", at: position)
        }
    }

    // MARK: Evaluation

    func eval(_ form: Syntax, _ env: Environment) throws(DialectError) -> Value {
        steps += 1
        guard steps <= Evaluator.maxSteps else {
            throw DialectError("program ran more than \(Evaluator.maxSteps) evaluation steps", at: form.position)
        }
        depth += 1
        defer { depth -= 1 }
        guard depth <= Evaluator.maxDepth else {
            throw DialectError("recursion too deep: more than \(Evaluator.maxDepth) nested evaluations (a recursion that never reaches its base case, or one that stops only on a random value, which exact evaluation follows down every branch)", at: form.position)
        }
        switch form.kind {
        case .number(let n): return .datum(.exact(n))
        case .boolean(let b): return .boolean(b)
        case .string(let s): return .datum(.string(s))
        case .symbol(let name):
            guard let value = env.lookup(name) else {
                throw DialectError("unknown identifier '\(name)'", at: form.position)
            }
            return value
        case .list(let items):
            guard let head = items.first else {
                throw DialectError("empty application (): quote it as '() for an empty list", at: form.position)
            }
            if let name = head.symbol, let special = SpecialForms.table[name] {
                return try special(self, form, items, env)
            }
            let callee = try eval(head, env)
            var arguments: [Value] = []
            for item in items.dropFirst() { arguments.append(try eval(item, env)) }
            return try apply(callee, arguments, at: form.position)
        }
    }

    func apply(_ callee: Value, _ arguments: [Value], at position: SourcePosition) throws(DialectError) -> Value {
        if case .datum(.pmf(let pmf)) = callee {
            // A pmf applied to a value is that value's probability (Roulette's `prop:procedure`).
            guard arguments.count == 1 else {
                throw DialectError("a pmf expects 1 argument, got \(arguments.count)", at: position)
            }
            let op = Operation(name: "pmf", rule: .general, position: position) { .exact(pmf[$0[0]]) }
            return try lift(op, arguments)
        }
        guard case .procedure(let p) = callee else {
            let what = if case .random = callee { "a random value" } else { "not a procedure" }
            throw DialectError("cannot call \(what): \(try render(callee, top: true))", at: position)
        }
        guard p.arity.contains(arguments.count) else {
            throw DialectError("\(p.name) expects \(p.arityDescription) argument\(p.arity == 1...1 ? "" : "s"), got \(arguments.count)", at: position)
        }
        switch p.body {
        case .builtin(let f):
            return try f(self, arguments, position)
        case .closure(let parameters, let body, let environment):
            let frame = Environment(parent: environment)
            for (name, value) in zip(parameters, arguments) { frame.bind(name, value) }
            return try evalBody(body, frame)
        }
    }

    /// A body: definitions bind in its own frame, the last expression is the value.
    func evalBody(_ forms: [Syntax], _ env: Environment) throws(DialectError) -> Value {
        var result = Value.void
        for form in forms {
            if Evaluator.isDefinition(form) {
                try define(form, in: env)
                result = .void
            } else {
                result = try eval(form, env)
            }
        }
        return result
    }

    /// Evaluates a branch that only some worlds take (`if` on a random condition): those
    /// where `condition` is true (`holds`) or false.
    func inRandomBranch(_ condition: RandomValue, holds: Bool, _ body: () throws(DialectError) -> Value) throws(DialectError) -> Value {
        pathConditions.append((condition, holds))
        defer { pathConditions.removeLast() }
        return try body()
    }

    static func isDefinition(_ form: Syntax) -> Bool {
        form.list?.first?.symbol == "define"
    }

    /// `(define name expr)` or `(define (f args…) body…)`.
    func define(_ form: Syntax, in env: Environment) throws(DialectError) {
        let items = form.list ?? []
        guard items.count >= 3 else {
            throw DialectError("define expects a name and a value: (define name expr) or (define (f args…) body…)", at: form.position)
        }
        if let name = items[1].symbol {
            guard items.count == 3 else {
                throw DialectError("define of '\(name)' expects exactly one value expression, got \(items.count - 2)", at: form.position)
            }
            var value = try eval(items[2], env)
            if case .procedure(let p) = value, p.name == "lambda", case .closure = p.body {
                value = .procedure(Procedure(name: name, arity: p.arity, body: p.body))
            }
            env.bind(name, value)
        } else if let header = items[1].list, let name = header.first?.symbol {
            let procedure = try SpecialForms.closure(named: name, parameters: Array(header.dropFirst()),
                                                     body: Array(items.dropFirst(2)), env, at: form.position)
            env.bind(name, .procedure(procedure))
        } else {
            throw DialectError("define expects a name or (name args…)", at: items[1].position)
        }
    }
}
