import BigInt

/// The one table of what each parameter may be (SPEC §1), in the units people type:
/// servers, canary servers, retries and replicas as counts; canary and SLO in percent.
/// Flag parsing, `Parameters.validate`, the explorer's keys and typed entry, and `sweep`
/// all read it, so a range and the words for it are written once.
public struct Bound: Sendable, Equatable {
    public enum Edge: Sendable, Equatable {
        case inclusive(Rational)
        case exclusive(Rational)

        public var value: Rational {
            switch self {
            case .inclusive(let v), .exclusive(let v): v
            }
        }
    }

    public let parameter: ParameterName
    public let lower: Edge?
    public let upper: Edge?
    public let wholeNumber: Bool
    /// How the range reads in an error: "1 to 1,000,000,000", "0 ≤ canary < 100 (percent)".
    public let allowed: String
    /// What a key says when it stops at the lower or the upper end.
    public let belowNote: String
    public let aboveNote: String

    public func contains(_ x: Rational) -> Bool {
        switch lower {
        case .inclusive(let v)? where x < v: return false
        case .exclusive(let v)? where x <= v: return false
        default: break
        }
        switch upper {
        case .inclusive(let v)? where x > v: return false
        case .exclusive(let v)? where x >= v: return false
        default: return true
        }
    }

    /// The nearest value a key can reach: an exclusive end is approached by whole `step`s
    /// ("canary stays below 100%" stops at 99), and the note says which end was hit.
    public func clamp(_ x: Rational, step: Rational = .one) -> (value: Rational, note: String?) {
        if let lower, !contains(x), x <= lower.value {
            if case .exclusive(let v) = lower { return (v + step, belowNote) }
            return (lower.value, belowNote)
        }
        if let upper, !contains(x), x >= upper.value {
            if case .exclusive(let v) = upper { return (v - step, aboveNote) }
            return (upper.value, aboveNote)
        }
        return (x, nil)
    }

    /// Reads a typed value: a number (a trailing % is allowed for percents), whole where
    /// the parameter counts things, of at most `Bounds.maxDigits` digits (every exact
    /// fraction the engine carries grows with them: a canary of 50,000 digits took 20 s).
    /// The range is checked separately, with the context.
    public func parse(_ text: String) -> Result<Rational, BoundViolation> {
        var t = text.trimmingCharacters(in: " ")
        if parameter.isPercent && t.hasSuffix("%") { t.removeLast() }
        let digits = t.utf8.count { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        if digits > Bounds.maxDigits {
            return .failure(BoundViolation(text: text, reason: .tooManyDigits(digits), allowed: allowed))
        }
        guard let v = Rational(exactText: t) else {
            return .failure(BoundViolation(text: text, reason: wholeNumber ? .notWhole : .notANumber, allowed: allowed))
        }
        if wholeNumber && !v.isInteger {
            return .failure(BoundViolation(text: text, reason: .notWhole, allowed: allowed))
        }
        return .success(v)
    }

    /// Parses and checks the range in one go.
    public func check(_ text: String) -> Result<Rational, BoundViolation> {
        parse(text).flatMap { v in
            contains(v) ? .success(v) : .failure(BoundViolation(text: text, reason: .outOfRange, allowed: allowed))
        }
    }
}

/// A typed value its bound refuses; `sentence(naming:)` puts the flag or field in front.
public struct BoundViolation: Error, Sendable, Equatable {
    public enum Reason: Sendable, Equatable { case notANumber, notWhole, outOfRange, tooManyDigits(Int) }
    public let text: String
    public let reason: Reason
    public let allowed: String

    /// The same refusal with the range the context allows ("1 to 9 (servers − 1)").
    public func allowing(_ range: String) -> BoundViolation {
        BoundViolation(text: text, reason: reason, allowed: range)
    }

    /// "--servers 'abc' is not a whole number: allowed 1 to 1,000,000,000".
    public func sentence(naming subject: String) -> String {
        switch reason {
        case .notANumber: "\(subject) '\(text)' is not a number: allowed \(allowed)"
        case .notWhole: "\(subject) '\(text)' is not a whole number: allowed \(allowed)"
        case .outOfRange: "\(subject) \(text) is out of range: allowed \(allowed)"
        case .tooManyDigits(let n):
            "\(subject) '\(text.prefix(24))…' has \(n) digits: allowed at most \(Bounds.maxDigits) digits, \(allowed)"
        }
    }
}

public enum Bounds {
    public static let maxServers = BigInt(1_000_000_000)
    public static let maxRetries = 100
    /// Digits in any typed value (flags and typed entry): enough for any real share or
    /// price, short enough that the exact fractions stay cheap (see `CostBound`).
    public static let maxDigits = 40

