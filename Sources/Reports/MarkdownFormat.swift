import CallbackModel
import Readout

/// GitHub-flavoured Markdown tables, with the full exact fractions.
public enum MarkdownFormat {
    public static func render(_ doc: Document) -> String {
        var lines = ["## \(doc.title)", "", Documents.parameterLine(doc.parameters)]
        for section in doc.sections {
            lines += ["", "### \(section.title)", ""]
            let columns = section.columns ?? [Column("value", "value")]
            let first = section.columns == nil ? "" : (section.key == "sweep" ? "servers" : "strategy")
            lines.append("| \(first) | " + columns.map(\.title).joined(separator: " | ") + " |")
            lines.append("|---|" + columns.map { _ in "---:|" }.joined())
            for row in section.rows {
                lines.append("| \(row.label) | " + row.values.map(cell).joined(separator: " | ") + " |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func cell(_ v: Value) -> String {
        switch v {
        case .probability(let x): "\(x.description) = \(x.percent())"
        case .unavailable(let why): "n/a (\(why.replacingOccurrences(of: "|", with: "\\|")))"
        default: TextFormat.plain(v)
        }
    }
}
