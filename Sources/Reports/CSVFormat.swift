import CallbackModel
import Readout

/// One header row, then one row per line of the document. Tables (compare, sweep) map
/// column for column; a report is written as `section,key,exact,decimal,percent`.
public enum CSVFormat {
    public static func render(_ doc: Document) -> String {
        var lines: [[String]] = []
        if let table = doc.sections.first(where: { $0.columns != nil }), let columns = table.columns {
            let first = table.key == "sweep" ? "servers" : "strategy"
            var header = [first]
            for c in columns {
                if c.key == "failure" { header += ["failure_exact", "failure_decimal", "failure_percent"] } else { header.append(c.key) }
            }
            lines.append(header)
            for row in table.rows {
                var fields = [row.key]
                for (c, v) in zip(columns, row.values) {
                    if c.key == "failure" { fields += probabilityFields(v) } else { fields.append(plain(v)) }
                }
                lines.append(fields)
            }
        } else {
            lines.append(["section", "key", "exact", "decimal", "percent"])
            for section in doc.sections {
                for row in section.rows {
                    lines.append([section.key, row.key] + probabilityFields(row.values[0]))
                }
            }
        }
        return lines.map { $0.map(quote).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func probabilityFields(_ v: Value) -> [String] {
        switch v {
        case .probability(let x): [x.description, ExactText.decimal(x), ExactText.percentNumber(x)]
        case .number(let x), .money(let x), .times(let x): [x.description, ExactText.decimal(x), ""]
        case .duration(let d): [d?.description ?? "", d.map(ExactText.decimal) ?? "forever", ""]
        case .text(let t): [t, "", ""]
        case .unavailable(let why): ["n/a", why, ""]
        }
    }

    static func plain(_ v: Value) -> String {
        switch v {
        case .number(let x), .probability(let x), .money(let x), .times(let x): x.description
        case .duration(let d): d?.description ?? "forever"
        case .text(let t): t
        case .unavailable: "n/a"
        }
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
