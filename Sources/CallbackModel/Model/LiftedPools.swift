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
        /// The order's origin after an incident took it away (or, for affinity, after the
        /// order's id stopped mapping to it): nothing is routed there any more.
        case departed(Pool)
    }

    public struct Holders: Hashable, Sendable {
        public let originPool: Pool
        /// Among the servers other than the origin, how many in each pool can find the order.
        /// Two fields rather than a dictionary: every engine state hashes these.
        let stableOthers: W
        let canaryOthers: W
        /// A shared store: every server finds the order, including servers that join later.
        let everywhere: Bool

        init(originPool: Pool, stable: W = .zero, canary: W = .zero, everywhere: Bool = false) {
            self.originPool = originPool
            stableOthers = stable
            canaryOthers = canary
            self.everywhere = everywhere
        }

        public func others(_ pool: Pool) -> W { pool == .stable ? stableOthers : canaryOthers }
    }

    public let sizes: Sizes
    /// What an incident between placement and the callbacks does, if there is one.
    public let incident: IncidentEffect<Sizes>?
    /// The pools callbacks are routed over: `sizes` unless an incident changed them.
    var after: Sizes { incident?.after ?? sizes }

    public init(sizes: Sizes, incident: IncidentEffect<Sizes>? = nil) {
        self.sizes = sizes
        self.incident = incident
    }

    public var pools: [Pool] { sizes.pools }
    public var serverCount: W { sizes.pools.reduce(W.zero) { $0 + sizes.size($1) } }

    /// Servers of `pool` other than the origin.
    func othersCount(_ pool: Pool, originPool: Pool) -> W {
        sizes.size(pool) - (pool == originPool ? .one : .zero)
    }

    /// Probability that one request lands on one particular server of the pool.
    func serverWeight(_ pool: Pool) -> W { sizes.share(pool) / sizes.size(pool) }

    /// Servers of `pool` a callback can land on other than the origin, after any incident.
    func othersAfter(_ pool: Pool, origin: Server) -> W {
        if case .origin(let p) = origin, p == pool { return after.size(pool) - .one }
        return after.size(pool)
    }

    public func routeOrder() -> Weighted<Server, W> {
        .choice(sizes.pools.map { (.origin($0), sizes.share($0)) })
    }

    public func routeCallback(origin: Server) -> Weighted<Server, W> {
        // After an incident the pools may have other sizes; the departed origin gets nothing.
        func weight(_ p: Pool) -> W { after.share(p) / after.size(p) }
        var branches: [(Server, W)] = []
        if case .origin(let p) = origin { branches.append((origin, weight(p))) }
        for p in after.pools {
            // A pool with no other server gets weight zero here, and the branch is dropped.
            branches.append((.other(p), weight(p) * othersAfter(p, origin: origin)))
        }
        return .choice(branches)
    }

    public func pool(of server: Server) -> Pool {
        switch server {
        case .origin(let p), .other(let p), .departed(let p): p
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

    public func sharedStore(_ origin: Server) -> Holders {
        var h = everyServer(origin)
        h = Holders(originPool: h.originPool, stable: h.stableOthers, canary: h.canaryOthers, everywhere: true)
        return h
    }

    public func finds(_ holders: Holders, at server: Server, origin: Server) -> Weighted<Bool, W> {
        switch server {
        case .origin:
            return .certain(true)
        case .departed:
            return .certain(holders.everywhere)
        case .other(let p):
            if holders.everywhere { return .certain(true) }
            // The lookup lands on a uniformly random non-origin server of p; given how many
            // of them hold the order, each attempt is an independent draw.
            let held = holders.others(p)
            if held.isZero { return .certain(false) }
            return .flip(held / othersAfter(p, origin: origin))
        }
    }

    /// The incident between placement and the callbacks (SPEC §6). Placement treated the
    /// stable servers alike, so the origin is among the `leaving` servers with probability
    /// leaving/stable, and the holders among the other stable servers split between those
    /// that leave and those that stay hypergeometrically (the replica split, reused). For
    /// affinity the order's id may then map to another server, which holds nothing: the
    /// order is as good as departed.
    public func incidentStep(origin: Server, holders: Holders, pinned: Bool) throws(EngineLimit) -> Weighted<Placed<Server, Holders>, W> {
        guard let incident else { return .certain(Placed(origin: origin, holders: holders)) }
        let before = sizes.size(.stable), leaving = incident.leaving
        let op = pool(of: origin)
        func keep(_ alive: Bool, leavingOthers: W, others: W) throws(EngineLimit) -> Weighted<Placed<Server, Holders>, W> {
            let held = holders.stableOthers
            let split = try sizes.replicaSplit(canary: held, stable: others - held, count: leavingOthers)
            return split.map { gone in
                Placed(origin: alive ? origin : .departed(op),
                       holders: Holders(originPool: op, stable: held - gone, canary: holders.canaryOthers, everywhere: holders.everywhere))
            }
        }
        var placed: Weighted<Placed<Server, Holders>, W>
        if op == .stable && !leaving.isZero {
            placed = try Weighted<Bool, W>.flip(.one - leaving / before).flatMap { (alive: Bool) throws(EngineLimit) in
                try keep(alive, leavingOthers: alive ? leaving : leaving - .one, others: before - .one)
            }
        } else {
            placed = try keep(true, leavingOthers: leaving, others: op == .stable ? before - .one : before)
        }
        guard pinned, op == .stable else { return placed }
        return placed.flatMap { p in
            guard case .origin = p.origin else { return .certain(p) }
            return Weighted<Bool, W>.flip(incident.affinityStays).map { $0 ? p : Placed(origin: .departed(op), holders: p.holders) }
        }
    }
}

extension LiftedPools where Sizes == NumericPools {
    public init(_ topology: Topology) { self.init(sizes: NumericPools(topology)) }

    /// The pools with an incident between placement and the callbacks.
    public init(_ topology: Topology, incident: Incident, hashing: Hashing) {
        let stable = topology.size(.stable), remaining = incident.stableAfter(topology)
        self.init(sizes: NumericPools(topology), incident: IncidentEffect(
            after: NumericPools(topology.resized(stable: remaining)),
            leaving: Rational(max(0, stable - remaining)),
            affinityStays: incident.affinityStays(stableBefore: stable, after: remaining, hashing: hashing)))
    }
}

/// What an incident does to the pools, in the weights of the world: the pools after it, how
/// many stable servers leave (0 for a scale-out), and P(an affinity callback still maps to
/// its origin | the origin stayed).
public struct IncidentEffect<Sizes: PoolSizes>: Sendable {
    public let after: Sizes
    public let leaving: Sizes.W
    public let affinityStays: Sizes.W
}
