import CallbackModel

/// Exact inference by enumerating worlds up to a relabelling of interchangeable values.
///
/// A program that only draws values uniformly (or with weights) from lists, removes them
/// from lists, puts them in lists and compares them with `equal?` cannot tell apart two
/// values that it treats alike everywhere: the same weight in every choice, the same count
/// in every list written in the program, never written as a constant themselves. Swapping
/// two such values that no earlier draw has taken maps each world to a world of the same
/// weight and the same answer. So a draw needs one branch per value the world already
/// holds (those the program can tell apart) and one branch per class of the rest, carrying
/// the class's whole weight: an origin, two replicas drawn with `remove` and a callback
/// over 1,000 servers are 4 worlds, not 10⁹ (issue 18; `LiftedPools` does the same for the
/// callback model's pools).
///
/// The answer must not name a value of a class (the query would need each value's share,
/// not the class's), so a root holding one gives up. Used only when the program stays
/// within these operations, some class has two or more values and the worlds are few;
/// otherwise `distribution()` is nil and variable elimination runs, which handles failures
/// (a division by zero in a world) too: any error here also gives up.
final class InterchangeableWorlds {
    static let maxWorlds = 100_000
    /// Node evaluations and draws, in all worlds together (each allocates: about a
    /// microsecond, so giving up late costs about a second before the tables run).
    static let maxEvaluations = 2_000_000
    /// List elements walked by `remove` and draws from lists (a copy: nanoseconds each).
    static let maxElements = 50_000_000
    /// Most draws. The k-th draw may branch once per earlier draw (k + 1 ways), so ten
    /// draws bound the worlds by 9! > `maxWorlds` whatever the classes: checked before the
    /// classes are built, which walks every outcome of every choice (100 draws over 10⁵
    /// servers spent 14 s there only to give up).
    static let maxChoices = 9

    /// Operations that treat values only by identity (see above). `observe!` and `query`
    /// are the evaluator's own wrappers: they read truth values and build lists.
    private static let relabellable: Set<String> = ["not", "remove", "list", "observe!", "query"]

    private struct GiveUp: Error {}

    /// A choice with a fixed distribution, grouped: values it can tell apart, and classes.
    private struct Summary {
        let distribution: Distribution<Datum>
        var distinct: [(Datum, Rational)] = []
        var classes: [(group: Int, members: [Datum], each: Rational)] = []
    }

    private let order: [RandomValue]
    private let index: [Int: Int]
    /// Each operation's operands: a constant, or the position of a node in `order`.
    private var slots: [[Slot]] = []

    private enum Slot {
        case constant(Datum)
        case value(Int)
    }
    /// The class of each interchangeable value (classes of two or more values only).
    private let group: [Datum: Int]
    private var summaries: [Int: Summary] = [:]

    // Enumeration state.
    private var values: [Datum?]
    /// Interchangeable values the world's draws hold so far (with multiplicity).
    private var held: [Datum: Int] = [:]
    private var heldOrder: [Datum] = []
    private var evaluations = 0
    private var elements = 0
    private var outcomes: [Datum] = []
    private var weights: [Datum: Rational] = [:]

    /// Nil when the program is outside what this handles, or nothing is interchangeable.
    init?(graph: QueryGraph) {
        order = graph.order
        guard Self.relabellable(order) else { return nil }
        var index: [Int: Int] = [:]
        for (i, node) in order.enumerated() { index[node.id] = i }
        self.index = index
        slots = order.map { node in
            guard case .apply(_, let operands) = node.kind else { return [] }
            return operands.map { (o: RandomValue.Operand) -> Slot in
                switch o {
                case .constant(let d): .constant(d)
                case .random(let r): .value(index[r.id]!)
                }
            }
        }
        guard let group = Self.classes(order) else { return nil }
        self.group = group
        values = Array(repeating: nil, count: order.count)
        for (i, node) in order.enumerated() {
            if case .choice(let d) = node.kind { summaries[i] = summary(d) }
        }
        guard boundIsSmall() else { return nil }
    }

    /// The root's exact distribution; nil if the enumeration had to give up.
    func distribution() -> Distribution<Datum>? {
        do {
            try visit(0, .one)
        } catch {
            return nil
        }
        var total = Rational.zero
        for w in weights.values { total += w }
        guard total == .one else { return nil }  // never expected: elimination decides then
        return .choice(outcomes.map { ($0, weights[$0]!) })
    }

