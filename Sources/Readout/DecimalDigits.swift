import BigInt
import CallbackModel

/// How many decimal digits a number has, and its first and last few, without writing it
/// in decimal. Writing a 900-digit number is quadratic in its length; a screen that shows
/// it shortened ("1234…5678(901 digits)") needs a comparison, a division by a power of
/// ten with a short quotient, and a remainder by 10⁴, each linear.
enum DecimalDigits {
    /// Digits of n (1 for 0).
    static func count(_ n: BigUInt) -> Int {
        // 2^(b−1) ≤ n < 2^b and log₁₀ 2 = 0.3010299956…, so n has at least
        // ⌊(b − 1)·0.301029995⌋ + 1 digits (and at most one or two more).
        var d = (n.bitWidth - 1) * 301_029_995 / 1_000_000_000 + 1
        while n >= tenToThe(d) { d += 1 }
        return max(1, d)
    }

    /// The first `k` digits of n, which has `count` ≥ k digits.
    static func leading(_ n: BigUInt, _ k: Int, count: Int) -> String {
        (n / tenToThe(count - k)).description
    }

    /// The last `k` digits of n, with their zeros.
    static func trailing(_ n: BigUInt, _ k: Int) -> String {
        let text = (n % tenToThe(k)).description
        return String(repeating: "0", count: k - text.count) + text
    }

    /// 10^e, kept: the same few lengths come back every frame.
    static func tenToThe(_ e: Int) -> BigUInt {
        if e < 19 { return BigUInt(UInt64(pow10[max(0, e)])) }
        if let known = powers.withLock({ $0[e] }) { return known }
        let p = BigUInt(10).power(e)
        powers.withLock { cache in
            if cache.count >= 4_096 { cache.removeAll(keepingCapacity: true) }
            cache[e] = p
        }
        return p
    }

    private static let pow10: [UInt64] = (0 ..< 19).map { (0 ..< $0).reduce(UInt64(1)) { p, _ in p * 10 } }
    private static let powers = Locked<[Int: BigUInt]>([:])
}
