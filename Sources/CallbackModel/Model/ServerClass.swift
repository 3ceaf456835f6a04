import BigInt

/// Servers that the load balancer treats alike: `size` of them, each chosen with
/// probability weight / Σ(size × weight) (nginx `weight=`, HAProxy `weight`). A class
/// marked canary is the canary pool for reports and for `canary-fallback`.
public struct ServerClass: Sendable, Hashable {
    public var name: String
    public var size: BigInt
    /// Relative weight of one server of the class; positive.
    public var weight: Rational
    public var canary: Bool

    public init(name: String, size: BigInt, weight: Rational = .one, canary: Bool = false) {
        self.name = name
        self.size = size
        self.weight = weight
        self.canary = canary
    }

    public var kind: Pool { canary ? .canary : .stable }

    /// Most classes the engine takes: the lifted program's cost grows with their number.
    public static let maxClasses = 64
}

/// How the load balancer routes the provider's callbacks (SPEC §1 assumes per request).
public enum CallbackRouting: String, CaseIterable, Sendable, Hashable {
    /// Every request is routed on its own by the weights (round robin, least connections,
    /// random: the model's independent weighted choice).
    case perRequest = "per-request"
    /// Requests are pinned by the caller's address (nginx `ip_hash`, HAProxy `balance
    /// source`, Kubernetes `sessionAffinity: ClientIP`). The callback's caller is the
    /// provider, so every attempt of a callback lands on the one server its address maps
    /// to, chosen by the weights, and retries land there again.
    case providerAddress = "provider-address"
}
