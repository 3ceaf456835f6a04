import BigInt
import Testing
import CallbackModel
import Readout

struct ExactTextTests {
    @Test func durations() {
        #expect(ExactText.duration(days: Rational(30, 900)) == "48 minutes")
        #expect(ExactText.duration(days: 30) == "30 days")
        #expect(ExactText.duration(days: Rational(3, 24)) == "3 hours")
        #expect(ExactText.duration(days: Rational(1, 86400)) == "1 second")
        #expect(ExactText.duration(days: Rational(3, 2 * 86400)) == "1.5 seconds")
    }

    /// Below a second a duration reads in ms, µs or ns; it read "0 seconds" (2.59 ms: a
    /// budget of 1/10⁹ burnt at 999,999,899× lasts 2,592,000 s / 999,999,899 ≈ 0.002592 s).
    @Test func durationsBelowASecondNeverReadZero() {
        let second = Rational(1, 86400)
        #expect(ExactText.duration(days: 30 / Rational(999_999_899)) == "2.59 ms")
        #expect(ExactText.duration(days: second / 2) == "500 ms")
        #expect(ExactText.duration(days: second / 1000) == "1 ms")
        #expect(ExactText.duration(days: second * Rational(64, 100_000)) == "640 µs")
        #expect(ExactText.duration(days: second / 1_000_000) == "1 µs")
        #expect(ExactText.duration(days: second * Rational(31, 10_000_000_000)) == "3.1 ns")
        // Rounding up to 1,000 of a unit reads as 1 of the next: 0.999999 s, 0.9999999 ms.
        #expect(ExactText.duration(days: second * Rational(999_999, 1_000_000)) == "1 second")
        #expect(ExactText.duration(days: second * Rational(9_999_999, 10_000_000_000)) == "1 ms")
        // 10⁻¹² s is 0.001 ns: too small for two places of a nanosecond, but not 0.
        #expect(ExactText.duration(days: second / 1_000_000_000_000) == "<0.01 ns")
    }

    /// Burn rates group their thousands like every big number of the text report, and a
    /// positive one never reads 0×.
    @Test func timesAreGroupedAndNeverZero() {
        #expect(ExactText.times(999_999_899) == "999,999,899×")
        #expect(ExactText.times(Rational(4974, 10)) == "497.4×")
        #expect(ExactText.times(900) == "900×")
        #expect(ExactText.times(.zero) == "0×")
        #expect(ExactText.times(Rational(1, 1_000_000)) == "0.000001×")
        #expect(ExactText.times(Rational(1, 100_000_000_000_000)) == "<0.000000000001×")
    }

    /// Headers echo parameters; one that is not 0 (or a share that is not 1) never reads as
    /// 0 or 100: `--canary 99.9999999999` read "canary 100%", `--canary 0.0000001` "0%".
    @Test func givenValuesNeverReadAsTheirBounds() {
        #expect(ExactText.givenPercent(Rational(1, 10)) == "10%")
        #expect(ExactText.givenPercent(Rational(999_999_999_999, 1_000_000_000_000)) == "99.9999999999%")
        #expect(ExactText.givenPercent(Rational(1, 1_000_000_000)) == "0.0000001%")
        #expect(ExactText.givenPercent(Rational(1, 3)) == "≈33.3333%")
        #expect(ExactText.givenPercent(Rational(1, 3_000_000)) == "≈0.00003%")
        #expect(ExactText.givenPercent(.one - Rational(1, BigInt(3) * BigInt(10).power(20))) == ">99.99999999999999%")
        #expect(ExactText.givenPercent(.zero) == "0%")
        #expect(ExactText.givenCount(Rational(1, 1000)) == "0.001")
        #expect(ExactText.givenCount(1000) == "1,000")
        #expect(ExactText.givenCount(Rational(12345, 10)) == "1,234.50")
        #expect(ExactText.givenMoney(Rational(1, 1000)) == "$0.001")
        #expect(ExactText.givenMoney(10) == "$10.00")
        #expect(ExactText.givenMoney(.zero) == "$0.00")
    }

    /// A number that is not whole reads as its fraction and a grouped decimal, like the
    /// grouped counts beside it: 11728910/9 = 1,303,212 + 2/9.
    @Test func approximationsGroupTheirWholePart() {
        #expect(ExactText.approximate(Rational(11_728_910, 9), maxWidth: 32) == "11728910/9 ≈ 1,303,212.2222")
        #expect(ExactText.approximate(Rational(2000, 3), maxWidth: 32) == "2000/3 ≈ 666.6667")
        #expect(ExactText.approximate(Rational(1_231_200), maxWidth: 32) == "1,231,200")
    }

    @Test func money() {
        #expect(ExactText.money(Rational(12_960_000)) == "$12,960,000.00")
        #expect(ExactText.money(Rational(1, 3)) == "$0.33")
    }
}

/// A terminal without UTF-8 (LANG=C) gets one ASCII character per symbol.
struct ASCIIFallbackTests {
    @Test func symbolsBecomeOneASCIICharacterEach() {
        let line = "servers 10 · canary 5% · stable → canary · 1 − 1/N ≈ 0.9 · ×10 ÷10 … ▶ ─ –"
        let ascii = ASCIIFallback.text(line)
        #expect(ascii == "servers 10 | canary 5% | stable > canary | 1 - 1/N ~ 0.9 | x10 /10 . > - -")
        #expect(ascii.count == line.count)
        #expect(ascii.allSatisfy { $0.isASCII })
    }

    @Test func unknownSymbolsAreAQuestionMarkNeverATilde() {
        #expect(ASCIIFallback.character("€") == "?")
        #expect(ASCIIFallback.character("a") == "a")
        #expect(ASCIIFallback.character("█") == "#")
        // Durations below a millisecond: "640 µs" keeps its width as "640 us".
        #expect(ASCIIFallback.character("µ") == "u")
    }
}
