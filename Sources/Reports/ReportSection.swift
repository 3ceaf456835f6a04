import CallbackModel
import Readout

/// One group of `report`'s figures (SPEC §1), holding the engine's numbers; `lines` is the
/// one place they get their keys and labels, so every format lists them alike.
public enum ReportSection: Sendable {
    case outcome(failure: Rational, success: Rational)
    /// `canary` is nil when no order reaches a canary (c = 0): SPEC §2 leaves the key out.
    case byOrigin(stable: Rational, canary: Rational?)
    case routing([RouteCase: Rational])
    case cost(expectedAttempts: Rational, writesPerOrder: Rational)
    case impact(Impact, ordersPerMinute: Rational, orderValue: Rational)
    case errorBudget(Impact, slo: Rational)
    /// The laws behind the numbers (SPEC §5). JSON writes them into the figures they
    /// explain (`failure.formula`, …) rather than as a section of their own.
    case formula(FormulaSet)
    /// What the events of SPEC §6 do (only when an incident setting was given).
    case incidents(IncidentReport, Parameters)

    /// The section's name in CSV's `section` column and JSON's keys.
    public var key: String {
        switch self {
        case .outcome: "outcome"
        case .byOrigin: "by_origin"
        case .routing: "routing"
        case .cost: "cost"
        case .impact: "impact"
        case .errorBudget: "error_budget"
        case .formula: "formula"
        case .incidents: "incidents"
        }
    }

    /// Sections whose figures have a formula (JSON writes it beside the number).
    var explainedByFormulas: Bool {
        switch self {
        case .outcome, .byOrigin, .cost: true
        default: false
        }
    }

    public var title: String {
        switch self {
        case .outcome: "Outcome"
        case .byOrigin: "Failure by origin"
        case .routing: "Routing of the first attempt"
        case .cost: "Cost"
        case .impact(_, let orders, let value): "Impact at \(ExactText.givenCount(orders)) orders/min of \(ExactText.givenMoney(value))"
        case .errorBudget(_, let slo): "Error budget at an SLO of \(slo.percent(places: 2))"
        case .incidents(_, let p):
            "Incidents (\(p.incidents.hashing.rawValue) hashing, callbacks after \(p.incidents.callbackDelay.text) s"
                + (p.incidents.stateTTL.map { ", state kept \(JSONFormat.readable($0)) s" } ?? "") + ")"
        case .formula(let f):
            (f.symbolic.isEmpty ? "Formula" : "Formula in " + f.symbolic.joined(separator: ", "))
                + (f.fixed.isEmpty ? "" : " (" + f.fixed.map { name in
                    f.values[name].map { "\(name) = \(FormulaSection.given($0))" } ?? "\(name)"
                }.joined(separator: ", ") + " as given)")
        }
    }

    public var lines: [ReportLine] {
        switch self {
        case .outcome(let failure, let success):
            [ReportLine("failure", "failure", .probability(failure)),
             ReportLine("success", "success", .probability(success))]
        case .byOrigin(let stable, let canary):
            [ReportLine("stable", "stable origin", .probability(stable))]
                + (canary.map { [ReportLine("canary", "canary origin", .probability($0))] } ?? [])
        case .routing(let shares):
            RouteCase.allCases.map { ReportLine($0.key, $0.rawValue, .probability(shares[$0] ?? .zero)) }
        case .cost(let attempts, let writes):
            [ReportLine("expected_attempts", "expected attempts", .number(attempts)),
             ReportLine("writes_per_order", "writes per order", .writes(writes))]
        case .impact(let impact, _, _):
            [ReportLine("failed_per_minute", "failed orders per minute", .number(impact.failedPerMinute)),
             ReportLine("lost_per_minute", "lost per minute", .money(impact.lostPerMinute)),
             ReportLine("lost_per_day", "lost per day", .money(impact.lostPerDay)),
             ReportLine("lost_per_year", "lost per year (365 days)", .money(impact.lostPerYear))]
        case .errorBudget(let impact, _):
            [ReportLine("budget", "budget (1 − SLO)", .probability(impact.budget)),
             ReportLine("burn_rate", "burn rate", .times(impact.burnRate)),
             ReportLine("budget_lasts", "a 30-day budget lasts", .duration(impact.budgetLastsDays))]
        case .incidents(let i, let p):
            IncidentLines.lines(i, p)
        case .formula(let f):
            [ReportLine("failure", "failure", FormulaSection.value(f.failure, f)),
             ReportLine("success", "success", FormulaSection.value(f.success, f))]
                + Pool.allCases.compactMap { pool in
                    f.byOrigin[pool].map { ReportLine(pool.rawValue, "\(pool.rawValue) origin", FormulaSection.value($0, f)) }
                }
                + [ReportLine("expected_attempts", "expected attempts", FormulaSection.value(f.expectedAttempts, f))]
        }
    }
}

/// One labelled figure of a report section.
public struct ReportLine: Sendable {
    /// Its name in JSON and CSV.
    public let key: String
    public let label: String
    public let value: Value

    public init(_ key: String, _ label: String, _ value: Value) {
        self.key = key
        self.label = label
        self.value = value
    }
}

enum FormulaSection {
    static func value(_ formula: Formula, _ set: FormulaSet) -> Value {
        .formula(unicode: formula.unicode, ascii: formula.ascii, substituted: set.substituted(formula), value: set.value(formula))
    }

    /// A given value as the formula reads it: c as a fraction.
    static func given(_ x: Rational) -> String { x.description }
}

/// The incidents section's figures, keyed as JSON nests them (`scale`, `crash`, `expiry`,
/// then `per_day.*`); text and markdown list them in this order.
enum IncidentLines {
    static func outcome(_ o: IncidentReport.Outcome) -> Value {
        switch o {
        case .failure(let x): .probability(x)
        case .unavailable(let why): .unavailable(why)
        }
    }

    static func unknown(_ outcome: IncidentReport.Outcome?) -> String {
        if case .unavailable(let why)? = outcome { return "unknown: \(why)" }
        return "unknown"
    }

    static func lines(_ i: IncidentReport, _ p: Parameters) -> [ReportLine] {
        var lines: [ReportLine] = []
        if let scale = i.scale, let to = p.incidents.scaleTo {
            lines.append(ReportLine("scale", "across a scale event \(Rational.grouped(p.servers)) → \(Rational.grouped(to))", outcome(scale)))
        }
        lines.append(ReportLine("crash", "across a crash", outcome(i.crash)))
        lines.append(ReportLine("expiry", "expired before the callback", .probability(i.expiry)))
        let d = i.perDay
        lines += [ReportLine("per_day.routing", "failed orders a day: routing", .number(d.routing)),
                  ReportLine("per_day.scale", "failed orders a day: scale events", d.scale.map { .number($0) } ?? .unavailable(unknown(i.scale))),
                  ReportLine("per_day.crash", "failed orders a day: crashes", d.crash.map { .number($0) } ?? .unavailable(unknown(i.crash))),
                  ReportLine("per_day.expiry", "failed orders a day: expiry", .number(d.expiry)),
                  ReportLine("per_day.total", "failed orders a day: total",
                             d.total.map { .number($0) } ?? .unavailable("unknown: a part of it cannot be computed"))]
        return lines
    }
}
