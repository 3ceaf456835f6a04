import BigInt

/// One configuration of the model, exact throughout (SPEC §1 table).
public struct Parameters: Sendable, Hashable {
    /// N. With `pools`, their total; setting it resizes the first class that is not a
    /// canary (the one incidents act on), as an autoscaler would.
    public var servers: BigInt {
        get { storedServers }
        set {
            if let i = pools.firstIndex(where: { !$0.canary }) {
                pools[i].size += newValue - storedServers
            } else {
                storedServers = newValue
            }
        }
    }
    private var storedServers: BigInt
    /// Share of traffic routed to the canary pool, as a fraction in [0, 1). With `pools`,
    /// the share of the classes marked canary: set through the pools, so setting it here
    /// then changes nothing (a follower restored by the explorer must not contradict them).
    public var canaryShare: Rational {
        get { storedCanaryShare }
        set { if pools.isEmpty { storedCanaryShare = newValue } }
    }
    private var storedCanaryShare: Rational
    /// M. With `pools`, the servers of the classes marked canary (set through the pools).
    public var canaryServers: BigInt {
        get { storedCanaryServers }
        set { if pools.isEmpty { storedCanaryServers = newValue } }
    }
    private var storedCanaryServers: BigInt
    /// The servers as weighted classes (`--pool NAME:SIZE:WEIGHT[:canary]`); empty: the
    /// flags' pools (`servers`, `canaryShare`, `canaryServers`). While set, those three
    /// describe the classes and are kept in step with them.
    public var pools: [ServerClass] = [] {
        didSet { describePools() }
    }
    /// How the provider's callbacks are routed: per request, or pinned by its address.
    public var callbackRouting: CallbackRouting = .perRequest
    public var strategy: Strategy
    public var retries: Int
    public var replicas: BigInt
    public var ordersPerMinute: Rational
    public var orderValue: Rational
    /// SLO target as a success fraction in (0, 1).
    public var slo: Rational
    /// Events that break the fixes (SPEC §6); all off by default.
    public var incidents = IncidentSettings()

    public static let maxServers = Bounds.maxServers
    public static let maxRetries = Bounds.maxRetries

    public init(
        servers: BigInt = 2, canaryShare: Rational = .zero, canaryServers: BigInt = 1,
        strategy: Strategy = .local, retries: Int = 0, replicas: BigInt = 1,
        ordersPerMinute: Rational = 1000, orderValue: Rational = 10, slo: Rational = Rational(999, 1000)
    ) {
        storedServers = servers
        storedCanaryShare = canaryShare
        storedCanaryServers = canaryServers
        self.strategy = strategy
        self.retries = retries
        self.replicas = replicas
        self.ordersPerMinute = ordersPerMinute
        self.orderValue = orderValue
        self.slo = slo
    }

    public var hasCanary: Bool { !canaryShare.isZero }

    /// The classes' own rules, before the bounds that read them (SPEC §1 via issue 17).
    func validatePools() throws(ParameterError) {
        guard !pools.isEmpty else { return }
        func refuse(_ value: String, _ allowed: String) -> ParameterError { ParameterError(.pool, value: value, allowed: allowed) }
        if pools.count > ServerClass.maxClasses {
            throw refuse("\(pools.count) pools", "1 to \(ServerClass.maxClasses) pools (the exact engine's cost grows with their number)")
        }
        var seen = Set<String>()
        for c in pools where !seen.insert(c.name).inserted {
            throw refuse("'\(c.name)' twice", "each pool named once")
        }
        let total = pools.reduce(BigInt(0)) { $0 + $1.size }
        if total > Bounds.maxServers {
            throw refuse("with \(Rational.grouped(total)) servers in all", "at most 1,000,000,000 servers in all the pools")
        }
        if let small = pools.first(where: { $0.size < 1 }) {
            throw refuse("'\(small.name)' with \(Rational.grouped(small.size)) servers", "at least 1 server in every pool")
        }
        if !pools.contains(where: { !$0.canary }) {
            throw refuse("with every pool a canary", "at least one pool that is not a canary")
        }
        if strategy == .canaryFallback, pools.filter(\.canary).count != 1 {
            throw refuse("with \(pools.filter(\.canary).count) canary pools for canary-fallback",
                         "exactly one pool marked canary for canary-fallback (NAME:SIZE:WEIGHT:canary)")
        }
    }

    /// Sets `servers`, `canaryShare` and `canaryServers` from the classes.
    private mutating func describePools() {
        guard !pools.isEmpty else { return }
        storedServers = pools.reduce(BigInt(0)) { $0 + $1.size }
        let total = pools.reduce(Rational.zero) { $0 + $1.weight * Rational($1.size) }
        let canaries = pools.filter(\.canary)
        storedCanaryServers = canaries.isEmpty ? 1 : canaries.reduce(BigInt(0)) { $0 + $1.size }
        let canaryWeight = canaries.reduce(Rational.zero) { $0 + $1.weight * Rational($1.size) }
        storedCanaryShare = total > .zero ? canaryWeight / total : .zero
    }

    /// Checks every parameter that applies against its bound (`Bounds`), in table order;
    /// the first violation is thrown.
    public func validate() throws(ParameterError) {
        try validatePools()
        for name in Bounds.numeric + Bounds.incidentNumeric where name.applies(to: self) {
            let bound = Bounds.of(name, given: self)
            let v = value(of: name)
            if !bound.contains(v) {
                throw ParameterError(name, value: v.terminatingDecimal ?? v.description, allowed: bound.allowed)
            }
        }
        // Events are rare enough that no order sees two (SPEC §6): at most one event in the
        // time a callback takes, on average, is far from that; a day of events per delay is
        // refused outright.
        let perSecond = (incidents.scaleEventsPerDay + incidents.crashesPerDay) / 86_400
        let overlap = perSecond * incidents.callbackDelay.meanSeconds
        if overlap >= .one {
            throw ParameterError(.crashesPerDay, value: (incidents.scaleEventsPerDay + incidents.crashesPerDay).description,
                                 allowed: "events a day × mean callback delay below one day (orders would see two events)")
        }
    }
}

/// The parameters by name, so errors and screens can say which one is wrong.
public enum ParameterName: String, Sendable, CaseIterable {
    case servers, canary, canaryServers = "canary-servers", strategy, retries, replicas
    case ordersPerMinute = "orders-per-minute", orderValue = "order-value", slo
    case scaleTo = "scale-to", hashing, scaleEventsPerDay = "scale-events-per-day", crashesPerDay = "crashes-per-day"
    case callbackDelay = "callback-delay", stateTTL = "state-ttl"
    case pool, callbackRouting = "callback-routing"
}

/// A value outside its allowed range. The text names both, never a stack trace.
public struct ParameterError: Error, Sendable, Equatable, CustomStringConvertible {
    public let parameter: ParameterName
    public let value: String
    public let allowed: String

    public init(_ parameter: ParameterName, value: String, allowed: String) {
        self.parameter = parameter
        self.value = value
        self.allowed = allowed
    }

    public var description: String {
        "\(parameter.rawValue) \(value) is out of range: allowed \(allowed)"
    }
}
