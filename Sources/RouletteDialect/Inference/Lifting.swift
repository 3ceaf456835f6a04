import CallbackModel

extension Inference {
    /// Rows that must agree, for a variable read through one wide input X: when X is only
    /// ever compared with `equal?` to constants or to values that depend on no variable,
    /// a row depends on X's value x only through P(other = x) at each comparison, so rows
    /// with the same such probabilities are the same row. This is the lifting of uniform
    /// choices over interchangeable values: in the canary story the 99,999 stable servers
    /// are one row and the canary another. Nil when X is used any other way.
    func signature(of node: RandomValue, input: Int) throws(DialectError) -> ((Datum) -> [Rational])? {
        guard failures.isEmpty else { return nil }
        var comparisons: [RandomValue.Operand] = []
        var stack = [node]
        var seen = Set<Int>()
        while let n = stack.popLast() {
            guard seen.insert(n.id).inserted else { continue }
            let operands: [RandomValue.Operand]
            switch n.kind {
            case .choice: continue
            case .dependentChoice(let parent, _, _):
                if parent.id == input { return nil }
                operands = [.random(parent)]
            case .apply(let op, let os):
                operands = os
                if let i = os.firstIndex(where: { if case .random(let r) = $0 { r.id == input } else { false } }) {
                    guard op.rule == .equal, os.count == 2 else { return nil }
                    let other = os[1 - i]
                    if case .random(let r) = other {
                        guard r.id != input, !graph.isVariable.contains(r.id), graph.inputs[r.id]?.isEmpty == true else { return nil }
                    }
                    comparisons.append(other)
                    continue  // the other side depends on no variable: nothing below it reads X
                }
            }
            for case .random(let r) in operands where !graph.isVariable.contains(r.id) { stack.append(r) }
        }
        var marginals: [Distribution<Datum>?] = []
        for c in comparisons {
            if case .random(let r) = c { marginals.append(try marginal(r, [:])) } else { marginals.append(nil) }
        }
        return { x in
            zip(comparisons, marginals).map { c, m in
                if let m { return m[x] }
                if case .constant(let d) = c { return d == x ? .one : .zero }
                return .zero
            }
        }
    }
}
