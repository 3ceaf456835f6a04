import BigInt

/// Every server named: 0 ..< N, class after class. Replica sets are enumerated
/// subset by subset. Exponential in N, so it exists to check `LiftedPools` on small N.
public struct EnumeratedServers: ServerSpace {
    public typealias Server = Int
    public typealias Holders = [Int]
    public typealias W = Rational

    public let topology: Topology
    /// The class of each server.
    let classOf: [Int]
    var total: Int { classOf.count }

    public init(_ topology: Topology) {
        self.topology = topology
        classOf = topology.classes.indices.flatMap { i in Array(repeating: i, count: Int(topology.classes[i].size)) }
    }

    public var pools: [Pool] { topology.pools }
    public var serverCount: Rational { Rational(topology.servers) }

    public func pool(of server: Int) -> Pool { topology.classes[classOf[server]].kind }

    public func isSameServer(_ a: Int, _ b: Int) -> Bool { a == b }

    private func route() -> Weighted<Int, Rational> {
        .choice((0 ..< total).map { ($0, topology.serverWeight(classOf[$0])) })
    }

    public func routeOrder() -> Weighted<Int, Rational> { route() }
    public func routeCallback(origin: Int) -> Weighted<Int, Rational> { route() }

    public func originOnly(_ origin: Int) -> [Int] { [origin] }
    public func everyServer(_ origin: Int) -> [Int] { Array(0 ..< total) }

    public func originPlusRandomServers(_ origin: Int, count: Rational) throws(EngineLimit) -> Weighted<[Int], Rational> {
        let others = (0 ..< total).filter { $0 != origin }
        let sets = subsets(of: others, size: Int(count.numerator)).map { ([origin] + $0).sorted() }
        return .choice(sets.map { ($0, Rational(1, sets.count)) })
    }

    public func finds(_ holders: [Int], at server: Int, origin: Int) -> Weighted<Bool, Rational> {
        .certain(holders.contains(server))
    }

    private func subsets(of items: [Int], size: Int) -> [[Int]] {
        if size == 0 { return [[]] }
        guard items.count >= size else { return [] }
        let head = items[0], rest = Array(items.dropFirst())
        return subsets(of: rest, size: size - 1).map { [head] + $0 } + subsets(of: rest, size: size)
    }
}
