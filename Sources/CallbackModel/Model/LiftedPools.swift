import BigInt

/// What `LiftedPools` needs to know about the server classes: their sizes and traffic
/// shares, and how a number of servers drawn among two groups splits between them.
/// `NumericPools` answers with numbers; `SymbolicPools` with expressions in N, c, M, r.
public protocol PoolSizes: Sendable {
    associatedtype W: ProbabilityWeight
    /// Classes of interchangeable servers, indexed 0 ..< classCount.
    var classCount: Int { get }
    func kind(_ index: Int) -> Pool
    func size(_ index: Int) -> W
    /// Share of requests the class receives.
    func share(_ index: Int) -> W
    /// The class incidents act on (the first that is not a canary).
    var scaledClass: Int? { get }
    /// Draw `count` of the `first + rest` servers uniformly without replacement: how many
    /// of them are among the `first`.
    func split(first: W, rest: W, count: W) throws(EngineLimit) -> Weighted<W, W>
}

extension PoolSizes {
    /// Pool kinds that receive traffic, stable first.
    public var pools: [Pool] {
        Pool.allCases.filter { kind in (0 ..< classCount).contains { self.kind($0) == kind } }
    }
}

/// The classes of a `Topology`, as exact numbers.
public struct NumericPools: PoolSizes {
    public let topology: Topology
    public init(_ topology: Topology) { self.topology = topology }

    public var classCount: Int { topology.classes.count }
    public func kind(_ index: Int) -> Pool { topology.classes[index].kind }
    public func size(_ index: Int) -> Rational { Rational(topology.classes[index].size) }
    public func share(_ index: Int) -> Rational { topology.shares[index] }
    public var scaledClass: Int? { topology.scaledClass }

    public func split(first: Rational, rest: Rational, count: Rational) throws(EngineLimit) -> Weighted<Rational, Rational> {
        try Hypergeometric.distribution(successes: first.numerator, failures: rest.numerator, draws: count.numerator)
            .weighted.map { Rational($0) }
    }
}

/// Servers of a class are interchangeable, so a server is described only relative to the
/// order: the origin itself, or some other server of a class. State placement is
/// described by how many other servers of each class hold the order. Nothing here is
/// sized by N, and nothing compares sizes, so the same code runs on numbers and on
/// expressions; the cost grows with the number of classes only.
public struct LiftedPools<Sizes: PoolSizes>: ServerSpace {
    public typealias W = Sizes.W

    /// Servers named by their class's index.
    public enum Server: Hashable, Sendable {
        case origin(Int)
        case other(Int)
        /// The order's origin after an incident took it away (or, for affinity, after the
        /// order's id stopped mapping to it): nothing is routed there any more.
        case departed(Int)
    }

    public struct Holders: Hashable, Sendable {
        public let originClass: Int
        /// Among the servers other than the origin, how many in each class can find the order.
        let others: [W]
        /// A shared store: every server finds the order, including servers that join later.
        let everywhere: Bool

        public func others(_ index: Int) -> W { others[index] }
    }

    /// Replicas placed class by class: how many are still to place, and those placed.
    struct Partial: Hashable {
        let left: W
        let taken: [W]
    }

    public let sizes: Sizes
    /// What an incident between placement and the callbacks does, if there is one.
    public let incident: IncidentEffect<Sizes>?
    /// The classes callbacks are routed over: `sizes` unless an incident changed them.
    var after: Sizes { incident?.after ?? sizes }
    var classes: Range<Int> { 0 ..< sizes.classCount }

    public init(sizes: Sizes, incident: IncidentEffect<Sizes>? = nil) {
        self.sizes = sizes
        self.incident = incident
    }

    public var pools: [Pool] { sizes.pools }
    public var serverCount: W { classes.reduce(W.zero) { $0 + sizes.size($1) } }

    /// Servers of class `index` other than the origin.
    func othersCount(_ index: Int, originClass: Int) -> W {
        sizes.size(index) - (index == originClass ? .one : .zero)
    }

    /// Servers of class `index` a callback can land on other than the origin, after any incident.
    func othersAfter(_ index: Int, origin: Server) -> W {
        if case .origin(let c) = origin, c == index { return after.size(index) - .one }
        return after.size(index)
    }

    func holders(_ originClass: Int, _ others: [W]? = nil, everywhere: Bool = false) -> Holders {
        Holders(originClass: originClass, others: others ?? classes.map { _ in W.zero }, everywhere: everywhere)
    }

    public func routeOrder() -> Weighted<Server, W> {
        .choice(classes.map { (.origin($0), sizes.share($0)) })
    }

    public func routeCallback(origin: Server) -> Weighted<Server, W> {
        // After an incident the classes may have other sizes; the departed origin gets nothing.
        func weight(_ c: Int) -> W { after.share(c) / after.size(c) }
        var branches: [(Server, W)] = []
        if case .origin(let c) = origin { branches.append((origin, weight(c))) }
        for c in classes where !after.size(c).isZero {
            // A class with no other server gets weight zero here, and the branch is dropped.
            branches.append((.other(c), weight(c) * othersAfter(c, origin: origin)))
        }
        return .choice(branches)
    }

    func classIndex(of server: Server) -> Int {
        switch server {
        case .origin(let c), .other(let c), .departed(let c): c
        }
    }

    public func pool(of server: Server) -> Pool { sizes.kind(classIndex(of: server)) }

    public func isSameServer(_ a: Server, _ b: Server) -> Bool {
        if case .origin = a, case .origin = b { return true }
        return false
    }

    public func originOnly(_ origin: Server) -> Holders { holders(classIndex(of: origin)) }

