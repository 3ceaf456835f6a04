import BigInt

/// What each incident of SPEC §6 does to a configuration, and what it costs a day.
public struct IncidentReport: Sendable, Hashable {
    /// P(fail | in flight across the scale event N → N2); nil without `--scale-to`.
    public let scale: Outcome?
    /// P(fail | in flight across one crash).
    public let crash: Outcome
    /// P(the callback comes after the state expired).
    public let expiry: Rational
    public let perDay: PerDay

    /// A probability, or why there is none (a crash needs two stable servers).
    public enum Outcome: Sendable, Hashable {
        case failure(Rational)
        case unavailable(String)

        public var value: Rational? {
            if case .failure(let x) = self { return x }
            return nil
        }
    }

    /// Expected failed orders a day by cause. An event's extra failures are the orders in
    /// flight when it happens (orders a minute × mean delay) times what the event adds to
    /// the steady failure; expired orders fail whatever the routing.
    public struct PerDay: Sendable, Hashable {
        public let routing: Rational
        public let scale: Rational
        public let crash: Rational
        public let expiry: Rational
        public var total: Rational { routing + scale + crash + expiry }
    }

    /// Runs the configuration's program again with each incident as a step (SPEC §6).
    public init(_ steady: CallbackResult) throws {
        let p = steady.parameters
        let settings = p.incidents
        func across(_ incident: Incident) throws -> Outcome {
            do {
                return .failure(try CallbackEngine.failure(p, incident: incident, hashing: settings.hashing))
            } catch let limit as EngineLimit {
                return .unavailable(limit.description)
            }
        }
        scale = try settings.scaleTo.map { try across(.scale(to: $0)) }
        crash = try across(.crash)
        expiry = settings.stateTTL.map { settings.callbackDelay.later(than: $0) } ?? .zero
        let ordersPerDay = p.ordersPerMinute * Impact.minutesPerDay
        let inFlight = p.ordersPerMinute * settings.callbackDelay.meanSeconds / 60
        func extra(_ outcome: Outcome?, _ perDay: Rational) -> Rational {
            guard let x = outcome?.value, !perDay.isZero else { return .zero }
            return perDay * inFlight * (x - steady.failure)
        }
        perDay = PerDay(routing: ordersPerDay * (.one - expiry) * steady.failure,
                        scale: extra(scale, settings.scaleEventsPerDay),
                        crash: extra(crash, settings.crashesPerDay),
                        expiry: ordersPerDay * expiry)
    }
}
