import BigInt
import CallbackModel
import Readout

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
        let columns: [Column] = [.failure, .writesPerOrder, .complexity] + incidentColumns(base)
        let table = Table(key: "strategies", title: "Strategies", rowHeader: "strategy", columns: columns, rows: rows.map { row in
            let complexity = Value.text(row.key.complexity)
            switch row.outcome {
            case .result(let r):
                return TableRow(.strategy(row.key), [.probability(r.failure), .writes(r.writesPerOrder), complexity] + incidentCells(r, base))
            case .unavailable(let why):
                return TableRow(.strategy(row.key), [.unavailable(why), .unavailable(why), complexity] + incidentCells(why, base))
            }
        })
        return Document(title: "Strategies compared", parameters: base, body: .table(table), unused: [.strategy])
    }

    public static func sweep(_ base: Parameters, _ rows: [Row<BigInt>]) -> Document {
        // With incident settings, each point also shows its failure across them (SPEC §6).
        let columns: [Column] = [.failure] + incidentColumns(base)
        let table = Table(key: "sweep", title: "Servers", rowHeader: "servers", columns: columns, rows: rows.map { row in
            switch row.outcome {
            case .result(let r):
                return TableRow(.servers(row.key), [.probability(r.failure)] + incidentCells(r, base))
            case .unavailable(let why):
                return TableRow(.servers(row.key), [.unavailable(why)] + incidentCells(why, base))
            }
        })
        return Document(title: "Failure against servers", parameters: base, body: .table(table), formulas: FormulaEngine.acrossServers(base),
                        unused: [.servers])
    }

    /// SPEC §6's columns of compare and sweep, when an incident setting was given.
    static func incidentColumns(_ base: Parameters) -> [Column] {
        base.incidents.isAsked ? [.scaleFailure, .crashFailure, .failedPerDay] : []
    }

    static func incidentCells(_ r: CallbackResult, _ base: Parameters) -> [Value] {
        guard base.incidents.isAsked, let i = r.incidents else { return [] }
        return [i.scale.map(IncidentLines.outcome) ?? .text("–"), IncidentLines.outcome(i.crash), i.perDay.total.map { .number($0) } ?? .unavailable("unknown: a part of it cannot be computed")]
    }

    static func incidentCells(_ why: String, _ base: Parameters) -> [Value] {
        incidentColumns(base).map { _ in .unavailable(why) }
    }

    /// One line with the parameters a command uses, as the explorer's header shows them.
    /// Replicas show when a row uses them: the replicate strategy, or compare's every strategy.
    public static func parameterLine(_ p: Parameters, omitting unused: Set<ParameterName> = []) -> String {
        var parts: [String] = []
        if !unused.contains(.servers) { parts.append("servers \(Rational.grouped(p.servers))") }
        if !p.pools.isEmpty {
            parts.append(p.pools.count <= 4 ? "pools " + p.pools.map(\.text).joined(separator: " ") : "\(p.pools.count) pools")
        } else if p.hasCanary {
            parts.append("canary \(ExactText.givenPercent(p.canaryShare)) on \(Rational.grouped(p.canaryServers))")
        } else {
            parts.append("canary 0%")
        }
        if !unused.contains(.strategy) { parts.append("strategy \(p.strategy.name)") }
        parts.append("retries \(p.retries)")
        if p.callbackRouting == .providerAddress { parts.append("callbacks pinned by provider address") }
        if p.strategy == .replicate || unused.contains(.strategy) { parts.append("replicas \(p.replicas)") }
        return parts.joined(separator: " · ")
    }
}
