import BigInt

/// The load balancer's pools: how many servers each has and what share of requests it gets.
/// A request picks a pool by its share, then a server uniformly inside it.
public struct Topology: Sendable, Hashable {
    public let sizes: [Pool: BigInt]
    public let shares: [Pool: Rational]

    public init(servers: BigInt, canaryShare: Rational, canaryServers: BigInt) {
        if canaryShare.isZero {
            sizes = [.stable: servers]
            shares = [.stable: .one]
        } else {
            sizes = [.stable: servers - canaryServers, .canary: canaryServers]
            shares = [.stable: .one - canaryShare, .canary: canaryShare]
        }
    }

    public init(_ p: Parameters) {
        self.init(servers: p.servers, canaryShare: p.canaryShare, canaryServers: p.canaryServers)
    }

    private init(sizes: [Pool: BigInt], shares: [Pool: Rational]) {
        self.sizes = sizes
        self.shares = shares
    }

    /// The same pools with the stable one resized (an incident acts on the stable pool).
    func resized(stable: BigInt) -> Topology {
        var s = sizes
        s[.stable] = stable
        return Topology(sizes: s, shares: shares)
    }

    /// Pools that receive traffic, stable first.
    public var pools: [Pool] { Pool.allCases.filter { sizes[$0] != nil } }

    public func size(_ pool: Pool) -> BigInt { sizes[pool] ?? 0 }
    public func share(_ pool: Pool) -> Rational { shares[pool] ?? .zero }
    public var servers: BigInt { pools.reduce(BigInt(0)) { $0 + size($1) } }

    /// Probability that one request lands on one particular server of the pool.
    public func serverWeight(_ pool: Pool) -> Rational { share(pool) / Rational(size(pool)) }
}
