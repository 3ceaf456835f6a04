import BigInt
import Testing
import CallbackModel
@testable import Readout

/// Digit counts, leading and trailing digits and every reading of a fraction, computed
/// without writing long numbers in decimal, against the same taken from the whole decimal
/// text (`BigInt.description`) the way the readings were built before.
struct ShortenedDigitsTests {
    /// A seeded generator (the suite is reproducible; a failure prints the seed).
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Numbers of every length up to ~1,000 digits, many of them next to a power of ten
    /// (where the digit count changes).
    func numbers(_ rng: inout Generator, _ count: Int) -> [BigUInt] {
        (0 ..< count).map { i in
            let e = Int.random(in: 0 ... 1_000, using: &rng)
            switch i % 4 {
            case 0: return BigUInt(10).power(e)
            case 1: return BigUInt(10).power(e) - 1
            case 2: return BigUInt(10).power(e) + BigUInt(Int.random(in: 0 ... 3, using: &rng))
            default: return BigUInt.randomInteger(withMaximumWidth: Int.random(in: 0 ... 3_400, using: &rng), using: &rng)
            }
        }
    }

    @Test func countsAndEndsMatchTheWholeText() {
        var rng = Generator(state: 0xD161_75)
        for n in numbers(&rng, 600) + (0 ... 200).map({ BigUInt($0) }) {
            let text = n.description
            #expect(DecimalDigits.count(n) == text.count, "\(text)")
            let k = min(4, text.count)
            #expect(DecimalDigits.leading(n, k, count: text.count) == String(text.prefix(k)), "\(text)")
            #expect(DecimalDigits.trailing(n, k) == String(text.suffix(k)), "\(text)")
        }
    }

    /// The readings as they were computed before: from the whole text.
    func oldEnds(_ n: BigInt, counted: Bool) -> String {
        let text = n.description
        guard text.count > 12 else { return text }
        let count = text.count - (n.sign == .minus ? 1 : 0)
        return text.prefix(4) + "…" + text.suffix(4) + (counted ? "(\(count) digits)" : "")
    }

    func oldFraction(_ x: Rational, maxWidth: Int) -> String {
        let whole = x.description
        guard whole.count > maxWidth else { return whole }
        return oldEnds(x.numerator, counted: true) + "/" + oldEnds(x.denominator, counted: true)
    }

    func oldFitting(_ x: Rational, _ width: Int) -> String {
        let percent = x.percent()
        let candidates = [x.description, oldEnds(x.numerator, counted: true) + "/" + oldEnds(x.denominator, counted: true),
                          oldEnds(x.numerator, counted: false) + "/" + oldEnds(x.denominator, counted: false)]
        for fraction in candidates where fraction.count + 3 + percent.count <= width {
            return x.isInteger ? percent : "\(fraction) = \(percent)"
        }
        return percent
    }

    @Test func readingsMatchTheWholeText() {
        var rng = Generator(state: 0xF12_AC7)
        let values = numbers(&rng, 240)
        for i in stride(from: 0, to: values.count - 1, by: 2) {
            let negative = i % 6 == 0
            let p = BigInt(values[i]) * (negative ? -1 : 1), q = BigInt(values[i + 1]) + 1
            let x = Rational(p, q)
            #expect(ExactText.length(of: x) == x.description.count)
            for width in [0, 12, 17, 20, 30, 40, 60, 100, 1_000, 3_000] {
                #expect(ExactText.fraction(x, maxWidth: width) == oldFraction(x, maxWidth: width), "\(x) at \(width)")
                #expect(ExactText.probability(x, fitting: width) == oldFitting(x, width), "\(x) at \(width)")
                #expect(ProbabilityReadings(x).bounded(width) == "\(oldFraction(x, maxWidth: width)) = \(x.percent())")
            }
        }
    }
}
