import CallbackModel

/// GitHub-flavoured Markdown tables, with the full exact fractions.
public enum MarkdownFormat {
    public static func render(_ doc: Document) -> String {
        var lines = ["## \(doc.title)", "", Documents.parameterLine(doc.parameters, omitting: doc.unused)]
        switch doc.body {
        case .report(let sections):
            for section in sections {
                lines += ["", "### \(section.title)", "", "|  | value |", "|---|---:|"]
                lines += section.lines.map { "| \($0.label) | \(cell($0.value)) |" }
            }
        case .table(let table):
            lines += ["", "### \(table.title)", ""]
            lines.append("| \(table.rowHeader) | " + table.columns.map(\.title).joined(separator: " | ") + " |")
            lines.append("|---|" + table.columns.map { $0.isNumeric ? "---:|" : "---|" }.joined())
            lines += table.rows.map { "| \($0.label.text) | " + $0.values.map(cell).joined(separator: " | ") + " |" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func cell(_ v: Value) -> String {
        switch v {
        case .probability(let x): "\(x.description) = \(x.percent())"
        case .unavailable(let why): "n/a (\(why.replacingOccurrences(of: "|", with: "\\|")))"
        case .formula(let unicode, _, let substituted, let value):
            ["`\(unicode)`", substituted, value?.description == substituted ? nil : value?.description].compactMap { $0 }.joined(separator: " = ")
        default: TextFormat.plain(v)
        }
    }
}
