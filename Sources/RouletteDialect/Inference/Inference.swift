import CallbackModel

/// Exact marginal distributions of random values, by variable elimination along the
/// program's dependency DAG.
///
/// `QueryGraph` splits the DAG the query depends on into variables (values used more than
/// once, depending on several variables, or choices drawn from a variable) and absorbed
/// nodes. Each variable gets one
/// factor, P(v | its input variables), computed row by row by the marginal evaluator
/// below with the inputs fixed: inside a row nothing is shared, so operands are combined
/// from their own marginals (equality by a hash join, `if` as a mixture that only looks
/// at the branch a world takes, anything else as a product of small supports). The
/// factors are then multiplied and summed out one variable at a time (`Elimination`), so
/// a chain or a hidden Markov model costs a few small tables per step, not the joint of
/// every choice upstream. Three shapes have their own paths: programs that treat values
/// only by name (drawn from lists, removed, compared with `equal?`) are enumerated up to a
/// relabelling of interchangeable values before any table is built (`InterchangeableWorlds`),
/// sums along a fold of integers (`IntegerSum`), and wide values read only by `equal?`
/// (`Lifting`, one row per class of interchangeable values).
///
/// A world in which evaluating a value fails (a division by zero) gets a failure marker
/// as its value instead of stopping the inference: the error is raised only if a world
/// of positive probability needs that value, as plain evaluation of one world would.
/// Everything lives for one query: caches go when it returns.
final class Inference {
    /// The run's budget: every world's results are charged to it (see `MemoryBudget`).
    let budget: MemoryBudget
    /// Most outcomes one product (or one factor's rows) may enumerate before we refuse.
    static let maxCombinations = 250_000
    /// Most entries one eliminated table may hold.
    static let maxTableEntries = 1_000_000
    /// Most outcomes one query may touch in total.
    static let maxWork = 5_000_000

    private(set) var graph: QueryGraph!
    /// Marginals of absorbed nodes that every row of their user needs (`QueryGraph.reused`).
    private var cache: [Int: Distribution<Datum>] = [:]
    /// The errors behind failure markers, by index.
    private(set) var failures: [DialectError] = []
    private var failureIndex: [String: Int] = [:]
    private var work = 0

    typealias Assignment = [Int: Datum]

    init(budget: MemoryBudget) {
        self.budget = budget
    }

    /// The distribution of `value`; an error any world of positive probability meets is thrown.
    func distribution(of value: RandomValue, at position: SourcePosition?) throws(DialectError) -> Distribution<Datum> {
        do throws(DialectError) {
            graph = QueryGraph(root: value)
            // Servers drawn from lists and compared by name: a few worlds up to relabelling.
            if let worlds = InterchangeableWorlds(graph: graph), let result = worlds.distribution() { return result }
            var elimination = Elimination(inference: self, graph: graph)
            let result = try elimination.run()
            for v in result.outcomes {
                if case .pmf(let p) = v, let i = p.failureIndex { throw failures[i] }
            }
            return result
        } catch {
            // Table limits know no source position; the query's is the one to show.
            if error.position == nil, let position { throw DialectError(error.message, at: position) }
            throw error
        }
    }

    /// One variable's distribution given its inputs' values (a row of its factor).
    func row(_ variable: RandomValue, _ a: Assignment) throws(DialectError) -> Distribution<Datum> {
        try own(variable, a)
    }

    // MARK: Marginals inside a row

    func marginal(_ value: RandomValue, _ a: Assignment) throws(DialectError) -> Distribution<Datum> {
        if graph.isVariable.contains(value.id) {
            guard let fixed = a[value.id] else {
                throw DialectError("internal: a variable used before its value is fixed", at: nil)
            }
            return .certain(fixed)
        }
        let reused = graph.reused.contains(value.id)
        if reused, let hit = cache[value.id] { return hit }
        let result = try own(value, a)
        if reused { cache[value.id] = result }
        return result
    }

    private func marginal(_ operand: RandomValue.Operand, _ a: Assignment) throws(DialectError) -> Distribution<Datum> {
        switch operand {
        case .constant(let d): .certain(d)
        case .random(let r): try marginal(r, a)
        }
    }

    /// A node's distribution from its parents' (given `a`), which are independent here.
    private func own(_ value: RandomValue, _ a: Assignment) throws(DialectError) -> Distribution<Datum> {
        switch value.kind {
        case .choice(let d):
            return d
        case .dependentChoice(let parent, let position, let draw):
            let p = try marginal(parent, a)
            try spend(p.count, at: position)
            return try p.flatMap { (v: Datum) throws(DialectError) -> Distribution<Datum> in
                if Inference.isFailure(v) { return .certain(v) }
                do throws(DialectError) { return try draw(v) } catch { return .certain(failure(error)) }
            }
        case .apply(let op, let operands):
            if op.name == "+", op.rule == .general, let sum = try integerSum(value, a) { return sum }
            return try combine(op, operands, a)
        }
    }

