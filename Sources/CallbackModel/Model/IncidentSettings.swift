import BigInt

/// The events of SPEC §6 and how often they happen. All off by default: no scale event,
/// no crashes, callbacks after 30 s, state that never expires.
public struct IncidentSettings: Sendable, Hashable {
    /// Servers after a scale event (N2); nil: no scale event.
    public var scaleTo: BigInt?
    public var hashing: Hashing = .consistent
    public var scaleEventsPerDay: Rational = .zero
    public var crashesPerDay: Rational = .zero
    public var callbackDelay = CallbackDelay.seconds(30)
    /// Seconds after which the order's state expires, in every store; nil: never.
    public var stateTTL: Rational?

    public init() {}

    /// Whether any incident setting was given (reports show incidents only then).
    public var isAsked: Bool { self != IncidentSettings() }
}

/// When the callback comes: one delay, or delays with their shares of callbacks.
public struct CallbackDelay: Sendable, Hashable {
    public let seconds: [Rational]
    /// Shares summing to 1, one per delay.
    public let shares: [Rational]

    public static func seconds(_ s: Rational) -> CallbackDelay { CallbackDelay(seconds: [s], shares: [.one]) }

    /// "30" or "1:50,30:45,600:5" (seconds:percent, percents summing to 100); nil with a
    /// reason when the text is not that.
    public struct Refusal: Error, Sendable, Equatable { public let reason: String }

    public static func parse(_ text: String) -> Result<CallbackDelay, Refusal> {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 1 && !text.contains(":") {
            guard let s = Rational(exactText: text), !s.isNegative else { return .failure(Refusal(reason: "'\(text)' is not a number of seconds ≥ 0")) }
            return .success(.seconds(s))
        }
        var seconds: [Rational] = [], shares: [Rational] = []
        for part in parts {
            let pair = part.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard pair.count == 2, let s = Rational(exactText: pair[0]), !s.isNegative,
                  let percent = Rational(exactText: pair[1]), percent > .zero else {
                return .failure(Refusal(reason: "'\(part)' is not seconds:percent with seconds ≥ 0 and percent > 0"))
            }
            seconds.append(s)
            shares.append(percent / 100)
        }
        let total = shares.reduce(Rational.zero, +)
        guard total == .one else { return .failure(Refusal(reason: "the percents sum to \((total * 100).terminatingDecimal ?? (total * 100).description), not 100")) }
        return .success(CallbackDelay(seconds: seconds, shares: shares))
    }

    public var meanSeconds: Rational { zip(seconds, shares).reduce(.zero) { $0 + $1.0 * $1.1 } }

    /// P(delay > ttl).
    public func later(than ttl: Rational) -> Rational {
        zip(seconds, shares).reduce(.zero) { $1.0 > ttl ? $0 + $1.1 : $0 }
    }

    /// As typed: "30" or "1:50,30:45,600:5".
    public var text: String {
        func t(_ x: Rational) -> String { x.terminatingDecimal ?? x.description }
        if seconds.count == 1 && shares[0] == .one { return t(seconds[0]) }
        return zip(seconds, shares).map { "\(t($0)):\(t($1 * 100))" }.joined(separator: ",")
    }
}
