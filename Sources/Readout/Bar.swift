import BigInt
import CallbackModel

/// Glyphs a bar is drawn with: Unicode blocks where the terminal can show them, ASCII otherwise.
public enum BarGlyphs: Sendable, Equatable {
    case unicode
    case ascii

    /// The explorer's block digits are drawn with the same full cell as the bars.
    package var full: Character { self == .unicode ? "█" : "#" }
    /// Left-aligned partial blocks, one to seven eighths.
    var eighths: [Character] { ["▏", "▎", "▍", "▌", "▋", "▊", "▉"] }
}

/// One horizontal bar for a probability: the one chart primitive shared by the explorer's
/// screen and the text reports.
///
/// Rounding is documented because people compare bars by eye: the length is the exact
/// fraction × width, floored to whole cells (ASCII) or to eighths of a cell (Unicode), so a
/// bar never looks longer than its value, and any value above zero shows at least a sliver.
public enum Bar {
    public static func text(_ fraction: Rational, width: Int, glyphs: BarGlyphs) -> String {
        guard width > 0 else { return "" }
        let resolution = glyphs == .unicode ? 8 : 1
        let cells = width * resolution
        // ⌊x·cells⌋ for x clamped to [0, 1], by one division: at 100 retries x has
        // ~900-digit terms, and comparisons and products of fractions each multiply them.
        let units: Int
        if fraction.isNegative || fraction.isZero {
            units = 0
        } else if fraction.numerator >= fraction.denominator {
            units = cells
        } else {
            units = max(1, Int(fraction.numerator * BigInt(integerLiteral: Int64(cells)) / fraction.denominator))
        }
        var bar = String(repeating: glyphs.full, count: units / resolution)
        let rest = units % resolution
        if rest > 0 { bar.append(glyphs.eighths[rest - 1]) }
        return bar
    }

    /// The bar padded with spaces to exactly `width` cells.
    public static func padded(_ fraction: Rational, width: Int, glyphs: BarGlyphs) -> String {
        let bar = text(fraction, width: width, glyphs: glyphs)
        return bar + String(repeating: " ", count: max(0, width - bar.count))
    }
}
