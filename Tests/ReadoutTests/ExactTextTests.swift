import Testing
import CallbackModel
import Readout

struct ExactTextTests {
    @Test func durations() {
        #expect(ExactText.duration(days: Rational(30, 900)) == "48 minutes")
        #expect(ExactText.duration(days: 30) == "30 days")
        #expect(ExactText.duration(days: Rational(3, 24)) == "3 hours")
        #expect(ExactText.duration(days: Rational(1, 86400)) == "1 second")
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
    }
}
