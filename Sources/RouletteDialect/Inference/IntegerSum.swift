import CallbackModel

extension Inference {
    /// A sum along a fold (`(foldl + 0 l)` is acc(i) = x(i) + acc(i − 1), each acc used
    /// once) of independent values that are all exact integers: one convolution over
    /// integer keys with integer weights over one denominator, reduced once at the end,
    /// instead of a distribution of boxed values per step (hashing and reference counting
    /// were most of the time of 2,000 flips summed). Walked without recursion. Nil when
    /// the shape or the values do not fit; the general product then answers.
    func integerSum(_ value: RandomValue, _ a: Assignment) throws(DialectError) -> Distribution<Datum>? {
        var terms: [RandomValue] = []
        var constant = 0
        var stack = [value]
        while let node = stack.popLast() {
            guard case .apply(let op, let operands) = node.kind, op.name == "+", op.rule == .general,
                  node === value || !(graph.isVariable.contains(node.id) || graph.reused.contains(node.id)) else {
                terms.append(node)
                continue
            }
            for operand in operands {
                switch operand {
                case .random(let r): stack.append(r)
                case .constant(.number(let n)) where n.isExact && n.value.isInteger:
                    guard let k = Int(exactly: n.value.numerator) else { return nil }
                    let (c, overflow) = constant.addingReportingOverflow(k)
                    guard !overflow else { return nil }
                    constant = c
                default: return nil
                }
            }
        }
        guard terms.count >= 2 else { return nil }
        var table: [Int: Rational] = [constant: .one]  // integer weights over `denominator`
        var denominator = Rational.one
        for term in terms {
            let d = try marginal(term, a)
            var values: [(key: Int, weight: Rational)] = []
            var common = Rational.one  // the lcm of the weights' denominators
            for (v, p) in d.support {
                guard case .number(let n) = v, n.isExact, n.value.isInteger, let k = Int(exactly: n.value.numerator) else { return nil }
                values.append((k, p))
                common = common * Rational(Rational(common.numerator, p.denominator).denominator)
            }
            let size = table.count.multipliedReportingOverflow(by: values.count)
            guard !size.overflow, size.partialValue <= Inference.maxCombinations else { return nil }
            let words = (table.values.map { $0.numerator.bitWidth }.max() ?? 0) / 64 + 1
            let termWords = values.map { ($0.weight * common).numerator.bitWidth }.max().map { $0 / 64 + 1 } ?? 1
            try spend(size.partialValue, words: words, termWords == 1 ? 0 : termWords, at: value.position)
            var next: [Int: Rational] = [:]
            next.reserveCapacity(table.count + values.count)
            for (k, p) in values {
                let w = p * common
                let unit = w == .one  // uniform choices: every weight is 1/common
                for (sum, x) in table {
                    let (key, overflow) = sum.addingReportingOverflow(k)
                    guard !overflow else { return nil }
                    let product = unit ? x : x * w
                    if let old = next[key] { next[key] = old + product } else { next[key] = product }
                }
            }
            table = next
            denominator = denominator * common
        }
        return .choice(table.keys.sorted().map { (.exact(Rational($0)), table[$0]! / denominator) })
    }
}
