import BigInt

/// How many of `draws` items picked uniformly without replacement come from the
/// `successes` group when the rest are `failures`: the replica split between pools.
///
/// Symmetries keep the work at O(min(successes, failures, draws, total − draws)), so
/// a billion servers with five replicas costs five steps.
public enum Hypergeometric {
    /// Most distinct outcomes the engine will carry through a program.
    public static let maxOutcomes = 1_000

    public static func distribution(successes a: BigInt, failures b: BigInt, draws r: BigInt) throws(EngineLimit) -> Distribution<BigInt> {
        precondition(a >= 0 && b >= 0 && r >= 0 && r <= a + b, "bad hypergeometric \(a) \(b) \(r)")
        let total = a + b
        if r * 2 > total {
            // Drawing r is leaving total − r behind.
            return try distribution(successes: a, failures: b, draws: total - r).map { a - $0 }
        }
        if a > b {
            return try distribution(successes: b, failures: a, draws: r).map { r - $0 }
        }
        // Now a ≤ b and r ≤ total/2 ≤ b, so j runs from 0 to min(a, r).
        let top = min(a, r)
        guard top < BigInt(maxOutcomes) else {
            throw EngineLimit("replicas split \(top + 1) ways between the pools; the exact engine carries at most \(maxOutcomes) (use fewer canary servers or replicas)")
        }
        var num = BigInt(1), den = BigInt(1)
        if r <= a {
            var i = BigInt(0)
            while i < r { num *= b - i; den *= total - i; i += 1 }
        } else {
            var i = BigInt(1)
            while i <= a { num *= b - r + i; den *= b + i; i += 1 }
        }
        var p = Rational(num, den)
        var branches: [(BigInt, Rational)] = []
        var j = BigInt(0)
        while true {
            branches.append((j, p))
            if j == top { break }
            p *= Rational((a - j) * (r - j), (j + 1) * (b - r + j + 1))
            j += 1
        }
        return .choice(branches)
    }
}
