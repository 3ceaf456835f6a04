import BigInt
import CallbackModel
import Readout

/// The charts, built from the engine's results; each is a `BarList` or plain lines.
enum Panels {
    /// Said under a chart's title while its rows are still being computed.
    static let computing = "computing…"

    /// Measures how a result's probabilities read (kept by `ProbabilityReadings.of`), on
    /// the thread that computed it: the charts then only look them up, and the frame
    /// that waits for a view's answers is not spent on long divisions after the last one.
    static func prepare(_ r: CallbackResult) {
        var shown = [r.failure] + r.failureByOrigin.values
        if let i = r.incidents { shown += [i.scale?.value, i.crash.value].compactMap { $0 } }
        for x in shown { _ = ProbabilityReadings.of(x) }
    }

    static func compare(_ rows: [Row<Strategy>]?, current: Strategy) -> BarList {
        BarList("All strategies at these parameters", (rows ?? []).map { row in
            switch row.outcome {
            case .result(let r):
                let writes = ExactText.count(r.writesPerOrder)
                // Every number a row uses is on screen: the replicate row names its r.
                let label = row.key == .replicate ? "replicate r=\(Rational.grouped(r.parameters.replicas))" : row.key.name
                return .init(label, probability: r.failure,
                             note: "\(writes) write\(writes == "1" ? "" : "s") · \(row.key.complexity)", current: row.key == current)
            case .unavailable(let why):
                return .init(row.key.name, nil, value: "n/a", note: why, current: row.key == current)
            }
        }, placeholder: rows == nil ? computing : nil)
    }

    static func sweep(_ rows: [Row<BigInt>]?, current: BigInt) -> BarList {
        BarList("Failure against the number of servers N", (rows ?? []).map { row in
            let label = "N = " + Rational.grouped(row.key)
            switch row.outcome {
            case .result(let r): return .init(label, probability: r.failure, current: row.key == current)
            case .unavailable: return .init(label, nil, value: "n/a", current: row.key == current)
            }
        }, placeholder: rows == nil ? computing : nil)
    }

    static func byOrigin(_ r: CallbackResult) -> BarList {
        var items = [BarList.Item("stable origin", probability: r.failureByOrigin[.stable] ?? .zero)]
        if let canary = r.failureByOrigin[.canary] {
            items.append(.init("canary origin", probability: canary))
        }
        return BarList("Failure by the pool that took the order", items)
    }

    /// Weighted pools: each pool's share of the requests (size × weight over the total).
    static func pools(_ p: Parameters, focus: Int) -> BarList {
        let total = p.pools.reduce(Rational.zero) { $0 + $1.weight * Rational($1.size) }
        return BarList("Share of requests by pool ([ ] choose, M m size, C c weight)", p.pools.enumerated().map { i, c in
            .init("\(c.name)\(c.canary ? " (canary)" : "") \(Rational.grouped(c.size))×\(PoolAdjust.weightText(c.weight))",
                  probability: c.weight * Rational(c.size) / total, current: i == focus)
        })
    }

    static func routing(_ r: CallbackResult) -> BarList {
        BarList("Where the first callback attempt lands", RouteCase.allCases.map {
            .init($0.rawValue, probability: r.routing[$0] ?? .zero)
        })
    }

    /// The impact view: money, budget, and the cost of the strategy, as bars where they are fractions.
    static func impact(_ r: CallbackResult) -> [String] {
        let i = r.impact
        let p = r.parameters
        return [
            "Impact at \(ExactText.givenCount(p.ordersPerMinute)) orders a minute of \(ExactText.givenMoney(p.orderValue)) each",
            "  failed orders    \(ExactText.count(i.failedPerMinute)) a minute",
            "  money lost       \(ExactText.money(i.lostPerMinute)) a minute",
            "                   \(ExactText.money(i.lostPerDay)) a day",
            "                   \(ExactText.money(i.lostPerYear)) a year (365 days)",
            "",
            "Error budget at an SLO of \(p.slo.percent(places: 2))",
            "  budget           \(ExactText.probability(i.budget, maxWidth: 20)) of callbacks may fail",
            "  burn rate        \(ExactText.times(i.burnRate)) the sustainable rate",
            "  30-day budget    " + (i.budgetLastsDays.map { "lasts \(ExactText.duration(days: $0))" } ?? "never spent: nothing fails"),
            "",
            "Cost of the strategy",
            "  attempts         \(number(r.expectedAttempts)) per callback on average",
            "  writes           \(number(r.writesPerOrder)) per order",
        ]
    }

    static func number(_ x: Rational) -> String {
        ExactText.approximate(x, maxWidth: 20)
    }

    // SPEC §6: every strategy across the scale event and a crash, and the failed orders a
    // day by cause against the error budget.
    static func acrossScale(_ rows: [Row<Strategy>]?, _ p: Parameters) -> BarList {
        let to = p.incidents.scaleTo ?? p.servers + 1
        return incidentList("Across a scale event \(Rational.grouped(p.servers)) → \(Rational.grouped(to)) (\(p.incidents.hashing.rawValue) hashing)",
                            rows, current: p.strategy) { $0.scale }
    }

    static func acrossCrash(_ rows: [Row<Strategy>]?, _ p: Parameters) -> BarList {
        incidentList("Across a crash of one server", rows, current: p.strategy) { $0.crash }
    }

    static func incidentList(_ title: String, _ rows: [Row<Strategy>]?, current: Strategy,
                             _ pick: @escaping (IncidentReport) -> IncidentReport.Outcome?) -> BarList {
        BarList(title, (rows ?? []).map { row in
            switch row.result?.incidents.flatMap(pick) {
            case .failure(let x)?: return .init(row.key.name, probability: x, current: row.key == current)
            case .unavailable(let why)?: return .init(row.key.name, nil, value: "n/a", note: why, current: row.key == current)
            case nil: return .init(row.key.name, nil, value: "n/a", current: row.key == current)
            }
        }, placeholder: rows == nil ? computing : nil)
    }

    /// Bars are shares of the day's orders; the budget row is what the SLO allows.
    static func perDay(_ rows: [Row<Strategy>]?, _ p: Parameters) -> BarList {
        let title = "Failed orders a day, \(p.strategy.name) (bars: share of \(ExactText.count(p.ordersPerMinute * 1440)) orders)"
        guard let i = rows?.first(where: { $0.key == p.strategy })?.result?.incidents else {
            return BarList(title, [], placeholder: rows == nil ? computing : "n/a")
        }
        let orders = p.ordersPerMinute * 1440
        func item(_ label: String, _ unknown: Rational?) -> BarList.Item {
            guard let x = unknown else { return .init(label, nil, value: "n/a") }
            let share = orders.isZero ? Rational.zero : x / orders
            return .init(label, share, value: "\(ExactText.count(x)) a day = \(share.percent())")
        }
        let d = i.perDay
        return BarList(title, [item("routing", d.routing), item("scale events", d.scale), item("crashes", d.crash),
                               item("expired state", d.expiry), item("total", d.total),
                               item("error budget", orders * (.one - p.slo))])
    }
}