    /// The numeric parameters, in the order they are checked. The canary comes before the
    /// servers so that a canary on one server is blamed on the canary, the value that
    /// needs the second server.
    public static let numeric: [ParameterName] = [.canary, .servers, .canaryServers, .retries, .replicas,
                                                  .ordersPerMinute, .orderValue, .slo]
    /// The incident settings that are numbers (SPEC §6); checked after the model's.
    public static let incidentNumeric: [ParameterName] = [.scaleTo, .scaleEventsPerDay, .crashesPerDay, .stateTTL]

    /// A parameter's bound given the others. With `nil` the bound holds whatever the others
    /// are (used to refuse absurd values before the others are known).
    public static func of(_ name: ParameterName, given p: Parameters?) -> Bound {
        let maxN = Rational(maxServers)
        // Only two bounds use the count of other servers; `validate` asks for every bound
        // of every configuration the engine runs, so it is not written for the others.
        var others: Rational? { p.map { Rational($0.servers - 1) } }
        var count: String { others.map { Rational.grouped(max($0, .zero).numerator) } ?? "N−1" }
        let why = p == nil ? "" : " (servers − 1)"
        var othersHigh: Rational { others ?? maxN - 1 }
        switch name {
        case .servers:
            if let p, !p.pools.isEmpty, let i = p.pools.firstIndex(where: { !$0.canary }) {
                // Setting N resizes the first pool that is not a canary; the others stay.
                let kept = p.pools.enumerated().filter { $0.offset != i }.reduce(BigInt(0)) { $0 + $1.element.size }
                let low = kept + 1
                return Bound(parameter: name, lower: .inclusive(Rational(low)), upper: .inclusive(maxN), wholeNumber: true,
                             allowed: "\(Rational.grouped(low)) to 1,000,000,000 (the pools other than \(p.pools[i].name) keep \(Rational.grouped(kept)))",
                             belowNote: "\(p.pools[i].name) keeps at least 1 server", aboveNote: "at most 1,000,000,000 servers")
            }
            let canary = p?.hasCanary ?? false
            return Bound(parameter: name, lower: .inclusive(canary ? 2 : 1), upper: .inclusive(maxN), wholeNumber: true,
                         allowed: canary ? "2 to 1,000,000,000 (a canary needs at least 2 servers)" : "1 to 1,000,000,000",
                         belowNote: canary ? "a canary needs at least 2 servers" : "at least 1 server",
                         aboveNote: "at most 1,000,000,000 servers")
        case .canary:
            if let p, p.servers < 2 {
                return Bound(parameter: name, lower: .inclusive(.zero), upper: .inclusive(.zero), wholeNumber: false,
                             allowed: "0 when there is only 1 server (a canary needs at least 2 servers)",
                             belowNote: "canary is already 0%", aboveNote: "a canary needs at least 2 servers: add servers first")
            }
            return Bound(parameter: name, lower: .inclusive(.zero), upper: .exclusive(100), wholeNumber: false,
                         allowed: "0 ≤ canary < 100 (percent)",
                         belowNote: "canary is already 0%", aboveNote: "canary stays below 100%")
        case .canaryServers:
            return Bound(parameter: name, lower: .inclusive(1), upper: .inclusive(othersHigh), wholeNumber: true,
                         allowed: "1 to \(count)\(why)",
                         belowNote: "at least 1 canary server", aboveNote: "at most \(count) canary servers\(why)")
        case .retries:
            return Bound(parameter: name, lower: .inclusive(.zero), upper: .inclusive(Rational(maxRetries)), wholeNumber: true,
                         allowed: "0 to 100", belowNote: "retries are already 0", aboveNote: "at most 100 retries")
        case .replicas:
            return Bound(parameter: name, lower: .inclusive(.zero), upper: .inclusive(othersHigh), wholeNumber: true,
                         allowed: "0 to \(count)\(why)",
                         belowNote: "replicas are already 0", aboveNote: "at most \(count) replicas\(why)")
        case .ordersPerMinute:
            return Bound(parameter: name, lower: .exclusive(.zero), upper: nil, wholeNumber: false,
                         allowed: "greater than 0", belowNote: "orders per minute stay above 0", aboveNote: "")
        case .orderValue:
            return Bound(parameter: name, lower: .inclusive(.zero), upper: nil, wholeNumber: false,
                         allowed: "0 or more", belowNote: "order value is already 0", aboveNote: "")
        case .slo:
            return Bound(parameter: name, lower: .exclusive(.zero), upper: .exclusive(100), wholeNumber: false,
                         allowed: "0 < slo < 100 (percent success)",
                         belowNote: "SLO stays above 0%", aboveNote: "SLO stays below 100%")
        case .strategy:
            // Not numeric: `Strategy(rawValue:)` is its table. Kept total so callers need no optional.
            return Bound(parameter: name, lower: nil, upper: nil, wholeNumber: false,
                         allowed: Strategy.allCases.map(\.name).joined(separator: ", "), belowNote: "", aboveNote: "")
        case .scaleTo:
            // Room to scale out from the largest pool.
            return Bound(parameter: name, lower: .inclusive(1), upper: .inclusive(maxN * 2), wholeNumber: true,
                         allowed: "1 to 2,000,000,000", belowNote: "at least 1 server after a scale event",
                         aboveNote: "at most 2,000,000,000 servers")
        case .scaleEventsPerDay, .crashesPerDay:
            return Bound(parameter: name, lower: .inclusive(.zero), upper: nil, wholeNumber: false,
                         allowed: "0 or more a day", belowNote: "already 0 a day", aboveNote: "")
        case .stateTTL:
            return Bound(parameter: name, lower: .inclusive(.zero), upper: nil, wholeNumber: false,
                         allowed: "0 or more seconds", belowNote: "already 0 seconds", aboveNote: "")
        case .hashing:
            return Bound(parameter: name, lower: nil, upper: nil, wholeNumber: false,
                         allowed: Hashing.allCases.map(\.rawValue).joined(separator: ", "), belowNote: "", aboveNote: "")
        case .pool:
            return Bound(parameter: name, lower: nil, upper: nil, wholeNumber: false,
                         allowed: ServerClass.textForm, belowNote: "", aboveNote: "")
        case .callbackRouting:
            return Bound(parameter: name, lower: nil, upper: nil, wholeNumber: false,
                         allowed: CallbackRouting.allCases.map(\.rawValue).joined(separator: ", "), belowNote: "", aboveNote: "")
        case .callbackDelay:
            return Bound(parameter: name, lower: nil, upper: nil, wholeNumber: false,
                         allowed: "seconds (30), or seconds:percent pairs summing to 100 (1:50,30:45,600:5)", belowNote: "", aboveNote: "")
        }
    }
}

extension ParameterName {
    /// Typed and shown in percent, stored as a fraction.
    public var isPercent: Bool { self == .canary || self == .slo }

