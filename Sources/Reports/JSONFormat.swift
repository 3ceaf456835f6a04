import BigInt
import CallbackModel
import Readout

/// One JSON object. Exact values are strings "p/q" with a sibling decimal; key order is
/// fixed so output is stable for diffs and scripts.
public enum JSONFormat {
    public static func render(_ doc: Document) -> String {
        var fields: [(String, JSON)] = [("parameters", parameters(doc.parameters, omitting: doc.unused))]
        switch doc.body {
        case .report(let sections):
            for section in sections {
                let members = section.lines.map { ($0.key, value($0.value)) }
                switch section {
                // SPEC §2 promises scripts these figures at the top level: `failure.exact`,
                // `success.exact`, `expected_attempts.exact`, `writes_per_order`.
                case .outcome, .cost: fields += members
                case .byOrigin, .routing, .impact, .errorBudget: fields.append((section.key, .object(members)))
                }
            }
        case .table(let table):
            fields.append((table.key, .array(table.rows.map { row in
                .object([(table.rowHeader, label(row.label))] + zip(table.columns, row.values).map { ($0.key, value($1)) })
            })))
        }
        return JSON.object(fields).text(indent: 0) + "\n"
    }

    static func label(_ label: RowLabel) -> JSON {
        switch label {
        case .servers(let n): .raw(n.description)
        case .strategy(let s): .string(s.name)
        }
    }

    static func value(_ v: Value) -> JSON {
        switch v {
        case .probability(let x):
            return .object([("exact", .string(x.description)), ("decimal", .raw(ExactText.decimal(x))),
                            ("percent", .raw(ExactText.percentNumber(x)))])
        case .writes(let x) where x.isInteger:
            return .raw(x.numerator.description)
        case .number(let x), .writes(let x), .money(let x), .times(let x):
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

    /// The parameters as given, less those the command does not use.
    static func parameters(_ p: Parameters, omitting unused: Set<ParameterName> = []) -> JSON {
        let all: [(ParameterName, String, JSON)] = [
            (.servers, "servers", .raw(p.servers.description)),
            (.canary, "canary_percent", .string(readable(p.canaryShare * 100))),
            (.canaryServers, "canary_servers", .raw(p.canaryServers.description)),
            (.strategy, "strategy", .string(p.strategy.name)),
            (.retries, "retries", .raw(String(p.retries))),
            (.replicas, "replicas", .raw(p.replicas.description)),
            (.ordersPerMinute, "orders_per_minute", .string(readable(p.ordersPerMinute))),
            (.orderValue, "order_value", .string(readable(p.orderValue))),
            (.slo, "slo_percent", .string(readable(p.slo * 100))),
        ]
        return .object(all.filter { !unused.contains($0.0) }.map { ($0.1, $0.2) })
    }
}