    private func combine(_ op: Operation, _ operands: [RandomValue.Operand], _ a: Assignment) throws(DialectError) -> Distribution<Datum> {
        switch op.rule {
        case .ifThenElse:
            // Only the branch a world takes is looked at, so an error in the other one
            // (a division by zero it guards against) never happens.
            let condition = try marginal(operands[0], a)
            try spend(condition.count, weights: [condition], at: op.position)
            return try condition.flatMap { (c: Datum) throws(DialectError) -> Distribution<Datum> in
                if Inference.isFailure(c) { return .certain(c) }
                return try marginal(operands[c.isTrue ? 1 : 2], a)
            }
        case .or:
            let first = try marginal(operands[0], a)
            try spend(first.count, at: op.position)
            return try first.flatMap { (v: Datum) throws(DialectError) -> Distribution<Datum> in
                v.isTrue ? .certain(v) : try marginal(operands[1], a)
            }
        case .equal where operands.count == 2, .numericEqual where operands.count == 2:
            var x = try marginal(operands[0], a)
            var y = try marginal(operands[1], a)
            // (Failure markers exist only once some world failed: no scan of wide supports before.)
            if !failures.isEmpty, x.outcomes.contains(where: Inference.isFailure) || y.outcomes.contains(where: Inference.isFailure) {
                return try product(op, operands, a)
            }
            if x.count == 1 || y.count == 1, op.rule == .equal {
                // A known value against a wide one (once per row of a shared value): one lookup.
                let (known, other) = x.count == 1 ? (x, y) : (y, x)
                let p = other[known.outcomes[0]]
                return .choice([(.boolean(true), p), (.boolean(false), .one - p)])
            }
            if op.rule == .numericEqual {
                x = try x.map { (d: Datum) throws(DialectError) -> Datum in try Inference.numericKey(d, op) }
                y = try y.map { (d: Datum) throws(DialectError) -> Datum in try Inference.numericKey(d, op) }
            }
            // Hash join: P(x = y) = Σ_v P(x = v)·P(y = v), summed over the smaller support
            // with lookups in the larger one, so a known value compared with a wide choice,
            // once per row, costs one lookup per row.
            try spend(min(x.count, y.count) + 1, at: op.position)
            let p = x.count <= y.count ? x.expectation { y[$0] } : y.expectation { x[$0] }
            return .choice([(.boolean(true), p), (.boolean(false), .one - p)])
        default:
            return try product(op, operands, a)
        }
    }

    private static func numericKey(_ d: Datum, _ op: Operation) throws(DialectError) -> Datum {
        guard case .number(let n) = d else {
            throw DialectError("\(op.name) expects numbers, got \(d.typeName)", at: op.position)
        }
        return .exact(n.value)
    }

    private func product(_ op: Operation, _ operands: [RandomValue.Operand], _ a: Assignment) throws(DialectError) -> Distribution<Datum> {
        let random = operands.indices.filter { if case .random = operands[$0] { true } else { false } }
        if random.count == 1 {
            // `not`, `+ 1`, …: one random operand is a map over its marginal, no tuples.
            let i = random[0]
            let d = try marginal(operands[i], a)
            try spend(d.count, at: op.position)
            var args = operands.map { (o: RandomValue.Operand) -> Datum in
                if case .constant(let c) = o { return c }
                return .boolean(false)
            }
            return try d.map { (v: Datum) throws(DialectError) -> Datum in
                args[i] = v
                return try apply(op, args)
            }
        }
        if random.count > 2, op.rule == .general, op.name == "+" || op.name == "*" {
            return try associative(op, operands, a)
        }
        var parts: [Distribution<Datum>] = []
        var size = 1
        for operand in operands {
            let d = try marginal(operand, a)
            size = size.multipliedReportingOverflow(by: d.count).overflow ? Int.max : size * d.count
            guard size <= Inference.maxCombinations else {
                throw DialectError("too many outcomes to combine exactly in \(op.name): more than \(Inference.maxCombinations) combinations of independent values", at: op.position)
            }
            parts.append(d)
        }
        try spend(size, weights: parts, at: op.position)
        // Nested over the operands, never a distribution of argument tuples (hashing and
        // merging arrays of values was most of the cost of a sum of dice), the widest
        // innermost: one map over it per outer world instead of one small map per its world.
        let loops = parts.indices.sorted { parts[$0].count < parts[$1].count }
        var args = [Datum](repeating: .void, count: parts.count)
        func from(_ k: Int) throws(DialectError) -> Distribution<Datum> {
            let i = loops[k]
            if k == loops.count - 1 {
                return try parts[i].map { (v: Datum) throws(DialectError) -> Datum in
                    args[i] = v
                    return try self.apply(op, args)
                }
            }
            return try parts[i].flatMap { (v: Datum) throws(DialectError) -> Distribution<Datum> in
                args[i] = v
                return try from(k + 1)
            }
        }
        return try from(0)
    }

