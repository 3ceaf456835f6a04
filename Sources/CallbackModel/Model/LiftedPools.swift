import BigInt

/// Servers of a pool are interchangeable, so a server is described only relative to the
/// order: the origin itself, or some other server of a pool. State placement is described
/// by how many other servers of each pool hold the order. Nothing here is sized by N.
public struct LiftedPools: ServerSpace {
    public enum Server: Hashable, Sendable {
        case origin(Pool)
        case other(Pool)
    }

    public struct Holders: Hashable, Sendable {
        public let originPool: Pool
        /// Among the servers other than the origin, how many in each pool can find the order.
        /// Two fields rather than a dictionary: every engine state hashes these.
        let stableOthers: BigInt
        let canaryOthers: BigInt

        init(originPool: Pool, stable: BigInt = 0, canary: BigInt = 0) {
            self.originPool = originPool
            stableOthers = stable
            canaryOthers = canary
        }

        public func others(_ pool: Pool) -> BigInt { pool == .stable ? stableOthers : canaryOthers }
    }

    public let topology: Topology

    public init(_ topology: Topology) { self.topology = topology }

    /// Servers of `pool` other than the origin.
    func othersCount(_ pool: Pool, originPool: Pool) -> BigInt {
        topology.size(pool) - (pool == originPool ? 1 : 0)
    }

    public func routeOrder() -> Distribution<Server> {
        .choice(topology.pools.map { (.origin($0), topology.share($0)) })
    }

    public func routeCallback(origin: Server) -> Distribution<Server> {
        let originPool = pool(of: origin)
        var branches: [(Server, Rational)] = [(origin, topology.serverWeight(originPool))]
        for p in topology.pools {
            let count = othersCount(p, originPool: originPool)
            if count > 0 { branches.append((.other(p), topology.serverWeight(p) * Rational(count))) }
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

    public func finds(_ holders: Holders, at server: Server, origin: Server) -> Distribution<Bool> {
        switch server {
        case .origin:
            return .certain(true)
        case .other(let p):
            // The lookup lands on a uniformly random non-origin server of p; given how many
            // of them hold the order, each attempt is an independent draw.
            let held = holders.others(p)
            return .flip(Rational(held, othersCount(p, originPool: holders.originPool)))
        }
    }
}
