import BigInt

/// The vocabulary the strategy programs are written in: route a request, place state,
/// look it up. Three worlds implement it: `EnumeratedServers` names every server,
/// `LiftedPools` treats the servers of a pool as interchangeable so its cost does not
/// depend on N, and `LiftedPools` over `SymbolicPools` does the same with the parameters
/// left as variables (weights are then expressions in N, c, M, r). The programs cannot
/// tell them apart, which is what the tests check.
public protocol ServerSpace {
    associatedtype Server: Hashable & Sendable
    associatedtype Holders: Hashable & Sendable
    /// What a probability or a count is in this world: a number, or an expression.
    associatedtype W: ProbabilityWeight

    /// Pools that receive traffic, stable first.
    var pools: [Pool] { get }
    /// How many servers there are (N), for writes per order.
    var serverCount: W { get }

    /// Where the load balancer sends the order request.
    func routeOrder() -> Weighted<Server, W>
    /// Where the load balancer sends a callback for an order taken by `origin`.
    func routeCallback(origin: Server) -> Weighted<Server, W>
    func pool(of server: Server) -> Pool
    func isSameServer(_ a: Server, _ b: Server) -> Bool

    /// State written on the origin only.
    func originOnly(_ origin: Server) -> Holders
    /// State any server can read (a shared store, or a copy on every server).
    func everyServer(_ origin: Server) -> Holders
    /// State on the origin plus `count` other servers chosen uniformly at random.
    func originPlusRandomServers(_ origin: Server, count: W) throws(EngineLimit) -> Weighted<Holders, W>

    /// Whether a lookup on `server` finds the order's state.
    func finds(_ holders: Holders, at server: Server, origin: Server) -> Weighted<Bool, W>

    /// State in one store every server reads, including servers that join later.
    func sharedStore(_ origin: Server) -> Holders

    /// What an incident between placement and the callbacks leaves: the origin (or that it
    /// is gone) and the holders. `pinned`: the callback follows the order id (affinity).
    func incidentStep(origin: Server, holders: Holders, pinned: Bool) throws(EngineLimit) -> Weighted<Placed<Server, Holders>, W>
}

extension ServerSpace {
    public func sharedStore(_ origin: Server) -> Holders { everyServer(origin) }

    /// No incident: everything stays as placed.
    public func incidentStep(origin: Server, holders: Holders, pinned: Bool) throws(EngineLimit) -> Weighted<Placed<Server, Holders>, W> {
        .certain(Placed(origin: origin, holders: holders))
    }
}

/// The order's origin and holders, between program steps.
public struct Placed<Server: Hashable & Sendable, Holders: Hashable & Sendable>: Hashable, Sendable {
    public let origin: Server
    public let holders: Holders
}

/// A configuration whose exact answer is too costly to compute; says why instead of hanging.
public struct EngineLimit: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
