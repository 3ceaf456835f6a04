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
