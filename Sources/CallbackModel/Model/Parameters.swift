import BigInt

/// One configuration of the model, exact throughout (SPEC §1 table).
public struct Parameters: Sendable, Hashable {
    public var servers: BigInt
    /// Share of traffic routed to the canary pool, as a fraction in [0, 1).
    public var canaryShare: Rational
    public var canaryServers: BigInt
    public var strategy: Strategy
    public var retries: Int
    public var replicas: BigInt
    public var ordersPerMinute: Rational
    public var orderValue: Rational
    /// SLO target as a success fraction in (0, 1).
    public var slo: Rational

    public static let maxServers = BigInt(1_000_000_000)
    public static let maxRetries = 100

    public init(
        servers: BigInt = 2, canaryShare: Rational = .zero, canaryServers: BigInt = 1,
        strategy: Strategy = .local, retries: Int = 0, replicas: BigInt = 1,
        ordersPerMinute: Rational = 1000, orderValue: Rational = 10, slo: Rational = Rational(999, 1000)
    ) {
        self.servers = servers
        self.canaryShare = canaryShare
        self.canaryServers = canaryServers
        self.strategy = strategy
        self.retries = retries
        self.replicas = replicas
        self.ordersPerMinute = ordersPerMinute
        self.orderValue = orderValue
        self.slo = slo
    }

    public var hasCanary: Bool { !canaryShare.isZero }

    /// Checks every range of SPEC §1; the first violation is thrown.
    public func validate() throws(ParameterError) {
        if servers < 1 || servers > Parameters.maxServers {
            throw ParameterError(.servers, value: servers.description, allowed: "1 to 1,000,000,000")
        }
        if canaryShare.isNegative || canaryShare >= .one {
            throw ParameterError(.canary, value: (canaryShare * 100).description, allowed: "0 ≤ canary < 100 (percent)")
        }
        if hasCanary {
            if servers < 2 {
                throw ParameterError(.canary, value: (canaryShare * 100).description,
                                     allowed: "0 when there is only 1 server (a canary needs at least 2 servers)")
            }
            if canaryServers < 1 || canaryServers > servers - 1 {
                throw ParameterError(.canaryServers, value: canaryServers.description, allowed: "1 to \(servers - 1) (servers − 1)")
            }
        }
        if retries < 0 || retries > Parameters.maxRetries {
            throw ParameterError(.retries, value: String(retries), allowed: "0 to 100")
        }
        if strategy == .replicate && (replicas < 0 || replicas > servers - 1) {
            throw ParameterError(.replicas, value: replicas.description, allowed: "0 to \(servers - 1) (servers − 1)")
        }
        if !(ordersPerMinute > .zero) {
            throw ParameterError(.ordersPerMinute, value: ordersPerMinute.description, allowed: "greater than 0")
        }
        if orderValue.isNegative {
            throw ParameterError(.orderValue, value: orderValue.description, allowed: "0 or more")
        }
        if !(slo > .zero) || !(slo < .one) {
            throw ParameterError(.slo, value: (slo * 100).description, allowed: "0 < slo < 100 (percent success)")
        }
    }
}

/// The parameters by name, so errors and screens can say which one is wrong.
public enum ParameterName: String, Sendable, CaseIterable {
    case servers, canary, canaryServers = "canary-servers", strategy, retries, replicas
    case ordersPerMinute = "orders-per-minute", orderValue = "order-value", slo
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
