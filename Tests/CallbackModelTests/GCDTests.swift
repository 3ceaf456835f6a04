import BigInt
import PropertyBased
import Testing
@testable import CallbackModel

/// Lehmer's gcd checked against BigInt's own (Stein's) on random large numbers.
struct GCDTests {
    // Seeded (it drew from the system generator, so a failure could not be replayed):
    // catches a Lehmer step that goes wrong only on rare digit patterns, reproducibly,
    // as the seed and the operands are printed and the seed is part of the reported input.
    @Test func agreesWithSteinOnRandomNumbers() async {
        await propertyCheck(count: 200, input: Gen.int(in: 1 ... 40), Gen.int(in: 1 ... 40), Gen.int(in: 0 ... 20),
                            Gen.int(in: 0 ... Int.max)) { wa, wb, wc, seed in
            var rng = SplitMix64(seed: UInt64(seed))
            let common = BigUInt(Int.random(in: 1 ... Int.max, using: &rng)).power(wc % 4 + 1)
            let a = BigUInt.randomInteger(withMaximumWidth: wa * 64, using: &rng) * common
            let b = BigUInt.randomInteger(withMaximumWidth: wb * 64, using: &rng) * common
            #expect(GCD.of(a, b) == a.greatestCommonDivisor(with: b), "seed \(seed) widths \(wa) \(wb) \(wc): a = \(a), b = \(b)")
        }
    }

    /// One to three words, where machine arithmetic takes over (two words each, or one).
    @Test func agreesWithSteinOnShortNumbers() {
        var rng = SplitMix64(seed: 0x6CD_5407)
        for round in 0 ..< 3_000 {
            let common = BigUInt.randomInteger(withMaximumWidth: [1, 8, 40, 64, 100][round % 5], using: &rng) + 1
            let a = BigUInt.randomInteger(withMaximumWidth: Int.random(in: 0 ... 192, using: &rng), using: &rng) * common
            let b = BigUInt.randomInteger(withMaximumWidth: Int.random(in: 0 ... 192, using: &rng), using: &rng) * common
            #expect(GCD.of(a, b) == a.greatestCommonDivisor(with: b), "round \(round): a = \(a), b = \(b)")
        }
    }

    @Test func edgeCases() {
        #expect(GCD.of(0, 0) == 0)
        #expect(GCD.of(0, 7) == 7)
        #expect(GCD.of(BigUInt(1) << 200, BigUInt(1) << 100) == BigUInt(1) << 100)
        let p = BigUInt(10).power(50) + 151, q = BigUInt(10).power(40) + 7
        #expect(GCD.of(p * q, q * q) == q * GCD.of(p, q))
    }
}

/// Powers and products on machine words against BigInt's own.
struct WordPowerTests {
    @Test func agreesWithBigInt() {
        var rng = SplitMix64(seed: 0x9_0E4)
        for round in 0 ..< 400 {
            let x = BigUInt.randomInteger(withMaximumWidth: Int.random(in: 0 ... 200, using: &rng), using: &rng)
            let k = [0, 1, 2, 3, 5, 64, 101, Int.random(in: 0 ... 130, using: &rng)][round % 8]
            #expect(WordPower.power(x, k) == x.power(k), "round \(round): \(x)^\(k)")
            let y = BigUInt.randomInteger(withMaximumWidth: Int.random(in: 1 ... 900, using: &rng), using: &rng)
            if !x.isZero && !y.isZero {
                #expect(BigUInt(words: WordPower.multiply(Array(x.words), Array(y.words))) == x * y, "round \(round)")
                #expect(BigUInt(words: WordPower.square(Array(y.words))) == y * y, "round \(round)")
            }
        }
        // Every word all ones: the carries at their largest.
        let ones = BigUInt(1) << 640 - 1
        #expect(WordPower.power(ones, 7) == ones.power(7))
        #expect(WordPower.power(BigUInt(UInt.max), 101) == BigUInt(UInt.max).power(101))
    }
}
