import Readout
import Testing

/// Issue 16 item 16: values echoed in error lines carried their escape sequences to the terminal.
struct ControlEscapesTests {
    @Test func controlCharactersReadAsText() {
        #expect(ControlEscapes.escaped("\u{1B}]0;x\u{07}") == "\\e]0;x\\x07")
        #expect(ControlEscapes.escaped("a\nb\tc\r") == "a\\nb\\tc\\r")
        #expect(ControlEscapes.escaped("\u{9B}31m\u{7F}") == "\\x9B31m\\x7F")
        #expect(ControlEscapes.escaped("abc\u{202E}def") == "abc\\u{202E}def")
    }

    @Test func ordinaryTextIsUnchanged() {
        let text = "--canary 'é 12.5 ↦ ≤ 1,000' is not a number"
        #expect(ControlEscapes.escaped(text) == text)
    }
}
