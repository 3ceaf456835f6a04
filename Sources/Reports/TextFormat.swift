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
        return lines + notes(table)
    }

    /// Why each n/a cell has no number, as JSON and CSV say it, one line per reason:
    /// "n/a at 1: …" when it holds for every number of the row, else with the columns,
    /// "n/a at 2 (across crash): …"; rows that share the columns and the reason share a line.
    static func notes(_ table: Table) -> [String] {
        var notes: [(rows: [String], columns: [String]?, why: String)] = []
        for row in table.rows {
            var reasons: [(why: String, columns: [Int])] = []
            for (i, v) in row.values.enumerated() {
                guard case .unavailable(let why) = v else { continue }
                if let k = reasons.firstIndex(where: { $0.why == why }) { reasons[k].columns.append(i) } else { reasons.append((why, [i])) }
            }
            let numeric = table.columns.indices.filter { table.columns[$0].isNumeric }
            for (why, columns) in reasons {
                let named: [String]? = numeric.allSatisfy(columns.contains) ? nil : columns.map { table.columns[$0].title }
                if let k = notes.firstIndex(where: { $0.columns == named && $0.why == why }) {
                    notes[k].rows.append(row.label.text)
                } else {
                    notes.append(([row.label.text], named, why))
                }
            }
        }
        return notes.map { note in
            let every = table.rows.count > 1 && note.rows.count == table.rows.count
            let rows = every ? "every " + (table.rowHeader == "servers" ? "server count" : table.rowHeader) : note.rows.joined(separator: ", ")
            return "  n/a at \(rows)" + (note.columns.map { " (\($0.joined(separator: ", ")))" } ?? "") + ": \(note.why)"
        }
    }

    static func cell(_ v: Value, width: Int) -> String {
        if case .probability = v { return pad(plain(v), width) + "  " + bar(v) }
        // A report line has room for the reason JSON and CSV give (a table says it below).
        if case .unavailable(let why) = v { return "n/a — \(why)" }
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
