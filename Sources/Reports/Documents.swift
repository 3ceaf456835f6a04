import BigInt
import Readout
import CallbackModel

/// Builds the documents of `report`, `compare` and `sweep` from the engine's results.
public enum Documents {
    public static func report(_ r: CallbackResult) -> Document {
        let p = r.parameters
        var byOrigin = [Row(key: "stable", label: "stable origin", [.probability(r.failureByOrigin[.stable] ?? .zero)])]
        if let canary = r.failureByOrigin[.canary] {
            byOrigin.append(Row(key: "canary", label: "canary origin", [.probability(canary)]))
        }
        let impact = r.impact
        return Document(title: "Callback failure", parameters: p, sections: [
            Section(key: "outcome", title: "Outcome", rows: [
                Row(key: "failure", label: "failure", [.probability(r.failure)]),
                Row(key: "success", label: "success", [.probability(r.success)]),
            ]),
            Section(key: "by_origin", title: "Failure by origin", rows: byOrigin),
            Section(key: "routing", title: "Routing of the first attempt", rows: RouteCase.allCases.map {
                Row(key: $0.key, label: $0.rawValue, [.probability(r.routing[$0] ?? .zero)])
            }),
            Section(key: "cost", title: "Cost", rows: [
                Row(key: "expected_attempts", label: "expected attempts", [.number(r.expectedAttempts)]),
                Row(key: "writes_per_order", label: "writes per order", [.number(r.writesPerOrder)]),
            ]),
            Section(key: "impact", title: "Impact at \(ExactText.count(p.ordersPerMinute)) orders/min of \(ExactText.money(p.orderValue))", rows: [
                Row(key: "failed_per_minute", label: "failed orders per minute", [.number(impact.failedPerMinute)]),
                Row(key: "lost_per_minute", label: "lost per minute", [.money(impact.lostPerMinute)]),
                Row(key: "lost_per_day", label: "lost per day", [.money(impact.lostPerDay)]),
                Row(key: "lost_per_year", label: "lost per year (365 days)", [.money(impact.lostPerYear)]),
            ]),
            Section(key: "error_budget", title: "Error budget at an SLO of \(p.slo.percent(places: 2))", rows: [
                Row(key: "budget", label: "budget (1 − SLO)", [.probability(impact.budget)]),
                Row(key: "burn_rate", label: "burn rate", [.times(impact.burnRate)]),
                Row(key: "budget_lasts", label: "a 30-day budget lasts", [.duration(impact.budgetLastsDays)]),
            ]),
        ])
    }

    public static func compare(_ base: Parameters, _ rows: [CallbackModel.Row<Strategy>]) -> Document {
        let columns = [Column("failure", "failure"), Column("writes_per_order", "writes/order"), Column("complexity", "complexity")]
        return Document(title: "Strategies compared", parameters: base, sections: [
            Section(key: "strategies", title: "Strategies", rows: rows.map { row in
                let values: [Value]
                switch row.outcome {
                case .result(let r): values = [.probability(r.failure), .number(r.writesPerOrder), .text(row.key.complexity)]
                case .unavailable(let why): values = [.unavailable(why), .unavailable(why), .text(row.key.complexity)]
                }
                return Row(key: row.key.name, label: row.key.name, values)
            }, columns: columns),
        ])
    }

    public static func sweep(_ base: Parameters, _ rows: [CallbackModel.Row<BigInt>]) -> Document {
        Document(title: "Failure against servers", parameters: base, sections: [
            Section(key: "sweep", title: "Servers", rows: rows.map { row in
                let value: Value
                switch row.outcome {
                case .result(let r): value = .probability(r.failure)
                case .unavailable(let why): value = .unavailable(why)
                }
                return Row(key: row.key.description, label: row.key.description, [value])
            }, columns: [Column("failure", "failure")]),
        ])
    }

    /// One line with every parameter, as the explorer's header shows them.
    public static func parameterLine(_ p: Parameters) -> String {
        var parts = ["servers \(Rational.grouped(p.servers))"]
        if p.hasCanary {
            parts.append("canary \((p.canaryShare * 100).decimal(places: 4, trimZeros: true))% on \(p.canaryServers)")
        } else {
            parts.append("canary 0%")
        }
        parts.append("strategy \(p.strategy.name)")
        parts.append("retries \(p.retries)")
        if p.strategy == .replicate { parts.append("replicas \(p.replicas)") }
        return parts.joined(separator: " · ")
    }
}
