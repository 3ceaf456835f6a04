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
        /// nil: the events happen, but their failure cannot be computed (a crash of the
        /// only server of its pool), so neither can the orders they fail.
        public let scale: Rational?
        public let crash: Rational?
        public let expiry: Rational
        /// nil when a part is unknown: a sum that leaves one out would read too low.
        public var total: Rational? {
            guard let scale, let crash else { return nil }
            return routing + scale + crash + expiry
        }
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
        func extra(_ outcome: Outcome?, _ perDay: Rational) -> Rational? {
            guard !perDay.isZero else { return .zero }
            guard let x = outcome?.value else { return outcome == nil ? .zero : nil }
            return perDay * inFlight * (x - steady.failure)
        }
        perDay = PerDay(routing: ordersPerDay * (.one - expiry) * steady.failure,
                        scale: extra(scale, settings.scaleEventsPerDay),
                        crash: extra(crash, settings.crashesPerDay),
                        expiry: ordersPerDay * expiry)
    }
}
