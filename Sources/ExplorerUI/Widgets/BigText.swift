import Readout

/// A percent in five-row block digits, for slides read from the back of a room.
public enum BigText {
    static let height = 5

    /// Each glyph as five rows, "x" where a block goes.
    static let font: [Character: [String]] = [
        "0": ["xxx", "x x", "x x", "x x", "xxx"],
        "1": [" x ", "xx ", " x ", " x ", "xxx"],
        "2": ["xxx", "  x", "xxx", "x  ", "xxx"],
        "3": ["xxx", "  x", "xxx", "  x", "xxx"],
        "4": ["x x", "x x", "xxx", "  x", "  x"],
        "5": ["xxx", "x  ", "xxx", "  x", "xxx"],
        "6": ["xxx", "x  ", "xxx", "x x", "xxx"],
        "7": ["xxx", "  x", "  x", "  x", "  x"],
        "8": ["xxx", "x x", "xxx", "x x", "xxx"],
        "9": ["xxx", "x x", "xxx", "  x", "xxx"],
        ".": [" ", " ", " ", " ", "x"],
        "%": ["x   x", "   x ", "  x  ", " x   ", "x   x"],
    ]

    /// The text's five rows (characters without a glyph are left out), one column between glyphs.
    public static func rows(_ text: String, glyphs: BarGlyphs) -> [String] {
        let block = glyphs.full
        let shapes = text.compactMap { font[$0] }
        return (0 ..< height).map { r in
            shapes.map { String($0[r].map { $0 == "x" ? block : " " }) }.joined(separator: " ")
        }
    }

    public static func width(_ text: String) -> Int {
        rows(text, glyphs: .ascii).first?.count ?? 0
    }
}
