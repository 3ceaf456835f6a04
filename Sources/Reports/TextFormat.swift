import CallbackModel
import Readout

/// Human-readable text with ASCII bar charts: safe in pipes, logs and any terminal.
public enum TextFormat {
    static let barWidth = 30
    /// Fractions longer than this are abbreviated here; JSON, CSV and Markdown keep them whole.
    static let fractionWidth = 32

    public static func render(_ doc: Document) -> String {
        var lines = [doc.title, "  " + Documents.parameterLine(doc.parameters, omitting: doc.unused)]
        switch doc.body {
        case .report(let sections): lines += report(sections)
        case .table(let table):
            lines += ["", table.title] + self.table(table)
            if let f = doc.formulas, case .table = doc.body, table.key == "sweep" {
                lines += ["", f.symbolic.isEmpty ? "Formula" : "Formula in " + f.symbolic.joined(separator: ", "), "  failure  " + f.failure.unicode]
            }
        }
        return lines.map { trimTrailing($0) }.joined(separator: "\n") + "\n"
    }

    static func report(_ sections: [ReportSection]) -> [String] {
        let listed = sections.flatMap(\.lines)
        // One label width for the whole report, so values line up from section to section.
        let width = listed.map(\.label.count).max() ?? 0
        // And one value width, so every bar starts in the same column.
        let probabilities = listed.map(\.value).filter { if case .probability = $0 { true } else { false } }
        let valueWidth = probabilities.map { plain($0).count }.max() ?? 0
        var lines: [String] = []
        for section in sections {
            lines += ["", section.title]
            for line in section.lines {
                lines.append("  " + pad(line.label, width) + "  " + cell(line.value, width: valueWidth))
                if case .formula(_, _, let substituted, let value) = line.value, let substituted, let value {
                    // The same law with this configuration's values written in, and its value.
                    let exact = ExactText.fraction(value, maxWidth: fractionWidth)
                    lines.append("  " + pad("", width) + "  = " + (substituted == exact ? exact : substituted + " = " + exact))
                }
            }
        }
        return lines
    }

    static func table(_ table: Table) -> [String] {
        let texts = table.rows.map { $0.values.map(plain) }
        let labelWidth = max(8, table.rows.map(\.label.text.count).max() ?? 0)
        var widths = table.columns.map(\.title.count)
        for row in texts { for (i, t) in row.enumerated() { widths[i] = max(widths[i], t.count) } }
        var header = "  " + pad(table.rowHeader, labelWidth)
        for (i, c) in table.columns.enumerated() {
            header += "  " + pad(c.title, widths[i])
            if c.isCharted { header += "  " + String(repeating: " ", count: barWidth) }
        }
        var lines = [header]
        for (row, text) in zip(table.rows, texts) {
            var line = "  " + pad(row.label.text, labelWidth)
            for (i, t) in text.enumerated() {
                line += "  " + pad(t, widths[i])
                if table.columns[i].isCharted { line += "  " + bar(row.values[i]) }
            }
            lines.append(line)
        }
        for row in table.rows {
            if case .unavailable(let why) = row.values.first { lines.append("  n/a at \(row.label.text): \(why)") }
        }
        return lines
    }

    static func cell(_ v: Value, width: Int) -> String {
        if case .probability = v { return pad(plain(v), width) + "  " + bar(v) }
        return plain(v)
    }

    static func bar(_ v: Value) -> String {
        guard case .probability(let x) = v else { return String(repeating: " ", count: barWidth) }
        return "|" + Bar.padded(x, width: barWidth - 1, glyphs: .ascii)
    }

    static func plain(_ v: Value) -> String {
        switch v {
        case .probability(let x): ExactText.probability(x, maxWidth: fractionWidth)
        case .number(let x), .writes(let x): ExactText.approximate(x, maxWidth: fractionWidth)
        case .money(let x): ExactText.money(x)
        case .times(let x): ExactText.times(x)
        case .duration(let days): days.map(ExactText.duration) ?? "forever"
        case .text(let t): t
        case .formula(let unicode, _, _, _): unicode
        case .unavailable: "n/a"
        }
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - s.count))
    }

    static func trimTrailing(_ s: String) -> String {
        var s = Substring(s)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
