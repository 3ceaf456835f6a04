import BigInt
import CallbackModel
import Readout

/// A slide's words with live values: `{failure}` is the failure at the parameters on screen,
/// `{failure servers=5}` the failure with N = 5 and everything else as on screen. So a
/// change the speaker makes on a slide changes the words, and no number is typed by hand.
public struct Narration: Sendable, Equatable {
    public enum Part: Sendable, Equatable {
        case text(String)
        case value(Placeholder, Overrides)
    }

    /// Parameters a placeholder changes from the ones on screen, in typed units.
    public struct Overrides: Sendable, Equatable {
        public var values: [ParameterName: Rational] = [:]
        public var strategy: Strategy?
        public var hashing: Hashing?

        public func applied(to p: Parameters) -> Parameters {
            var q = p
            for (name, value) in values { q.set(name, to: value) }
            if let strategy { q.strategy = strategy }
            if let hashing { q.incidents.hashing = hashing }
            return q
        }

        public var isEmpty: Bool { values.isEmpty && strategy == nil && hashing == nil }
    }

    public let lines: [[Part]]

    /// A slide with no words.
    public static let silent = Narration(parts: [])

    init(parts: [[Part]]) { lines = parts }

    /// Parses the lines; an unknown placeholder or a bad override is an error naming its
    /// line and column (1-based, within the narration).
    public init(_ lines: [String]) throws(NarrationError) {
        var parsed: [[Part]] = []
        for (index, line) in lines.enumerated() {
            parsed.append(try Self.parse(line, line: index + 1))
        }
        self.lines = parsed
    }

    /// The configurations the words need, besides the one on screen.
    public func configurations(at p: Parameters) -> [Parameters] {
        var seen: Set<Parameters> = [p]
        var out: [Parameters] = []
        for case .value(let placeholder, let overrides) in lines.joined() {
            let q = Self.configuration(placeholder, overrides, at: p)
            if seen.insert(q).inserted { out.append(q) }
        }
        return out
    }

    /// The configuration a value is read from: the overrides applied, and for the incident
    /// values a scale event to N + 1 unless one is set (so the engine computes incidents).
    static func configuration(_ placeholder: Placeholder, _ overrides: Overrides, at p: Parameters) -> Parameters {
        var q = overrides.applied(to: p)
        if placeholder.needsIncidents, q.incidents.scaleTo == nil { q.incidents.scaleTo = q.servers + 1 }
        return q
    }

    /// The words at parameters `p`, values looked up in `answer`; "…" while one is computing.
    public func render(at p: Parameters, _ answer: (Parameters) -> RowOutcome?) -> [String] {
        lines.map { parts in
            parts.map { part in
                switch part {
                case .text(let t): return t
                case .value(let placeholder, let overrides):
                    let q = Self.configuration(placeholder, overrides, at: p)
                    switch answer(q) {
                    case .result(let r)?: return placeholder.text(r)
                    case .unavailable?: return "n/a"
                    case nil: return "…"
                    }
                }
            }.joined()
        }
    }

    static func parse(_ line: String, line number: Int) throws(NarrationError) -> [Part] {
        var parts: [Part] = []
        var text = ""
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let column = line.distance(from: line.startIndex, to: open) + 1
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw NarrationError(line: number, column: column, message: "'{' without a closing '}'")
            }
            let words = rest[rest.index(after: open) ..< close].split(separator: " ").map(String.init)
            guard let name = words.first, let placeholder = Placeholder(rawValue: name) else {
                throw NarrationError(line: number, column: column,
                                     message: "unknown value '{\(words.first ?? "")}': allowed \(Placeholder.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            var overrides = Overrides()
            for word in words.dropFirst() {
                let pair = word.split(separator: "=", maxSplits: 1).map(String.init)
                guard pair.count == 2 else {
                    throw NarrationError(line: number, column: column, message: "'\(word)' is not NAME=VALUE")
                }
                // The two named choices, each read through its own table of names.
                func named<T: RawRepresentable>(_ type: T.Type, _ parameter: ParameterName) throws(NarrationError) -> T where T.RawValue == String {
                    guard let value = T(rawValue: pair[1]) else {
                        throw NarrationError(line: number, column: column,
                                             message: "\(parameter.rawValue) '\(pair[1])' is unknown: allowed \(Bounds.of(parameter, given: nil).allowed)")
                    }
                    return value
                }
                if pair[0] == "hashing" {
                    overrides.hashing = try named(Hashing.self, .hashing)
                    continue
                }
                if pair[0] == "strategy" {
                    overrides.strategy = try named(Strategy.self, .strategy)
                    continue
                }
                // Numbers only past this point; the pools and the routing are a slide's, not a value's.
                let overridable = ParameterName.allCases.filter { ![.callbackDelay, .pool, .callbackRouting].contains($0) }
                guard let name = ParameterName(rawValue: pair[0]), overridable.contains(name), name != .strategy, name != .hashing else {
                    throw NarrationError(line: number, column: column,
                                         message: "'\(pair[0])' cannot be changed inside a placeholder: allowed \(overridable.map(\.rawValue).joined(separator: ", "))")
                }
                switch Bounds.of(name, given: nil).check(pair[1]) {
                case .success(let v): overrides.values[name] = v
                case .failure(let violation):
                    throw NarrationError(line: number, column: column, message: violation.sentence(naming: name.rawValue))
                }
            }
            if !text.isEmpty { parts.append(.text(text)) }
            text = ""
            parts.append(.value(placeholder, overrides))
            rest = rest[rest.index(after: close)...]
        }
        text += rest
        if !text.isEmpty { parts.append(.text(text)) }
        return parts
    }
}

