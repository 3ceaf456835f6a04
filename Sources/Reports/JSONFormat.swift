import BigInt
import CallbackModel
import Readout

/// One JSON object. Exact values are strings "p/q" with a sibling decimal; key order is
/// fixed so output is stable for diffs and scripts.
public enum JSONFormat {
    public static func render(_ doc: Document) -> String {
        object(doc).text(indent: 0) + "\n"
    }

    static func object(_ doc: Document) -> JSON {
        var fields: [(String, JSON)] = [("parameters", parameters(doc.parameters, formulas: doc.formulas, omitting: doc.unused))]
        switch doc.body {
        case .report(let sections):
            // SPEC §5: each formula goes into the figure it explains, as the ASCII grammar.
            var formulas: [String: String] = [:]
            for section in sections {
                if case .formula = section {
                    for line in section.lines { if case .formula(_, let ascii, _, _) = line.value { formulas[line.key] = ascii } }
                }
            }
            func withFormula(_ key: String, _ json: JSON) -> JSON {
                guard let f = formulas[key], case .object(let members) = json else { return json }
                return .object(members + [("formula", .string(f))])
            }
            for section in sections {
                let members = section.lines.map { line in
                    (line.key, section.explainedByFormulas ? withFormula(line.key, value(line.value)) : value(line.value))
                }
                switch section {
                // SPEC §2 promises scripts these figures at the top level: `failure.exact`,
                // `success.exact`, `expected_attempts.exact`, `writes_per_order`.
                case .outcome, .cost: fields += members
                case .byOrigin, .routing, .impact, .errorBudget: fields.append((section.key, .object(members)))
                case .incidents:
                    // `incidents.scale.failure`, `incidents.crash.failure`, `incidents.expiry`,
                    // `incidents.per_day.*` (SPEC §6's keys).
                    var nested: [(String, JSON)] = [], perDay: [(String, JSON)] = []
                    for (key, json) in members {
                        if key.hasPrefix("per_day.") {
                            perDay.append((String(key.dropFirst("per_day.".count)), json))
                        } else if key == "expiry" {
                            nested.append((key, json))
                        } else {
                            nested.append((key, .object([("failure", json)])))
                        }
                    }
                    fields.append((section.key, .object(nested + [("per_day", .object(perDay))])))
                case .formula: break
                }
            }
        case .table(let table):
            fields.append((table.key, .array(table.rows.map { row in
                .object([(table.rowHeader, label(row.label))] + zip(table.columns, row.values).map { ($0.key, value($1)) })
            })))
            if let f = doc.formulas { fields.append(("formula", .string(f.failure.ascii))) }
        }
        return JSON.object(fields)
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
        case .formula(_, let ascii, _, _):
            return .string(ascii)
        case .unavailable(let why):
            return .object([("unavailable", .string(why))])
        }
    }

    /// Inputs echo as they were typed: a decimal when it terminates ("99.9"), else "p/q".
    static func readable(_ x: Rational) -> String { x.terminatingDecimal ?? x.description }

    /// The parameters as given, less those the command does not use; the incident settings
    /// when any was given; which variables the formulas keep as letters.
    static func parameters(_ p: Parameters, formulas: FormulaSet?, omitting unused: Set<ParameterName> = []) -> JSON {
        var symbolic: [(String, JSON)] = []
        if let f = formulas {
            symbolic = [("symbolic", .array(f.symbolic.map { .string($0) })), ("fixed_in_formula", .array(f.fixed.map { .string($0) }))]
        }
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
        return .object(all.filter { !unused.contains($0.0) }.map { ($0.1, $0.2) } + pools(p)
            + [("callback_routing", .string(p.callbackRouting.rawValue))] + incidents(p) + symbolic)
    }

    /// The weighted classes, when given.
    static func pools(_ p: Parameters) -> [(String, JSON)] {
        guard !p.pools.isEmpty else { return [] }
        return [("pools", .array(p.pools.map { c in
            .object([("name", .string(c.name)), ("size", .raw(c.size.description)),
                     ("weight", .string(readable(c.weight))), ("canary", .raw(c.canary ? "true" : "false"))])
        }))]
    }

    /// The incident settings, echoed when any was given.
    static func incidents(_ p: Parameters) -> [(String, JSON)] {
        let i = p.incidents
        guard i.isAsked else { return [] }
        return [("scale_to", i.scaleTo.map { .raw($0.description) } ?? .null),
                ("hashing", .string(i.hashing.rawValue)),
                ("scale_events_per_day", .string(readable(i.scaleEventsPerDay))),
                ("crashes_per_day", .string(readable(i.crashesPerDay))),
                ("callback_delay", .string(i.callbackDelay.text)),
                ("state_ttl", i.stateTTL.map { .string(readable($0)) } ?? .null)]
    }
}
