import CallbackModel
import Readout

/// An SVG of the document's bar charts with the exact values as text. It draws its own
/// panel (white, dark text, one strong bar colour) so it reads on a light or a dark slide.
public enum SVGFormat {
    static let width = 880
    static let rowHeight = 26
    static let labelWidth = 230
    static let barWidth = 300

    public static func render(_ doc: Document) -> String {
        var body: [String] = []
        var y = 40
        body.append(text(20, y, doc.title, size: 20, weight: "bold"))
        y += 24
        body.append(text(20, y, Documents.parameterLine(doc.parameters, omitting: doc.unused), size: 13, fill: "#444444"))
        switch doc.body {
        case .report(let sections):
            for section in sections where section.key != "formula" {
                chart(section.title, section.lines.map { ($0.label, [$0.value]) }, y: &y, into: &body)
            }
        case .table(let table):
            chart(table.title, table.rows.map { ($0.label.text, $0.values) }, y: &y, into: &body)
        }
        let height = y + 30
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">
        <rect x="0" y="0" width="\(width)" height="\(height)" rx="10" fill="#ffffff" stroke="#1a1a1a" stroke-width="2"/>
        \(body.joined(separator: "\n"))
        </svg>

        """
    }

    /// A titled group of rows: a bar and the exact value when a row leads with a
    /// probability, else its values as text.
    static func chart(_ title: String, _ rows: [(label: String, values: [Value])], y: inout Int, into body: inout [String]) {
        y += 34
        body.append(text(20, y, title, size: 15, weight: "bold"))
        for row in rows {
            y += rowHeight
            body.append(text(32, y, row.label, size: 13))
            guard let first = row.values.first else { continue }
            switch first {
            case .probability(let x):
                body.append("<rect x=\"\(labelWidth)\" y=\"\(y - 14)\" width=\"\(barWidth)\" height=\"16\" fill=\"#e6e9ef\"/>")
                let filled = (x * Rational(barWidth)).decimal(places: 1)
                body.append("<rect x=\"\(labelWidth)\" y=\"\(y - 14)\" width=\"\(filled)\" height=\"16\" fill=\"#c2410c\"/>")
                body.append(text(labelWidth + barWidth + 12, y, ExactText.probability(x, maxWidth: 40), size: 13, family: "monospace"))
            default:
                let rest = row.values.map(TextFormat.plain).joined(separator: "   ")
                body.append(text(labelWidth, y, rest, size: 13, family: "monospace"))
            }
        }
    }

    static func text(_ x: Int, _ y: Int, _ s: String, size: Int, weight: String = "normal", fill: String = "#1a1a1a", family: String? = nil) -> String {
        let font = family.map { " font-family=\"\($0)\"" } ?? ""
        return "<text x=\"\(x)\" y=\"\(y)\" font-size=\"\(size)\" font-weight=\"\(weight)\" fill=\"\(fill)\"\(font)>\(XMLText.escape(s))</text>"
    }
}
