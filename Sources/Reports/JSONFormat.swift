import BigInt
import Readout
import CallbackModel

/// One JSON object. Exact values are strings "p/q" with a sibling decimal; key order is
/// fixed so output is stable for diffs and scripts.
public enum JSONFormat {
    public static func render(_ doc: Document) -> String {
        var fields: [(String, JSON)] = [("parameters", parameters(doc.parameters))]
        for section in doc.sections {
            if section.columns != nil {
                fields.append((section.key, .array(section.rows.map { tableRow($0, section) })))
            } else if section.key == "outcome" || section.key == "cost" {
                // Top-level keys that scripts rely on: failure, success, expected_attempts, writes_per_order.
                for row in section.rows { fields.append((row.key, value(row.values[0], key: row.key))) }
            } else {
                fields.append((section.key, .object(section.rows.map { ($0.key, value($0.values[0], key: $0.key)) })))
            }
        }
        return JSON.object(fields).text(indent: 0) + "\n"
    }

    static func tableRow(_ row: Row, _ section: Section) -> JSON {
        let labelKey = section.key == "sweep" ? "servers" : "strategy"
        let label: JSON = section.key == "sweep" ? .raw(row.key) : .string(row.key)
        var fields: [(String, JSON)] = [(labelKey, label)]
        for (column, v) in zip(section.columns ?? [], row.values) { fields.append((column.key, value(v, key: column.key))) }
        return .object(fields)
    }

    static func value(_ v: Value, key: String) -> JSON {
        switch v {
        case .probability(let x):
            return .object([("exact", .string(x.description)), ("decimal", .raw(ExactText.decimal(x))),
                            ("percent", .raw(ExactText.percentNumber(x)))])
        case .number(let x) where key == "writes_per_order" && x.isInteger:
            return .raw(x.numerator.description)
        case .number(let x), .money(let x), .times(let x):
            return .object([("exact", .string(x.description)), ("decimal", .raw(ExactText.decimal(x)))])
        case .duration(let days):
            guard let days else { return .null }
            return .object([("exact_days", .string(days.description)), ("decimal_days", .raw(ExactText.decimal(days))),
                            ("text", .string(ExactText.duration(days: days)))])
        case .text(let t):
            return .string(t)
        case .unavailable(let why):
            return .object([("unavailable", .string(why))])
        }
    }

    /// Inputs echo as they were typed: a decimal when it terminates ("99.9"), else "p/q".
    static func readable(_ x: Rational) -> String { x.terminatingDecimal ?? x.description }

    static func parameters(_ p: Parameters) -> JSON {
        .object([
            ("servers", .raw(p.servers.description)),
            ("canary_percent", .string(readable(p.canaryShare * 100))),
            ("canary_servers", .raw(p.canaryServers.description)),
            ("strategy", .string(p.strategy.name)),
            ("retries", .raw(String(p.retries))),
            ("replicas", .raw(p.replicas.description)),
            ("orders_per_minute", .string(readable(p.ordersPerMinute))),
            ("order_value", .string(readable(p.orderValue))),
            ("slo_percent", .string(readable(p.slo * 100))),
        ])
    }
}
