/// Text that came from the user (a flag value, a file name, a program's token) is echoed in
/// error lines. Printed raw, an escape sequence in it would act on the user's terminal
/// (retitle it, move the cursor, hide text), so every control character is shown as text:
/// ESC as `\e`, BEL as `\x07`, a newline as `\n` (which also keeps an error to one line).
/// Backslashes stay as typed.
public enum ControlEscapes {
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{1B}": out += "\\e"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where isControl(scalar): out += hex(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// C0, DEL, C1 (U+009B is a one-byte CSI on some terminals), and the bidirectional
    /// overrides and isolates that reorder what follows them on screen.
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00 ... 0x1F, 0x7F ... 0x9F, 0x202A ... 0x202E, 0x2066 ... 0x2069: true
        default: false
        }
    }

    static func hex(_ s: Unicode.Scalar) -> String {
        s.value <= 0xFF
            ? "\\x" + (s.value < 0x10 ? "0" : "") + String(s.value, radix: 16, uppercase: true)
            : "\\u{" + String(s.value, radix: 16, uppercase: true) + "}"
    }
}
