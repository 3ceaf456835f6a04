import CallbackModel

/// Exact marginal distributions of random values.
///
/// A value's distribution depends only on the choices it uses. To combine operands we
/// look for choices used by more than one of them: if there are none the operands are
/// independent, so their marginals are computed separately and joined (equality by a
/// hash join, `if` as a mixture, anything else as a product of small supports); if some
/// are shared we enumerate just those (their joint distribution), condition on each
/// outcome and recurse. Results are cached per node and per assignment of its choices.
final class Inference {
    /// The run's budget: every world's results are charged to it (see `MemoryBudget`).
    let budget: MemoryBudget
    /// Most outcomes one product may enumerate before we refuse.
    static let maxCombinations = 250_000
    /// Most outcomes one query may touch in total.
    static let maxWork = 5_000_000
    /// Most conditional marginals kept for reuse at once.
    static let maxConditionalMarginals = 50_000

    private let choices: [Int: RandomValue]
    /// Unconditional marginals, kept for the whole query.
    private var cache: [Key: Distribution<Datum>] = [:]
    /// Marginals given an assignment of some choices, kept up to a bound.
    private var conditional: [Key: Distribution<Datum>] = [:]
    private var work = 0
    private var nextSyntheticID = -1

    /// A node and the assigned values of its own choices: all its marginal depends on.
    private struct Key: Hashable {
        let id: Int
        let choices: [Int]
        let values: [Datum]

        init(_ value: RandomValue, _ a: Assignment) {
            id = value.id
            let own = a.keys.filter { value.choices.contains($0) }.sorted()
            choices = own
            values = own.map { a[$0]! }
        }
    }

    typealias Assignment = [Int: Datum]

    /// `choices` names every choice node by id, so shared choices can be enumerated.
    init(choices: [Int: RandomValue], budget: MemoryBudget) {
        self.choices = choices
        self.budget = budget
    }

    func distribution(of value: RandomValue) throws(DialectError) -> Distribution<Datum> {
        try marginal(value, [:])
    }

    private func marginal(_ value: RandomValue, _ a: Assignment) throws(DialectError) -> Distribution<Datum> {
        if let fixed = a[value.id] { return .certain(fixed) }
        if case .choice(let d) = value.kind { return d }
        if isDetermined(value, a) {
            var memo: [Int: Datum] = [:]
            return .certain(try concrete(value, a, &memo))
        }
        let key = Key(value, a)
        if let hit = cache[key] ?? conditional[key] { return hit }
        let result: Distribution<Datum>
        switch value.kind {
        case .choice(let d):
            result = d // handled above
        case .dependentChoice(let parent, let position, let draw):
            let p = try marginal(parent, a)
            try spend(p.count, at: position)
            result = try p.flatMap(draw)
        case .apply(let op, let operands):
            result = try combine(op, operands, a)
        }
        if key.choices.isEmpty {
            cache[key] = result
        } else {
            // Conditional marginals are only a speed-up: past the bound they start again
            // rather than hold one for every enumerated world (10⁵ worlds held over 1 GB).
            if conditional.count >= Inference.maxConditionalMarginals { conditional.removeAll(keepingCapacity: true) }
            conditional[key] = result
        }
        return result
    }

    private func marginal(_ operand: RandomValue.Operand, _ a: Assignment) throws(DialectError) -> Distribution<Datum> {
        switch operand {
        case .constant(let d): .certain(d)
        case .random(let r): try marginal(r, a)
        }
    }

    /// Conditions on the choices the operands share, then combines independent operands.
    private func combine(_ op: Operation, _ operands: [RandomValue.Operand], _ a: Assignment) throws(DialectError) -> Distribution<Datum> {
        var uses: [Int: Int] = [:]
        for case .random(let r) in operands {
            for id in r.choices where a[id] == nil { uses[id, default: 0] += 1 }
        }
        let shared = uses.filter { $0.value > 1 }.map(\.key).sorted()
        if shared.isEmpty { return try combineIndependent(op, operands, a) }
        let joint = try jointDistribution(shared, a, at: op.position)
        try spend(joint.count, at: op.position)
        if operands.allSatisfy({ isDetermined($0, a, shared) }) {
            // Fixing the shared choices fixes everything: one value per world, no sub-distributions.
            return try joint.map { (values: [Datum]) throws(DialectError) -> Datum in
                var b = a
                for (id, v) in zip(shared, values) { b[id] = v }
                var memo: [Int: Datum] = [:]
                return try self.apply(op, operands, b, &memo)
            }
        }
        return try joint.flatMap { (values: [Datum]) throws(DialectError) -> Distribution<Datum> in
            var b = a
            for (id, v) in zip(shared, values) { b[id] = v }
            return try combineIndependent(op, operands, b)
        }
    }