    // MARK: What qualifies

    private static func relabellable(_ order: [RandomValue]) -> Bool {
        let choices = order.count { if case .apply = $0.kind { false } else { true } }
        guard choices <= maxChoices else { return false }
        for node in order {
            switch node.kind {
            case .choice(let d):
                if d.outcomes.contains(where: { if case .list = $0 { true } else { false } }) { return false }
            case .dependentChoice:
                if !node.drawsUniformly { return false }
            case .apply(let op, let operands):
                switch op.rule {
                case .equal: if operands.count != 2 { return false }
                case .ifThenElse, .or: break
                case .numericEqual: return false
                case .general: if !relabellable.contains(op.name) { return false }
                }
            }
        }
        return true
    }

    /// Values that can be named only by their position in the program's lists and choices.
    private static func nameable(_ d: Datum) -> Bool {
        switch d {
        case .number, .string, .symbol: true
        default: false
        }
    }

    /// Groups values by how every choice and every constant list treats them; a value
    /// written as a constant elsewhere is its own class. Nil when no class has two values.
    private static func classes(_ order: [RandomValue]) -> [Datum: Int]? {
        var signature: [Datum: [Int]] = [:]
        var constants = Set<Datum>()
        func fixAll(_ d: Datum) {
            if case .list(let items) = d { items.forEach(fixAll) } else { constants.insert(d) }
        }
        var source = 0
        for node in order {
            switch node.kind {
            case .choice(let d):
                source += 1
                var weightClass: [Rational: Int] = [:]
                for v in d.outcomes where nameable(v) {
                    let w = d[v]
                    let c = weightClass[w] ?? weightClass.count
                    weightClass[w] = c
                    signature[v, default: []].append(contentsOf: [source, c])
                }
            case .dependentChoice:
                break
            case .apply(_, let operands):
                for case .constant(let d) in operands {
                    guard case .list(let items) = d else { constants.insert(d); continue }
                    source += 1
                    var counts: [Datum: Int] = [:]
                    for v in items {
                        if nameable(v) { counts[v, default: 0] += 1 } else { fixAll(v) }
                    }
                    for (v, c) in counts { signature[v, default: []].append(contentsOf: [source, c]) }
                }
            }
        }
        var ids: [[Int]: Int] = [:]
        var members: [Int] = []
        var groupOf: [Datum: Int] = [:]
        for (v, s) in signature where !constants.contains(v) {
            let id = ids[s] ?? members.count
            if id == members.count { ids[s] = id; members.append(0) }
            members[id] += 1
            groupOf[v] = id
        }
        let shared = groupOf.filter { members[$0.value] >= 2 }
        return shared.isEmpty ? nil : shared
    }

    private func summary(_ d: Distribution<Datum>) -> Summary {
        var s = Summary(distribution: d)
        var classIndex: [Int: Int] = [:]
        for v in d.outcomes {
            guard let g = group[v] else { s.distinct.append((v, d[v])); continue }
            if let c = classIndex[g] {
                s.classes[c].members.append(v)
            } else {
                classIndex[g] = s.classes.count
                s.classes.append((g, [v], d[v]))
            }
        }
        return s
    }

    /// An upper bound on the worlds: each draw branches at most once per value it can tell
    /// apart, per class, and per earlier draw.
    private func boundIsSmall() -> Bool {
        let classCount = Set(group.values).count
        var bound = 1
        var draws = 0
        for (i, node) in order.enumerated() {
            let branches: Int
            switch node.kind {
            case .apply: continue
            case .choice: branches = summaries[i]!.distinct.count + summaries[i]!.classes.count + draws
            case .dependentChoice: branches = classCount + order.count
            }
            draws += 1
            let (b, overflow) = bound.multipliedReportingOverflow(by: max(branches, 1))
            guard !overflow, b <= Self.maxWorlds else { return false }
            bound = b
        }
        let (work, overflow) = bound.multipliedReportingOverflow(by: order.count)
        return !overflow && work <= Self.maxEvaluations
    }

    // MARK: Enumeration