    /// Whether the parameter matters for these parameters (M without a canary does not).
    public func applies(to p: Parameters) -> Bool {
        switch self {
        case .canaryServers: p.hasCanary
        case .replicas: p.strategy == .replicate
        case .scaleTo: p.incidents.scaleTo != nil
        case .stateTTL: p.incidents.stateTTL != nil
        case .canary: p.pools.isEmpty
        case .hashing, .callbackDelay, .strategy, .pool, .callbackRouting: false
        default: true
        }
    }
}

extension Parameters {
    /// A numeric parameter in the units people type (percent for canary and SLO).
    public func value(of name: ParameterName) -> Rational {
        switch name {
        case .servers: Rational(servers)
        case .canary: canaryShare * 100
        case .canaryServers: Rational(canaryServers)
        case .retries: Rational(retries)
        case .replicas: Rational(replicas)
        case .ordersPerMinute: ordersPerMinute
        case .orderValue: orderValue
        case .slo: slo * 100
        case .scaleTo: Rational(incidents.scaleTo ?? servers)
        case .scaleEventsPerDay: incidents.scaleEventsPerDay
        case .crashesPerDay: incidents.crashesPerDay
        case .stateTTL: incidents.stateTTL ?? .zero
        case .strategy, .hashing, .callbackDelay, .pool, .callbackRouting: .zero
        }
    }

    /// Sets a numeric parameter from typed units. Counts must be whole; retries must fit
    /// the retry bound (so an absurd value never reaches `Int`): check the bound first.
    public mutating func set(_ name: ParameterName, to v: Rational) {
        switch name {
        case .servers: servers = v.floor
        case .canary: canaryShare = v / 100
        case .canaryServers: canaryServers = v.floor
        case .retries: retries = Int(exactly: v.floor) ?? (v.isNegative ? Int.min : Int.max)
        case .replicas: replicas = v.floor
        case .ordersPerMinute: ordersPerMinute = v
        case .orderValue: orderValue = v
        case .slo: slo = v / 100
        case .scaleTo: incidents.scaleTo = v.floor
        case .scaleEventsPerDay: incidents.scaleEventsPerDay = v
        case .crashesPerDay: incidents.crashesPerDay = v
        case .stateTTL: incidents.stateTTL = v
        case .strategy, .hashing, .callbackDelay, .pool, .callbackRouting: break
        }
    }
}
