import BigInt

/// The load balancer's servers as classes of interchangeable servers, and the share of
/// requests each class gets. A request picks a class by its share, then a server
/// uniformly inside it. The flags' pools are two classes: stable (N − M servers, share
/// 1 − c) and canary (M servers, share c); without a canary, one class of N.
public struct Topology: Sendable, Hashable {
    /// Classes that have servers, in the order given.
    public let classes: [ServerClass]
    /// Share of requests each class receives: size × weight / Σ(size × weight).
    public let shares: [Rational]
    /// The flags' canary takes a share of traffic whatever the pools' sizes (a traffic
    /// split), so resizing a pool keeps the shares; weighted classes share by weight.
    let sharesFixed: Bool

    public init(classes: [ServerClass]) {
        let kept = Self.merged(classes.filter { $0.size > 0 })
        let total = kept.reduce(Rational.zero) { $0 + $1.weight * Rational($1.size) }
        self.init(classes: kept, shares: kept.map { $0.weight * Rational($0.size) / total }, sharesFixed: false)
    }

    private init(classes: [ServerClass], shares: [Rational], sharesFixed: Bool) {
        self.classes = classes
        self.shares = shares
        self.sharesFixed = sharesFixed
    }

    public init(servers: BigInt, canaryShare: Rational, canaryServers: BigInt) {
        if canaryShare.isZero {
            self.init(classes: [ServerClass(name: "stable", size: servers)], shares: [.one], sharesFixed: true)
        } else {
            let stable = servers - canaryServers
            self.init(classes: [
                ServerClass(name: "stable", size: stable, weight: (.one - canaryShare) / Rational(stable)),
                ServerClass(name: "canary", size: canaryServers, weight: canaryShare / Rational(canaryServers), canary: true),
            ], shares: [.one - canaryShare, canaryShare], sharesFixed: true)
        }
    }

    public init(_ p: Parameters) {
        if p.pools.isEmpty {
            self.init(servers: p.servers, canaryShare: p.canaryShare, canaryServers: p.canaryServers)
        } else {
            self.init(classes: p.pools)
        }
    }

    /// Classes with the same weight and kind are one class to the load balancer (their
    /// servers are interchangeable), so they are merged and the engine's cost follows the
    /// distinct weights, not the classes written. The first class that is not a canary
    /// stays apart: incidents resize it alone.
    static func merged(_ classes: [ServerClass]) -> [ServerClass] {
        let scaled = classes.firstIndex { !$0.canary }
        var result: [ServerClass] = []
        var scaledAt: Int?
        for (i, c) in classes.enumerated() {
            if i == scaled {
                scaledAt = result.count
                result.append(c)
            } else if let j = result.indices.first(where: { $0 != scaledAt && result[$0].weight == c.weight && result[$0].canary == c.canary }) {
                result[j].size += c.size
                result[j].name += "+" + c.name
            } else {
                result.append(c)
            }
        }
        return result
    }

    /// The class incidents act on (SPEC §6: "the stable pool"): the first class that is
    /// not a canary, or nil when every class is one.
    public var scaledClass: Int? { classes.firstIndex { !$0.canary } }

    /// The same classes with one resized (an incident acts on the scaled class). Weighted
    /// classes' shares follow their weights: a class that grows takes more traffic.
    func resized(_ index: Int, to size: BigInt) -> Topology {
        var c = classes
        c[index].size = size
        return sharesFixed ? Topology(classes: c, shares: shares, sharesFixed: true) : Topology(classes: c)
    }

    /// Pool kinds that receive traffic, stable first.
    public var pools: [Pool] { Pool.allCases.filter { kind in classes.contains { $0.kind == kind } } }

    /// Servers of every class of this kind.
    public func size(_ pool: Pool) -> BigInt {
        classes.filter { $0.kind == pool }.reduce(BigInt(0)) { $0 + $1.size }
    }

    /// Share of requests the classes of this kind receive.
    public func share(_ pool: Pool) -> Rational {
        zip(classes, shares).filter { $0.0.kind == pool }.reduce(Rational.zero) { $0 + $1.1 }
    }

    public var servers: BigInt { classes.reduce(BigInt(0)) { $0 + $1.size } }

    /// Probability that one request lands on one particular server of class `i`.
    public func serverWeight(_ i: Int) -> Rational { shares[i] / Rational(classes[i].size) }
}