    private func visit(_ start: Int, _ weight: Rational) throws(GiveUp) {
        var i = start
        // Operations between draws: one value per world.
        while i < order.count, case .apply(let op, _) = order[i].kind {
            values[i] = try apply(op, at: i)
            i += 1
        }
        guard i < order.count else { return try record(weight) }
        for (v, p) in try branches(at: i) {
            values[i] = v
            let free = group[v] != nil
            if free { hold(v) }
            try visit(i + 1, weight * p)
            if free { release(v) }
        }
        values[i] = nil
    }

    private func record(_ weight: Rational) throws(GiveUp) {
        let root = values[order.count - 1]!
        if names(root) { throw GiveUp() }
        if let w = weights[root] { weights[root] = w + weight } else { outcomes.append(root); weights[root] = weight }
    }

    private func apply(_ op: Operation, at i: Int) throws(GiveUp) -> Datum {
        var args: [Datum] = []
        args.reserveCapacity(slots[i].count)
        for slot in slots[i] {
            switch slot {
            case .constant(let d): args.append(d)
            case .value(let j): args.append(values[j]!)
            }
        }
        try count(evaluations: 1)
        switch op.rule {
        case .equal:
            // Lists compare by order, which relabelling does not keep.
            if args.contains(where: { if case .list = $0 { true } else { false } }) { throw GiveUp() }
        case .general where op.name == "remove":
            guard !isList(args[0]), case .list(let items) = args[1] else { throw GiveUp() }
            try count(elements: items.count)
        default:
            break
        }
        do { return try op.function(args) } catch { throw GiveUp() }
    }

    /// Whether the value is or holds one of a class's values (drawn or not).
    private func names(_ d: Datum) -> Bool {
        if case .list(let items) = d { return items.contains(where: names) }
        return group[d] != nil
    }

    private func isList(_ d: Datum) -> Bool {
        if case .list = d { true } else { false }
    }

    /// The draw's branches in this world: each value it can tell apart, then one
    /// representative per class of values no draw holds, with the class's weight.
    private func branches(at i: Int) throws(GiveUp) -> [(Datum, Rational)] {
        try count(evaluations: 1)
        switch order[i].kind {
        case .choice:
            let s = summaries[i]!
            var result = s.distinct
            var heldIn: [Int: Int] = [:]
            for v in heldOrder {
                let p = s.distribution[v]
                guard !p.isZero, let g = group[v] else { continue }
                result.append((v, p))
                heldIn[g, default: 0] += 1
            }
            for c in s.classes {
                let left = c.members.count - heldIn[c.group, default: 0]
                guard left > 0, let representative = c.members.first(where: { held[$0] == nil }) else { continue }
                result.append((representative, c.each * Rational(left)))
            }
            return result
        case .dependentChoice(let parent, _, _):
            guard case .list(let items) = values[index[parent.id]!]!, !items.isEmpty else { throw GiveUp() }
            try count(elements: items.count)
            var counts: [Datum: Int] = [:]
            var seen: [Datum] = []
            var classCount: [Int: (representative: Datum, count: Int)] = [:]
            var classSeen: [Int] = []
            for v in items {
                if isList(v) { throw GiveUp() }
                if let g = group[v], held[v] == nil {
                    if let c = classCount[g] { classCount[g] = (c.representative, c.count + 1) } else { classCount[g] = (v, 1); classSeen.append(g) }
                } else {
                    if let c = counts[v] { counts[v] = c + 1 } else { counts[v] = 1; seen.append(v) }
                }
            }
            let n = Rational(items.count)
            return seen.map { ($0, Rational(counts[$0]!) / n) }
                + classSeen.map { (classCount[$0]!.representative, Rational(classCount[$0]!.count) / n) }
        case .apply:
            throw GiveUp()
        }
    }

    private func count(evaluations e: Int = 0, elements n: Int = 0) throws(GiveUp) {
        evaluations += e
        elements += n
        guard evaluations <= Self.maxEvaluations, elements <= Self.maxElements else { throw GiveUp() }
    }

    private func hold(_ v: Datum) {
        if let c = held[v] { held[v] = c + 1 } else { held[v] = 1; heldOrder.append(v) }
    }

    private func release(_ v: Datum) {
        let c = held[v]!
        if c == 1 { held[v] = nil; heldOrder.removeLast() } else { held[v] = c - 1 }
    }
}