    /// The joint distribution of some choices (closed under dependence: a dependent
    /// choice's parents are shared whenever it is), as the marginal of a tuple of them.
    private func jointDistribution(_ ids: [Int], _ a: Assignment, at position: SourcePosition) throws(DialectError) -> Distribution<[Datum]> {
        let tuple = Operation(name: "joint choices", rule: .general, position: position) { .list($0) }
        let node = RandomValue(id: nextSyntheticID, kind: .apply(tuple, ids.compactMap { choices[$0] }.map { .random($0) }))
        nextSyntheticID -= 1
        return try marginal(node, a).map { (d: Datum) -> [Datum] in
            if case .list(let values) = d { return values }
            return []
        }
    }

    private func combineIndependent(_ op: Operation, _ operands: [RandomValue.Operand], _ a: Assignment) throws(DialectError) -> Distribution<Datum> {
        switch op.rule {
        case .ifThenElse:
            // Only the branch a world takes is looked at, so an error in the other one
            // (a division by zero it guards against) never happens.
            let condition = try marginal(operands[0], a)
            try spend(condition.count, at: op.position)
            return try condition.flatMap { (c: Datum) throws(DialectError) -> Distribution<Datum> in
                try marginal(operands[c.isTrue ? 1 : 2], a)
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
            if op.rule == .numericEqual {
                x = try x.map { (d: Datum) throws(DialectError) -> Datum in try Inference.numericKey(d, op) }
                y = try y.map { (d: Datum) throws(DialectError) -> Datum in try Inference.numericKey(d, op) }
            }
            // Hash join: P(x = y) = Σ_v P(x = v)·P(y = v), summed over the smaller support
            // with lookups in the larger one (both marginals are cached), so a known value
            // compared with a wide choice, once per world, costs one lookup per world.
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
                return try budget.built(op.function(args), at: op.position)
            }
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
        try spend(size, at: op.position)
        var tuples = Distribution<[Datum]>.certain([])
        for part in parts {
            tuples = tuples.flatMap { prefix in part.map { prefix + [$0] } }
        }
        return try tuples.map { (args: [Datum]) throws(DialectError) -> Datum in try budget.built(op.function(args), at: op.position) }
    }

    // MARK: Fully assigned values

    private func isDetermined(_ value: RandomValue, _ a: Assignment, _ extra: [Int] = []) -> Bool {
        value.choices.allSatisfy { a[$0] != nil || extra.contains($0) }
    }

    private func isDetermined(_ operand: RandomValue.Operand, _ a: Assignment, _ extra: [Int]) -> Bool {
        if case .random(let r) = operand { return isDetermined(r, a, extra) }
        return true
    }

    /// The value of a node whose choices are all assigned: plain evaluation, each node once.
    private func concrete(_ value: RandomValue, _ a: Assignment, _ memo: inout [Int: Datum]) throws(DialectError) -> Datum {
        if let fixed = a[value.id] ?? memo[value.id] { return fixed }
        guard case .apply(let op, let operands) = value.kind else {
            throw DialectError("internal: unassigned choice in a determined value", at: nil)
        }
        let result = try apply(op, operands, a, &memo)
        memo[value.id] = result
        return result
    }

    private func apply(_ op: Operation, _ operands: [RandomValue.Operand], _ a: Assignment,
                       _ memo: inout [Int: Datum]) throws(DialectError) -> Datum {
        func value(_ operand: RandomValue.Operand) throws(DialectError) -> Datum {
            switch operand {
            case .constant(let d): d
            case .random(let r): try concrete(r, a, &memo)
            }
        }
        if op.rule == .ifThenElse { return try value(operands[try value(operands[0]).isTrue ? 1 : 2]) }
        if op.rule == .or {
            let first = try value(operands[0])
            return first.isTrue ? first : try value(operands[1])
        }
        var args: [Datum] = []
        for operand in operands { args.append(try value(operand)) }
        return try budget.built(op.function(args), at: op.position)
    }

    private func spend(_ amount: Int, at position: SourcePosition?) throws(DialectError) {
        work += amount
        guard work <= Inference.maxWork else {
            throw DialectError("inference too large to compute exactly: more than \(Inference.maxWork) steps", at: position)
        }
    }
}
