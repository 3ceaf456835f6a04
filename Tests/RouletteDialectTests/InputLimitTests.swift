import RouletteDialect
import Testing

/// Issue 16 item 9: reading had no limits of its own (a 50 MB string literal and a 2 MB
/// symbol passed the 1,000,000-byte string limit; a 4M-element quoted list took 1 GB).
struct InputLimitTests {
    @Test func aStringLiteralPastTheStringLimitIsRefused() {
        #expect(failure("\"" + String(repeating: "a", count: 1_000_001) + "\"")?.contains("string literal longer than 1000000") == true)
    }

    @Test func aLongSymbolIsRefused() {
        #expect(failure(String(repeating: "a", count: 2_000))?.contains("symbol longer than 1000 characters") == true)
    }

    @Test func tooManyDataAreRefusedWhileReading() {
        let wide = "(length '(" + String(repeating: "1 ", count: 1_000_001) + "))"
        #expect(failure(wide)?.contains("program too large: more than 1000000 data") == true)
    }

    @Test func aProgramPastTheSizeLimitIsRefusedBeforeReading() {
        let big = String(repeating: "(define x 1)\n", count: 800_000)
        #expect(failure(big)?.contains("program longer than 10000000 bytes") == true)
    }
}
