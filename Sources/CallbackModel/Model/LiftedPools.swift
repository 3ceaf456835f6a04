import BigInt

/// Servers of a pool are interchangeable, so a server is described only relative to the
/// order: the origin itself, or some other server of a pool. State placement is described
/// by how many other servers of each pool hold the order. Nothing here is sized by N.
public struct LiftedPools: ServerSpace {
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
        let stableOthers: BigInt
        let canaryOthers: BigInt
        /// A shared store: every server finds the order, including servers that join later.
        let everywhere: Bool

        init(originPool: Pool, stable: BigInt = 0, canary: BigInt = 0, everywhere: Bool = false) {
            self.originPool = originPool
            stableOthers = stable
            canaryOthers = canary
            self.everywhere = everywhere
        }

        public func others(_ pool: Pool) -> BigInt { pool == .stable ? stableOthers : canaryOthers }
    }

    public let topology: Topology
    /// The pools callbacks are routed over: `topology` unless an incident changed them.
    public let after: Topology
    public let incident: Incident?
    public let hashing: Hashing

    public init(_ topology: Topology, incident: Incident? = nil, hashing: Hashing = .consistent) {
        self.topology = topology
        self.incident = incident
        self.hashing = hashing
        after = incident.map { topology.resized(stable: $0.stableAfter(topology)) } ?? topology
    }

    /// Servers of `pool` other than the origin, when the state is placed.
    func othersCount(_ pool: Pool, originPool: Pool) -> BigInt {
        topology.size(pool) - (pool == originPool ? 1 : 0)
    }

    /// Servers of `pool` a callback can land on other than the origin, after any incident.
    func othersAfter(_ pool: Pool, origin: Server) -> BigInt {
        if case .origin(let p) = origin, p == pool { return after.size(pool) - 1 }
        return after.size(pool)
    }

    public func routeOrder() -> Distribution<Server> {
        .choice(topology.pools.map { (.origin($0), topology.share($0)) })
    }

    public func routeCallback(origin: Server) -> Distribution<Server> {
        var branches: [(Server, Rational)] = []
        if case .origin(let p) = origin { branches.append((origin, after.serverWeight(p))) }
        for p in after.pools {
            let count = othersAfter(p, origin: origin)
            if count > 0 { branches.append((.other(p), after.serverWeight(p) * Rational(count))) }
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
        let pools = topology.pools
        func count(_ p: Pool) -> BigInt { pools.contains(p) ? othersCount(p, originPool: op) : 0 }
        return Holders(originPool: op, stable: count(.stable), canary: count(.canary))
    }

    public func originPlusRandomServers(_ origin: Server, count: BigInt) throws(EngineLimit) -> Distribution<Holders> {
        let op = pool(of: origin)
        let pools = topology.pools
        if pools.count == 1 {
            return .certain(op == .stable ? Holders(originPool: op, stable: count) : Holders(originPool: op, canary: count))
        }
        let a = othersCount(.canary, originPool: op)
        let b = othersCount(.stable, originPool: op)
        let split = try Hypergeometric.distribution(successes: a, failures: b, draws: count)
        return split.map { inCanary in
            Holders(originPool: op, stable: count - inCanary, canary: inCanary)
        }
    }

    public func sharedStore(_ origin: Server) -> Holders {
        Holders(originPool: pool(of: origin), everywhere: true)
    }

    public func finds(_ holders: Holders, at server: Server, origin: Server) -> Distribution<Bool> {
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
            return .flip(Rational(held, othersAfter(p, origin: origin)))
        }
    }

    /// The incident between placement and the callbacks. Placement treated the stable
    /// servers alike, so the origin is among the servers that leave with probability
    /// leaving/stable, and the holders among the other stable servers split between those
    /// that leave and those that stay hypergeometrically. For affinity the order's id may
    /// then map to another server, which holds nothing: the order is as good as departed.
    public func incidentStep(origin: Server, holders: Holders, pinned: Bool) throws(EngineLimit) -> Distribution<Placed<Server, Holders>> {
        guard let incident else { return .certain(Placed(origin: origin, holders: holders)) }
        let before = topology.size(.stable), remaining = after.size(.stable)
        let leaving = max(0, before - remaining)
        let op = pool(of: origin)
        func keep(_ alive: Bool, leavingOthers: BigInt, others: BigInt) throws(EngineLimit) -> Distribution<Placed<Server, Holders>> {
            let held = holders.stableOthers
            let split = try Hypergeometric.distribution(successes: held, failures: others - held, draws: leavingOthers)
            return split.map { gone in
                Placed(origin: alive ? origin : .departed(op),
                       holders: Holders(originPool: op, stable: held - gone, canary: holders.canaryOthers, everywhere: holders.everywhere))
            }
        }
        var placed: Distribution<Placed<Server, Holders>>
        if op == .stable && leaving > 0 {
            let leaves = Rational(leaving, before)
            placed = try Distribution<Bool>.flip(.one - leaves).flatMap { (alive: Bool) throws(EngineLimit) in
                try keep(alive, leavingOthers: alive ? leaving : leaving - 1, others: before - 1)
            }
        } else {
            placed = try keep(true, leavingOthers: leaving, others: op == .stable ? before - 1 : before)
        }
        guard pinned, op == .stable else { return placed }
        let stays = incident.affinityStays(stableBefore: before, after: remaining, hashing: hashing)
        return placed.flatMap { p in
            guard case .origin = p.origin else { return .certain(p) }
            return Distribution<Bool>.flip(stays).map { $0 ? p : Placed(origin: .departed(op), holders: p.holders) }
        }
    }
}
