import BigInt
import CallbackModel

/// Builds the documents of `report`, `compare` and `sweep` from the engine's results.
public enum Documents {
    public static func report(_ r: CallbackResult) -> Document {
        let p = r.parameters
        var sections: [ReportSection] = [
            .outcome(failure: r.failure, success: r.success),
            .byOrigin(stable: r.failureByOrigin[.stable] ?? .zero, canary: r.failureByOrigin[.canary]),
            .routing(r.routing),
            .cost(expectedAttempts: r.expectedAttempts, writesPerOrder: r.writesPerOrder),
            .impact(r.impact, ordersPerMinute: p.ordersPerMinute, orderValue: p.orderValue),
            .errorBudget(r.impact, slo: p.slo),
        ]
        if let incidents = r.incidents { sections.append(.incidents(incidents, p)) }
        sections.append(.formula(FormulaEngine.derive(p)))
        return Document(title: "Callback failure", parameters: p, body: .report(sections))
    }

    public static func compare(_ base: Parameters, _ rows: [Row<Strategy>]) -> Document {
        let incidents = base.incidents.isAsked
        let columns: [Column] = [.failure, .writesPerOrder, .complexity] + (incidents ? [.scaleFailure, .crashFailure, .failedPerDay] : [])
        let table = Table(key: "strategies", title: "Strategies", rowHeader: "strategy", columns: columns, rows: rows.map { row in
            let complexity = Value.text(row.key.complexity)
            switch row.outcome {
            case .result(let r):
                var values: [Value] = [.probability(r.failure), .writes(r.writesPerOrder), complexity]
                if incidents, let i = r.incidents {
                    values += [i.scale.map(IncidentLines.outcome) ?? .text("–"), IncidentLines.outcome(i.crash), .number(i.perDay.total)]
                }
                return TableRow(.strategy(row.key), values)
            case .unavailable(let why):
                return TableRow(.strategy(row.key), [.unavailable(why), .unavailable(why), complexity]
                                + (incidents ? [.unavailable(why), .unavailable(why), .unavailable(why)] : []))
            }
        })
        return Document(title: "Strategies compared", parameters: base, body: .table(table), unused: [.strategy])
    }

    public static func sweep(_ base: Parameters, _ rows: [Row<BigInt>]) -> Document {
        // With incident settings, each point also shows its failure across them (SPEC §6).
        let incidents = base.incidents.isAsked
        let columns: [Column] = [.failure] + (incidents ? [.scaleFailure, .crashFailure, .failedPerDay] : [])
        let table = Table(key: "sweep", title: "Servers", rowHeader: "servers", columns: columns, rows: rows.map { row in
            switch row.outcome {
            case .result(let r):
                var values: [Value] = [.probability(r.failure)]
                if incidents, let i = r.incidents {
                    values += [i.scale.map(IncidentLines.outcome) ?? .text("–"), IncidentLines.outcome(i.crash), .number(i.perDay.total)]
                }
                return TableRow(.servers(row.key), values)
            case .unavailable(let why):
                return TableRow(.servers(row.key), [.unavailable(why)] + (incidents ? [.unavailable(why), .unavailable(why), .unavailable(why)] : []))
            }
        })
        return Document(title: "Failure against servers", parameters: base, body: .table(table), formulas: FormulaEngine.derive(base),
                        unused: [.servers])
    }

    /// One line with the parameters a command uses, as the explorer's header shows them.
    /// Replicas show when a row uses them: the replicate strategy, or compare's every strategy.
    public static func parameterLine(_ p: Parameters, omitting unused: Set<ParameterName> = []) -> String {
        var parts: [String] = []
        if !unused.contains(.servers) { parts.append("servers \(Rational.grouped(p.servers))") }
        if p.hasCanary {
            parts.append("canary \((p.canaryShare * 100).decimal(places: 4, trimZeros: true))% on \(p.canaryServers)")
        } else {
            parts.append("canary 0%")
        }
        if !unused.contains(.strategy) { parts.append("strategy \(p.strategy.name)") }
        parts.append("retries \(p.retries)")
        if p.strategy == .replicate || unused.contains(.strategy) { parts.append("replicas \(p.replicas)") }
        return parts.joined(separator: " · ")
    }
}
