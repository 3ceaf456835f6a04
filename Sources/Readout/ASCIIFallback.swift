/// What a symbol becomes on a terminal that cannot show Unicode (`LANG=C`, a codeset that
/// is not UTF-8): one ASCII character for one, so every column stays where the layout put
/// it. curses would otherwise write each byte of a multi-byte character on its own, as
/// `~` escapes, and push the rest of the row right.
///
/// Only the explorer's screen is translated. Reports (`--format text` and the rest) are
/// always UTF-8 whatever the locale: they go to files and pipes, where scripts need the
/// same bytes everywhere.
public enum ASCIIFallback {
    static let table: [Character: Character] = [
        "·": "|", "│": "|", "─": "-", "━": "-", "−": "-", "–": "-", "—": "-",
        "→": ">", "←": "<", "↑": "^", "↓": "v", "↦": ">", "▶": ">", "◀": "<",
        "×": "x", "÷": "/", "≈": "~", "≤": "<", "≥": ">", "≠": "#",
        "…": ".", "µ": "u", "✗": "x", "✓": "v", "§": "S", "Σ": "S",
        "█": "#", "▉": "#", "▊": "#", "▋": "#", "▌": "#", "▍": "#", "▎": "#", "▏": "#",
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
        "\u{00A0}": " ",
    ]

    /// The character itself when it is ASCII, its stand-in from the table, else "?".
    public static func character(_ c: Character) -> Character {
        if c.isASCII { return c }
        return table[c] ?? "?"
    }

    /// Character for character: the result has as many characters as `text`.
    public static func text(_ text: String) -> String { String(text.map(character)) }
}
