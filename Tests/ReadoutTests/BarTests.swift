import BigInt
import Testing
import CallbackModel
import Readout

struct BarTests {
    @Test func asciiFloorsToWholeCells() {
        #expect(Bar.text(Rational(9, 10), width: 10, glyphs: .ascii) == "#########")
        #expect(Bar.text(Rational(19, 20), width: 10, glyphs: .ascii) == "#########")
        #expect(Bar.text(.one, width: 4, glyphs: .ascii) == "####")
        #expect(Bar.text(.zero, width: 4, glyphs: .ascii) == "")
    }

    @Test func anythingAboveZeroShows() {
        #expect(Bar.text(Rational(1, 1000), width: 10, glyphs: .ascii) == "#")
        #expect(Bar.text(Rational(1, 1000), width: 10, glyphs: .unicode) == "▏")
    }

    @Test func unicodeUsesEighths() {
        // 1/2 of 3 cells = 1.5 cells = one full block and four eighths.
        #expect(Bar.text(Rational(1, 2), width: 3, glyphs: .unicode) == "█▌")
        #expect(Bar.padded(Rational(1, 2), width: 3, glyphs: .unicode) == "█▌ ")
    }
}

/// The bar's length by one division, against its definition with fractions: the value
/// clamped to [0, 1], times the cells, floored, and at least one unit above zero.
struct BarLengthTests {
    func definition(_ x: Rational, width: Int, glyphs: BarGlyphs) -> String {
        guard width > 0 else { return "" }
        let clamped = min(max(x, .zero), .one)
        let resolution = glyphs == .unicode ? 8 : 1
        var units = Int((clamped * Rational(width * resolution)).floor)
        if units == 0 && clamped > .zero { units = 1 }
        var bar = String(repeating: glyphs == .unicode ? "█" : "#", count: units / resolution)
        let rest = units % resolution
        if rest > 0 { bar.append(["▏", "▎", "▍", "▌", "▋", "▊", "▉"][rest - 1]) }
        return bar
    }

    @Test func matchesTheDefinition() {
        var rng = ShortenedDigitsTests.Generator(state: 0xBA2)
        for round in 0 ..< 2_000 {
            let digits = [1, 3, 12, 40, 300][round % 5]
            func number() -> BigInt {
                (0 ..< Int.random(in: 1 ... digits, using: &rng)).reduce(BigInt(0)) { n, _ in n * 10 + BigInt(Int.random(in: 0 ... 9, using: &rng)) }
            }
            let q = number() + 1
            // Mostly in [0, 1], some above one, some negative, some exactly 0 or 1.
            let choices: [BigInt] = [number() % q, number() % q, q, BigInt(0), number() + q, -number()]
            var p = choices[round % 6]
            if round % 7 == 0 { p = q - 1 }
            let x = Rational(p, q)
            for width in [0, 1, 5, 17, 60] {
                for glyphs in [BarGlyphs.unicode, .ascii] {
                    #expect(Bar.text(x, width: width, glyphs: glyphs) == definition(x, width: width, glyphs: glyphs), "\(x) \(width)")
                }
            }
        }
    }
}
