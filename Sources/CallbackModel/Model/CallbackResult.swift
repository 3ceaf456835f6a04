import BigInt

/// Every per-configuration output of SPEC §1 except impact, inferred from the program.
public struct CallbackResult: Sendable, Hashable {
    public let parameters: Parameters
    public let failure: Rational
    public var success: Rational { .one - failure }
    /// P(fail | the order was taken by a server of this pool); only pools that get traffic.
    public let failureByOrigin: [Pool: Rational]
    /// First-attempt routing, all four cases (zero where impossible); sums to 1.
    public let routing: [RouteCase: Rational]
    public let expectedAttempts: Rational
    public let writesPerOrder: Rational
    /// SPEC §6, when any incident setting was given.
    public var incidents: IncidentReport? = nil

    public var impact: Impact { Impact(failure: failure, parameters: parameters) }
}