    public func everyServer(_ origin: Server) -> Holders {
        let oc = classIndex(of: origin)
        return holders(oc, classes.map { othersCount($0, originClass: oc) })
    }

    /// The replicas among the other servers, class by class: the number in the last class
    /// is hypergeometric against all the others, then the next among those left, and so on
    /// (the chain rule for the multivariate hypergeometric).
    public func originPlusRandomServers(_ origin: Server, count: W) throws(EngineLimit) -> Weighted<Holders, W> {
        let oc = classIndex(of: origin)
        let available = classes.map { othersCount($0, originClass: oc) }
        // Partial placements carry what is still to place, so the split at class c is
        // asked once per count left (not once per way of having got there).
        var partial: Weighted<Partial, W> = .certain(Partial(left: count, taken: []))
        // Classes from the last to the first; the first takes what is left.
        for c in classes.reversed() {
            let rest = available[..<c].reduce(W.zero, +)
            var splits: [W: Weighted<W, W>] = [:]
            partial = try partial.flatMap { (p: Partial) throws(EngineLimit) -> Weighted<Partial, W> in
                if c == 0 || p.left.isZero { return .certain(Partial(left: .zero, taken: [p.left] + p.taken)) }
                let split: Weighted<W, W>
                if let known = splits[p.left] {
                    split = known
                } else {
                    split = try sizes.split(first: available[c], rest: rest, count: p.left)
                    splits[p.left] = split
                }
                return split.map { Partial(left: p.left - $0, taken: [$0] + p.taken) }
            }
        }
        return partial.map { holders(oc, $0.taken) }
    }

    public func sharedStore(_ origin: Server) -> Holders {
        let h = everyServer(origin)
        return holders(h.originClass, h.others, everywhere: true)
    }

    public func finds(_ holders: Holders, at server: Server, origin: Server) -> Weighted<Bool, W> {
        switch server {
        case .origin:
            return .certain(true)
        case .departed:
            return .certain(holders.everywhere)
        case .other(let c):
            if holders.everywhere { return .certain(true) }
            // The lookup lands on a uniformly random non-origin server of c; given how many
            // of them hold the order, each attempt is an independent draw.
            let held = holders.others[c]
            if held.isZero { return .certain(false) }
            return .flip(held / othersAfter(c, origin: origin))
        }
    }

    /// The incident between placement and the callbacks (SPEC §6), on the scaled class.
    /// Placement treated its servers alike, so the origin is among the `leaving` servers
    /// with probability leaving/size, and the holders among the class's other servers
    /// split between those that leave and those that stay hypergeometrically. For
    /// affinity the order's id may then map to another server, which holds nothing: the
    /// order is as good as departed.
    public func incidentStep(origin: Server, holders: Holders, pinned: Bool) throws(EngineLimit) -> Weighted<Placed<Server, Holders>, W> {
        guard let incident, let s = sizes.scaledClass else { return .certain(Placed(origin: origin, holders: holders)) }
        let before = sizes.size(s), leaving = incident.leaving
        let oc = classIndex(of: origin)
        func keep(_ alive: Bool, leavingOthers: W, others: W) throws(EngineLimit) -> Weighted<Placed<Server, Holders>, W> {
            let held = holders.others[s]
            let split = try sizes.split(first: held, rest: others - held, count: leavingOthers)
            return split.map { gone in
                var left = holders.others
                left[s] = held - gone
                return Placed(origin: alive ? origin : .departed(oc),
                              holders: self.holders(oc, left, everywhere: holders.everywhere))
            }
        }
        var placed: Weighted<Placed<Server, Holders>, W>
        if oc == s && !leaving.isZero {
            placed = try Weighted<Bool, W>.flip(.one - leaving / before).flatMap { (alive: Bool) throws(EngineLimit) in
                try keep(alive, leavingOthers: alive ? leaving : leaving - .one, others: before - .one)
            }
        } else {
            placed = try keep(true, leavingOthers: leaving, others: oc == s ? before - .one : before)
        }
        // Affinity hashes order ids over every server that is not a canary (one ring), so
        // an origin in any of those classes may map elsewhere after the event.
        guard pinned, sizes.kind(oc) == .stable else { return placed }
        return placed.flatMap { p in
            guard case .origin = p.origin else { return .certain(p) }
            return Weighted<Bool, W>.flip(incident.affinityStays).map { $0 ? p : Placed(origin: .departed(oc), holders: p.holders) }
        }
    }
}

extension LiftedPools where Sizes == NumericPools {
    public init(_ topology: Topology) { self.init(sizes: NumericPools(topology)) }

    /// The classes with an incident between placement and the callbacks.
    public init(_ topology: Topology, incident: Incident, hashing: Hashing) {
        guard let s = topology.scaledClass else { self.init(topology); return }
        let before = topology.classes[s].size, remaining = incident.scaledAfter(topology)
        let after = topology.resized(s, to: remaining)
        self.init(sizes: NumericPools(topology), incident: IncidentEffect(
            after: NumericPools(after),
            leaving: Rational(max(0, before - remaining)),
            affinityStays: incident.affinityStays(ring: AffinityRing(topology), after: AffinityRing(after), hashing: hashing)))
    }
}

/// What an incident does to the classes, in the weights of the world: the classes after
/// it, how many servers of the scaled class leave (0 for a scale-out), and P(an affinity
/// callback still maps to its origin | the origin stayed).
public struct IncidentEffect<Sizes: PoolSizes>: Sendable {
    public let after: Sizes
    public let leaving: Sizes.W
    public let affinityStays: Sizes.W
}
