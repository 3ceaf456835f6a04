import BigInt
import Testing
@testable import CallbackModel

/// `PowerSum` (one common denominator, cancellation by gcds with short numbers) against
/// the oracle's fractions summed term by term, each reduced with BigInt's own gcd.
struct PowerSumAgainstOracleTests {
    func oraclePower(_ x: OracleFraction, _ k: Int) -> OracleFraction {
        OracleFraction(x.numerator.power(k), x.denominator.power(k))
    }

    @Test func agreesOnRandomMixtures() {
        let seed = SplitMix64.seed(fromEnvironment: "ORACLE_SEED", fallback: 0x90E5_5A11)
        var rng = SplitMix64(seed: seed)
        func short(_ bits: Int) -> BigInt { BigInt(BigUInt.randomInteger(withMaximumWidth: bits, using: &rng)) }
        for round in 0 ..< 160 {
            let k = [0, 1, 2, 3, 7, 50, 101, 120][round % 8]
            // Denominators from a few shared factors, so terms cancel against each other
            // and against the common denominator; bases equal, zero, one or negative too.
            let factors = (0 ..< 3).map { _ in short(Int.random(in: 1 ... 34, using: &rng)) + 1 }
            func denominator() -> BigInt {
                factors.reduce(BigInt(1)) { d, f in Bool.random(using: &rng) ? d * f : d } * BigInt(Int.random(in: 1 ... 12, using: &rng))
            }
            var sum = PowerSum(exponent: k)
            var oracle = OracleFraction.zero
            var bases: [(BigInt, BigInt)] = []
            for _ in 0 ..< Int.random(in: 0 ... 7, using: &rng) {
                var base: (BigInt, BigInt)
                switch Int.random(in: 0 ..< 8, using: &rng) {
                case 0 where !bases.isEmpty: base = bases.randomElement(using: &rng)!
                case 1: base = (0, 1)
                case 2: base = (1, 1)
                default:
                    let d = denominator()
                    base = (short(Int.random(in: 1 ... 40, using: &rng)) % (d + 1), d)
                }
                if Int.random(in: 0 ..< 5, using: &rng) == 0 { base.0 = -base.0 }
                bases.append(base)
                let w = (short(Int.random(in: 1 ... 60, using: &rng)) - short(50), denominator())
                sum.add(Rational(w.0, w.1), times: Rational(base.0, base.1))
                oracle += OracleFraction(w.0, w.1) * oraclePower(OracleFraction(base.0, base.1), k)
            }
            let value = sum.value
            #expect(value.numerator == oracle.numerator && value.denominator == oracle.denominator,
                    "seed \(seed) round \(round): \(value) ≠ \(oracle)")
        }
    }

    /// Terms that cancel to zero, constants, and a common factor too high a power for the
    /// short gcds (the general gcd finishes it).
    @Test func edgeCases() {
        var zero = PowerSum(exponent: 101)
        zero.add(Rational(1, 3), times: Rational(2, 7))
        zero.add(Rational(-1, 3), times: Rational(2, 7))
        #expect(zero.value == .zero)
        #expect(PowerSum(exponent: 5).value == .zero)

        var constants = PowerSum(exponent: 9)
        constants.add(Rational(1, 6))
        constants.add(Rational(1, 3))
        constants.add(Rational(5), times: .zero)
        #expect(constants.value == Rational(1, 2))

        var high = PowerSum(exponent: 300)
        high.add(Rational(BigInt(1) << 200), times: Rational(1, 2))
        #expect(high.value == Rational(BigInt(1), BigInt(1) << 100))

        var opposite = PowerSum(exponent: 100)
        opposite.add(Rational(1, 2), times: Rational(1, 2))
        opposite.add(Rational(1, 2), times: Rational(-1, 2))
        #expect(opposite.value == Rational(BigInt(1), BigInt(1) << 100))
    }
}