    /// `(+ a b c …)` of independent values as ((a + b) + c) + …: the sum of 400 dice is 399
    /// small products, not one product of 6⁴⁰⁰ tuples. (`+` and `*` are associative and
    /// commutative on exact numbers, and an inexact operand makes any partial result inexact.)
    private func associative(_ op: Operation, _ operands: [RandomValue.Operand], _ a: Assignment) throws(DialectError) -> Distribution<Datum> {
        var total = try marginal(operands[0], a)
        for operand in operands.dropFirst() {
            let next = try marginal(operand, a)
            let size = total.count.multipliedReportingOverflow(by: next.count)
            guard !size.overflow, size.partialValue <= Inference.maxCombinations else {
                throw DialectError("too many outcomes to combine exactly in \(op.name): more than \(Inference.maxCombinations) combinations of independent values", at: op.position)
            }
            try spend(size.partialValue, weights: [total, next], at: op.position)
            // The smaller side outside (see `product`).
            let (outer, inner) = total.count <= next.count ? (total, next) : (next, total)
            total = try outer.flatMap { (x: Datum) throws(DialectError) -> Distribution<Datum> in
                try inner.map { (y: Datum) throws(DialectError) -> Datum in try self.apply(op, [x, y]) }
            }
        }
        return total
    }

    /// The operation on plain arguments; a failed argument or a failing call gives a failure marker.
    private func apply(_ op: Operation, _ args: [Datum]) throws(DialectError) -> Datum {
        if let failed = args.first(where: Inference.isFailure) { return failed }
        if op.name == "+", op.rule == .general, args.count == 2, case .number(let x) = args[0], case .number(let y) = args[1] {
            // Sums of many values call this once per pair of outcomes: no argument arrays.
            let sum = x.value + y.value
            do throws(DialectError) { try Arithmetic.checkSize(sum, "+", op.position) } catch { return failure(error) }
            return .number(Number(sum, isExact: x.isExact && y.isExact))
        }
        let result: Datum
        do throws(DialectError) { result = try op.function(args) } catch { return failure(error) }
        return try budget.built(result, at: op.position)
    }

    // MARK: Failures

    static func isFailure(_ d: Datum) -> Bool {
        if case .pmf(let p) = d { return p.failureIndex != nil }
        return false
    }

    private func failure(_ error: DialectError) -> Datum {
        let key = error.description
        if let i = failureIndex[key] { return .pmf(Pmf(failure: i)) }
        failures.append(error)
        failureIndex[key] = failures.count - 1
        return .pmf(Pmf(failure: failures.count - 1))
    }

    func spend(_ amount: Int, at position: SourcePosition?) throws(DialectError) {
        work += amount
        guard work <= Inference.maxWork else {
            throw DialectError("inference too large to compute exactly: more than \(Inference.maxWork) steps (a step with long numbers counts their length)", at: position)
        }
    }

    /// Charges combining outcomes whose weights are long numbers by their length: each
    /// combination multiplies two weights, which costs about the product of their lengths
    /// in machine words (issue 16 item 8: weights of 30,000 digits made a product of two
    /// 100-value choices take 42 s inside every other limit).
    private func spend(_ amount: Int, weights parts: [Distribution<Datum>], at position: SourcePosition?) throws(DialectError) {
        let words = parts.map { Inference.words($0) }.sorted(by: >)
        try spend(amount, words: words.first ?? 1, words.dropFirst().first ?? 1, at: position)
    }

    /// `amount` combinations of weights of `a` and `b` words (`b` = 0: additions only).
    func spend(_ amount: Int, words a: Int, _ b: Int, at position: SourcePosition?) throws(DialectError) {
        let per = b == 0 ? 1 + a / 64 : 1 + a * b / 16
        let (total, overflow) = amount.multipliedReportingOverflow(by: per)
        try spend(overflow ? Int.max / 2 : total, at: position)
    }

    /// Machine words of a distribution's weights: their shared denominator bounds them.
    private static func words(_ d: Distribution<Datum>) -> Int {
        d.unreducedProbability(of: { _ in false }).denominator.bitWidth / 64 + 1
    }
}