public struct NarrationError: Error, Sendable, Equatable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let message: String
    public var description: String { "\(line):\(column): \(message)" }
}

/// The values a slide's words can name, each read as a speaker would say it.
public enum Placeholder: String, CaseIterable, Sendable {
    case failure, success
    case failureFraction = "failure_fraction"
    case servers, canary
    case canaryServers = "canary_servers"
    case strategy, retries, replicas
    /// Servers that hold the order under `replicate`: the origin and its replicas.
    case holders
    case attempts, writes
    case stableFailure = "stable_failure"
    case canaryFailure = "canary_failure"
    case sameServer = "same_server"
    case samePool = "same_pool"
    case stableToCanary = "stable_to_canary"
    case canaryToStable = "canary_to_stable"
    case ordersPerMinute = "orders_per_minute"
    case orderValue = "order_value"
    case failedPerMinute = "failed_per_minute"
    case lostPerMinute = "lost_per_minute"
    case lostPerDay = "lost_per_day"
    case lostPerYear = "lost_per_year"
    case slo, budget, burn
    case budgetLasts = "budget_lasts"
    /// SPEC §6: failure across the scale event (to N + 1 unless set) and across a crash.
    case scaleFailure = "scale_failure"
    case crashFailure = "crash_failure"

    func text(_ r: CallbackResult) -> String {
        let p = r.parameters
        let i = r.impact
        switch self {
        case .failure: return Self.percent(r.failure)
        case .success: return Self.percent(r.success)
        case .failureFraction: return ExactText.fraction(r.failure, maxWidth: 30)
        case .servers: return Rational.grouped(p.servers)
        case .canary: return Self.percent(p.canaryShare)
        case .canaryServers: return Rational.grouped(p.canaryServers)
        case .strategy: return p.strategy.name
        case .retries: return String(p.retries)
        case .replicas: return Rational.grouped(p.replicas)
        case .holders: return Rational.grouped(p.replicas + 1)
        case .attempts: return r.expectedAttempts.decimal(places: 2, trimZeros: true)
        case .writes: return ExactText.count(r.writesPerOrder)
        case .stableFailure: return Self.percent(r.failureByOrigin[.stable] ?? .zero)
        case .canaryFailure: return r.failureByOrigin[.canary].map(Self.percent) ?? "n/a"
        case .sameServer: return Self.percent(r.routing[.sameServer] ?? .zero)
        case .samePool: return Self.percent(r.routing[.samePoolOtherServer] ?? .zero)
        case .stableToCanary: return Self.percent(r.routing[.stableToCanary] ?? .zero)
        case .canaryToStable: return Self.percent(r.routing[.canaryToStable] ?? .zero)
        case .ordersPerMinute: return ExactText.givenCount(p.ordersPerMinute)
        case .orderValue: return Self.money(p.orderValue)
        case .failedPerMinute: return ExactText.count(i.failedPerMinute)
        case .lostPerMinute: return Self.money(i.lostPerMinute)
        case .lostPerDay: return Self.money(i.lostPerDay)
        case .lostPerYear: return Self.money(i.lostPerYear)
        case .slo: return Self.percent(p.slo)
        case .budget: return Self.percent(i.budget)
        case .burn: return ExactText.times(i.burnRate)
        case .budgetLasts: return i.budgetLastsDays.map { ExactText.duration(days: $0) } ?? "forever"
        case .scaleFailure: return Self.incident(r.incidents?.scale)
        case .crashFailure: return Self.incident(r.incidents?.crash)
        }
    }

    static func incident(_ outcome: IncidentReport.Outcome?) -> String {
        switch outcome {
        case .failure(let x)?: percent(x)
        default: "n/a"
        }
    }

    /// Whether the value needs the incidents computed (the words then ask for them).
    var needsIncidents: Bool { self == .scaleFailure || self == .crashFailure }

    /// "90%", "66.67%", "72.9%": spoken percents, never 0 % or 100 % for a value that is neither.
    static func percent(_ x: Rational) -> String {
        var digits = String(x.percent().dropLast())
        if digits.contains(".") {
            while digits.hasSuffix("0") { digits.removeLast() }
            if digits.hasSuffix(".") { digits.removeLast() }
        }
        return digits + "%"
    }

    /// "$9,000", "$9,000.50": cents only when there are some.
    static func money(_ x: Rational) -> String {
        let text = ExactText.money(x)
        return text.hasSuffix(".00") ? String(text.dropLast(3)) : text
    }
}
