import BigInt

/// What `LiftedPools` needs to know about the pools: their sizes and traffic shares, and
/// how a number of replicas drawn among the other servers splits between the pools.
/// `NumericPools` answers with numbers; `SymbolicPools` with expressions in N, c, M, r.
public protocol PoolSizes: Sendable {
    associatedtype W: ProbabilityWeight
    /// Pools that receive traffic, stable first.
    var pools: [Pool] { get }
    func size(_ pool: Pool) -> W
    func share(_ pool: Pool) -> W
    /// Draw `count` of the `canary + stable` servers uniformly without replacement: how
    /// many of them are canary servers.
    func replicaSplit(canary: W, stable: W, count: W) throws(EngineLimit) -> Weighted<W, W>
}

/// The pools of a `Topology`, as exact numbers.
public struct NumericPools: PoolSizes {
    public let topology: Topology
    public init(_ topology: Topology) { self.topology = topology }

    public var pools: [Pool] { topology.pools }
    public func size(_ pool: Pool) -> Rational { Rational(topology.size(pool)) }
    public func share(_ pool: Pool) -> Rational { topology.share(pool) }

    public func replicaSplit(canary: Rational, stable: Rational, count: Rational) throws(EngineLimit) -> Weighted<Rational, Rational> {
        try Hypergeometric.distribution(successes: canary.numerator, failures: stable.numerator, draws: count.numerator)
            .weighted.map { Rational($0) }
    }
}

/// Servers of a pool are interchangeable, so a server is described only relative to the
/// order: the origin itself, or some other server of a pool. State placement is described
/// by how many other servers of each pool hold the order. Nothing here is sized by N, and
/// nothing compares sizes, so the same code runs on numbers and on expressions.
public struct LiftedPools<Sizes: PoolSizes>: ServerSpace {
    public typealias W = Sizes.W

    public enum Server: Hashable, Sendable {
        case origin(Pool)
        case other(Pool)
    }

    public struct Holders: Hashable, Sendable {
        public let originPool: Pool
        /// Among the servers other than the origin, how many in each pool can find the order.
        /// Two fields rather than a dictionary: every engine state hashes these.
        let stableOthers: W
        let canaryOthers: W

        init(originPool: Pool, stable: W = .zero, canary: W = .zero) {
            self.originPool = originPool
            stableOthers = stable
            canaryOthers = canary
        }

        public func others(_ pool: Pool) -> W { pool == .stable ? stableOthers : canaryOthers }
    }

    public let sizes: Sizes

    public init(sizes: Sizes) { self.sizes = sizes }

    public var pools: [Pool] { sizes.pools }
    public var serverCount: W { sizes.pools.reduce(W.zero) { $0 + sizes.size($1) } }

    /// Servers of `pool` other than the origin.
    func othersCount(_ pool: Pool, originPool: Pool) -> W {
        sizes.size(pool) - (pool == originPool ? .one : .zero)
    }

    /// Probability that one request lands on one particular server of the pool.
    func serverWeight(_ pool: Pool) -> W { sizes.share(pool) / sizes.size(pool) }

    public func routeOrder() -> Weighted<Server, W> {
        .choice(sizes.pools.map { (.origin($0), sizes.share($0)) })
    }

    public func routeCallback(origin: Server) -> Weighted<Server, W> {
        let originPool = pool(of: origin)
        var branches: [(Server, W)] = [(origin, serverWeight(originPool))]
        for p in sizes.pools {
            // A pool with no other server gets weight zero here, and the branch is dropped.
            branches.append((.other(p), serverWeight(p) * othersCount(p, originPool: originPool)))
        }
        return .choice(branches)
    }

    public func pool(of server: Server) -> Pool {
        switch server {
        case .origin(let p), .other(let p): p
        }
    }

    public func isSameServer(_ a: Server, _ b: Server) -> Bool {
        if case .origin = a, case .origin = b { return true }
        return false
    }

    public func originOnly(_ origin: Server) -> Holders {
        Holders(originPool: pool(of: origin))
    }

    public func everyServer(_ origin: Server) -> Holders {
        let op = pool(of: origin)
        func count(_ p: Pool) -> W { sizes.pools.contains(p) ? othersCount(p, originPool: op) : .zero }
        return Holders(originPool: op, stable: count(.stable), canary: count(.canary))
    }

    public func originPlusRandomServers(_ origin: Server, count: W) throws(EngineLimit) -> Weighted<Holders, W> {
        let op = pool(of: origin)
        if sizes.pools.count == 1 {
            return .certain(op == .stable ? Holders(originPool: op, stable: count) : Holders(originPool: op, canary: count))
        }
        let split = try sizes.replicaSplit(canary: othersCount(.canary, originPool: op),
                                           stable: othersCount(.stable, originPool: op), count: count)
        return split.map { inCanary in
            Holders(originPool: op, stable: count - inCanary, canary: inCanary)
        }
    }

    public func finds(_ holders: Holders, at server: Server, origin: Server) -> Weighted<Bool, W> {
        switch server {
        case .origin:
            return .certain(true)
        case .other(let p):
            // The lookup lands on a uniformly random non-origin server of p; given how many
            // of them hold the order, each attempt is an independent draw.
            let held = holders.others(p)
            if held.isZero { return .certain(false) }
            return .flip(held / othersCount(p, originPool: holders.originPool))
        }
    }
}

extension LiftedPools where Sizes == NumericPools {
    public init(_ topology: Topology) { self.init(sizes: NumericPools(topology)) }
}
