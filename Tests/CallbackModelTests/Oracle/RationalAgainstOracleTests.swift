import BigInt
import Testing
@testable import CallbackModel

/// Rational arithmetic against the oracle's own fraction type (which normalises with
/// BigInt's gcd after every operation): catches a shortcut in `+` or `*` that leaves a
/// result unreduced or wrong, on numbers as long as a hundred retries make them.
struct RationalAgainstOracleTests {
    @Test func sumsAndProductsAgree() {
        let seed = SplitMix64.seed(fromEnvironment: "ORACLE_SEED", fallback: 0xADD_5EED)
        var rng = SplitMix64(seed: seed)
        func big(_ digits: Int) -> BigInt {
            var x = BigInt(0)
            for _ in 0 ..< digits { x = x * 10 + BigInt(Int.random(in: 0 ... 9, using: &rng)) }
            return x
        }
        for round in 0 ..< 300 {
            // Shared factors on purpose, so every branch of Knuth's addition runs.
            let common = big(Int.random(in: 1 ... 30, using: &rng)) + 1
            let scale = round % 3 == 0 ? common : BigInt(1)
            let a = (big(Int.random(in: 1 ... 300, using: &rng)) - big(150), (big(Int.random(in: 1 ... 300, using: &rng)) + 1) * scale)
            let b = (big(Int.random(in: 1 ... 300, using: &rng)), (big(Int.random(in: 1 ... 300, using: &rng)) + 1) * scale)
            let (x, y) = (Rational(a.0, a.1), Rational(b.0, b.1))
            let (ox, oy) = (OracleFraction(a.0, a.1), OracleFraction(b.0, b.1))
            for (name, r, o) in [("+", x + y, ox + oy), ("-", x - y, ox - oy), ("*", x * y, ox * oy)] {
                #expect(r.numerator == o.numerator && r.denominator == o.denominator, "seed \(seed) round \(round) \(name)")
            }
        }
    }
}
