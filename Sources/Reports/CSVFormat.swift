import CallbackModel
import Readout

/// One header row, then one row per line of the document. A table maps column for column;
/// a report is written as `section,key,exact,decimal,percent`. Every file ends with a
/// `note` column, so the columns are the same whatever the data: a value that cannot be
/// given (an n/a point, a budget that lasts forever) leaves its number columns empty and
/// says why there, and numeric columns only ever hold numbers. A duration's key names its
/// unit (`budget_lasts_days`).
public enum CSVFormat {
    public static func render(_ doc: Document) -> String {
        var lines: [[String]] = []
        switch doc.body {
        case .report(let sections):
            lines.append(["section", "key", "exact", "decimal", "percent", "note"])
            // Formulas are not rows of figures: JSON and the text formats carry them.
            for section in sections where section.key != "formula" {
                lines += section.lines.map { [section.key, key($0)] + probabilityFields($0.value) + [note([$0.value])] }
            }
        case .table(let table):
            // A sweep's formula (failure against N) is one column, written once: on the first row.
            let formula = table.key == "sweep" ? doc.formulas.map { $0.failure.ascii } : nil
            lines.append([table.rowHeader] + table.columns.flatMap { c in
                c.isCharted ? ["\(c.key)_exact", "\(c.key)_decimal", "\(c.key)_percent"] : [c.key]
            } + (formula == nil ? [] : ["formula"]) + ["note"])
            for (i, row) in table.rows.enumerated() {
                lines.append([row.label.text] + zip(table.columns, row.values).flatMap { c, v in
                    c.isCharted ? probabilityFields(v) : [plain(v)]
                } + (formula.map { [i == 0 ? $0 : ""] } ?? []) + [note(row.values)])
            }
        }
        return lines.map { $0.map(quote).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// A report line's key, with the unit when the value is a duration (given in days).
    static func key(_ line: ReportLine) -> String {
        if case .duration = line.value { return line.key + "_days" }
        return line.key
    }

    static func probabilityFields(_ v: Value) -> [String] {
        switch v {
        case .probability(let x): [x.description, ExactText.decimal(x), ExactText.percentNumber(x)]
        case .number(let x), .writes(let x), .money(let x), .times(let x): [x.description, ExactText.decimal(x), ""]
        case .duration(let d): [d?.description ?? "", d.map(ExactText.decimal) ?? "", ""]
        case .text(let t): [t, "", ""]
        case .formula(_, let ascii, _, _): [ascii, "", ""]
        case .unavailable: ["", "", ""]
        }
    }

    static func plain(_ v: Value) -> String {
        switch v {
        case .number(let x), .writes(let x), .probability(let x), .money(let x), .times(let x): x.description
        case .duration(let d): d?.description ?? ""
        case .text(let t): t
        case .formula(_, let ascii, _, _): ascii
        case .unavailable: ""
        }
    }

    /// Why some of the values have no number: the first n/a reason, or "forever".
    static func note(_ values: [Value]) -> String {
        for v in values {
            switch v {
            case .unavailable(let why): return why
            case .duration(nil): return "forever"
            default: continue
            }
        }
        return ""
    }

    /// RFC 4180: quote fields holding a comma, quote or line break; double inner quotes.
    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
