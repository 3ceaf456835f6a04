import CallbackModel
import Foundation

/// Variable elimination over one query's variables (see `QueryGraph`): one factor per
/// variable, P(v | inputs), built row by row; then every variable but the query is summed
/// out, cheapest first (the one whose neighbours span the smallest table), which on a
/// chain or a hidden Markov model keeps every table to a few rows.
struct Elimination {
    let inference: Inference
    let graph: QueryGraph
    /// Each variable's possible values (failure markers included), in first-seen order.
    private var domains: [Int: [Datum]] = [:]
    private var factors: [Factor?] = []
    /// For each variable, the factors that mention it.
    private var containing: [Int: Set<Int>] = [:]

    init(inference: Inference, graph: QueryGraph) {
        self.inference = inference
        self.graph = graph
    }

    mutating func run() throws(DialectError) -> Distribution<Datum> {
        for node in graph.order where graph.isVariable.contains(node.id) {
            add(try factor(of: node))
        }
        try eliminateAllButRoot()
        let root = graph.root.id
        var result = Factor(scope: [], sizes: [], entries: [0: .one])
        for case let f? in factors {
            result = try Factor.multiply(result, f, maxEntries: Inference.maxTableEntries) { (n) throws(DialectError) in
                try inference.spend(n, at: nil)
            }
        }
        let values = domains[root] ?? []
        guard result.scope == [root] || result.scope.isEmpty else {
            throw DialectError("internal: a variable was left after elimination", at: nil)
        }
        var total = Rational.zero
        for w in result.entries.values { total += w }
        guard !total.isZero else { throw DialectError("internal: no world has positive probability", at: nil) }
        let keys = result.entries.keys.sorted()
        return .choice(keys.map { (values[$0], result.entries[$0]! / total) })
    }

    /// P(v | inputs): one row per combination of the inputs' values.
    private mutating func factor(of node: RandomValue) throws(DialectError) -> Factor {
        let inputs = graph.inputs[node.id] ?? []
        let sizes = inputs.map { domains[$0]?.count ?? 0 }
        var rows = 1
        for n in sizes {
            let (r, overflow) = rows.multipliedReportingOverflow(by: n)
            guard !overflow, r <= Inference.maxCombinations else {
                throw DialectError("too many outcomes to combine exactly: more than \(Inference.maxCombinations) combinations of the shared values \(describe(node)) depends on", at: node.position)
            }
            rows = r
        }
        try inference.spend(rows, at: node.position)
        var values: [Datum] = []
        var index: [Datum: Int] = [:]
        var cells: [(row: Int, value: Int, weight: Rational)] = []
        // One wide input read only by comparisons: rows with the same signature are one row.
        let signature = inputs.count == 1 && rows > 16 ? try inference.signature(of: node, input: inputs[0]) : nil
        var known: [[Rational]: [(value: Datum, probability: Rational)]] = [:]
        for row in 0..<rows {
            var a: Inference.Assignment = [:]
            var rest = row
            for (input, n) in zip(inputs, sizes) {
                a[input] = domains[input]![rest % n]
                rest /= n
            }
            let support: [(value: Datum, probability: Rational)]
            if let signature {
                let key = signature(a[inputs[0]]!)
                if let hit = known[key] { support = hit } else {
                    support = try inference.row(node, a).support
                    known[key] = support
                }
            } else {
                support = try inference.row(node, a).support
            }
            for (value, weight) in support {
                let i: Int
                if let known = index[value] { i = known } else {
                    i = values.count
                    values.append(value)
                    index[value] = i
                }
                cells.append((row, i, weight))
            }
        }
        domains[node.id] = values
        // Scaled to whole numbers by the lcm of the denominators (see `Factor`).
        var common = Rational.one
        var seen = Set<Rational>()
        for c in cells where seen.insert(Rational(c.weight.denominator)).inserted {
            common = common * Rational(Rational(common.numerator, c.weight.denominator).denominator)
        }
        var entries: [Int: Rational] = [:]
        entries.reserveCapacity(cells.count)
        for c in cells { entries[c.row + c.value * rows] = c.weight * common }
        return Factor(scope: inputs + [node.id], sizes: sizes + [values.count], entries: entries)
    }

    private mutating func add(_ f: Factor) {
        factors.append(f)
        for v in f.scope { containing[v, default: []].insert(factors.count - 1) }
    }

    /// The log-size of the table eliminating v would build.
    private func cost(_ v: Int) -> Double {
        var seen = Set<Int>()
        var total = 0.0
        for i in containing[v] ?? [] {
            guard let f = factors[i] else { continue }
            for (u, n) in zip(f.scope, f.sizes) where u != v && seen.insert(u).inserted { total += log(Double(max(n, 1))) }
        }
        return total
    }

    private mutating func eliminateAllButRoot() throws(DialectError) {
        let root = graph.root.id
        var heap = Heap()
        var stamp: [Int: Int] = [:]
        var done = Set<Int>()
        for v in graph.variables where v != root {
            stamp[v] = 0
            heap.push((cost(v), v, 0))
        }
        while let (_, v, s) = heap.pop() {
            guard !done.contains(v), stamp[v] == s else { continue }
            done.insert(v)
            let ids = (containing[v] ?? []).sorted()
            let parts = ids.compactMap { factors[$0] }
            for i in ids {
                for u in factors[i]?.scope ?? [] where u != v { containing[u]?.remove(i) }
                factors[i] = nil
            }
            containing[v] = nil
            let inference = self.inference
            guard let f = try Factor.eliminate(v, from: parts, maxEntries: Inference.maxTableEntries, spend: { (n) throws(DialectError) in
                try inference.spend(n, at: nil)
            }) else { continue }
            add(f)
            for u in f.scope where u != root && !done.contains(u) {
                let next = stamp[u, default: 0] + 1
                stamp[u] = next
                heap.push((cost(u), u, next))
            }
        }
    }

    private func describe(_ node: RandomValue) -> String {
        if case .apply(let op, _) = node.kind { return op.name }
        return "a choice"
    }
}

/// A binary min-heap of (cost, variable, stamp), ties broken by the earlier variable.
private struct Heap {
    private var items: [(Double, Int, Int)] = []

    private static func less(_ a: (Double, Int, Int), _ b: (Double, Int, Int)) -> Bool {
        a.0 < b.0 || (a.0 == b.0 && a.1 < b.1)
    }

    mutating func push(_ item: (Double, Int, Int)) {
        items.append(item)
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard Heap.less(items[i], items[parent]) else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> (Double, Int, Int)? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < items.count, Heap.less(items[l], items[m]) { m = l }
            if r < items.count, Heap.less(items[r], items[m]) { m = r }
            guard m != i else { break }
            items.swapAt(i, m)
            i = m
        }
        return top
    }
}
