import Readout

/// The screen as an SVG picture: one monospace text run per styled span, on a dark
/// terminal-like panel. Used by `e` and for the README's screenshots.
public enum CanvasSVG {
    static let cellWidth = 9.6
    static let cellHeight = 19

    /// (foreground, background, bold) per role; nil background is the panel colour.
    static func style(_ role: StyleRole) -> (String, String?, Bool) {
        switch role {
        case .plain, .label: ("#d8dee9", nil, false)
        case .title: ("#0b0f14", "#56b6c2", true)
        case .header: ("#56b6c2", nil, false)
        case .focus: ("#0b0f14", "#e5c07b", true)
        case .headline: ("#e5c07b", nil, true)
        case .bar: ("#e06c75", nil, false)
        case .value: ("#ffffff", nil, true)
        case .dim: ("#7f8794", nil, false)
        case .warning: ("#e06c75", nil, true)
        case .status: ("#0b0f14", "#d8dee9", false)
        case .accent: ("#98c379", nil, true)
        }
    }

    public static func render(_ canvas: Canvas) -> String {
        let width = Double(canvas.size.cols) * cellWidth + 20, height = canvas.size.rows * cellHeight + 20
        var out = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(fmt(width))\" height=\"\(height)\" viewBox=\"0 0 \(fmt(width)) \(height)\">",
            "<rect width=\"100%\" height=\"100%\" rx=\"8\" fill=\"#0b0f14\"/>",
            "<g font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" font-size=\"16\" xml:space=\"preserve\">",
        ]
        for r in 0 ..< canvas.size.rows {
            var c = 0
            while c < canvas.size.cols {
                let role = canvas[r, c].role
                let start = c
                var text = ""
                while c < canvas.size.cols && canvas[r, c].role == role {
                    text.append(canvas[r, c].ch)
                    c += 1
                }
                let (fg, bg, bold) = style(role)
                let x = 10 + Double(start) * cellWidth, y = 10 + r * cellHeight
                if let bg {
                    out.append("<rect x=\"\(fmt(x))\" y=\"\(y)\" width=\"\(fmt(Double(c - start) * cellWidth))\" height=\"\(cellHeight)\" fill=\"\(bg)\"/>")
                }
                if text.contains(where: { $0 != " " }) {
                    out.append("<text x=\"\(fmt(x))\" y=\"\(y + 14)\" fill=\"\(fg)\"\(bold ? " font-weight=\"bold\"" : "") textLength=\"\(fmt(Double(c - start) * cellWidth))\" lengthAdjust=\"spacingAndGlyphs\">\(XMLText.escape(text))</text>")
                }
            }
        }
        out += ["</g>", "</svg>", ""]
        return out.joined(separator: "\n")
    }

    static func fmt(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }
}
