import BigInt

/// The pools with the parameters left as variables: N servers; with a canary, M canary
/// servers taking a share c of the traffic. The lifted program runs on these unchanged.
public struct SymbolicPools: PoolSizes {
    public typealias W = RationalFunction

    public let hasCanary: Bool
    /// Replica counts above this, with a canary, make the split between the pools a
    /// rational function of degree r in N with r + 1 cases: no short form.
    public static let maxReplicasWithCanary = 3

    public init(hasCanary: Bool) { self.hasCanary = hasCanary }

    static let n = RationalFunction(.N), m = RationalFunction(.M), c = RationalFunction(.c)

    public var pools: [Pool] { hasCanary ? [.stable, .canary] : [.stable] }

    public func size(_ pool: Pool) -> RationalFunction {
        guard hasCanary else { return pool == .stable ? Self.n : .zero }
        return pool == .stable ? Self.n - Self.m : Self.m
    }

    public func share(_ pool: Pool) -> RationalFunction {
        guard hasCanary else { return pool == .stable ? .one : .zero }
        return pool == .stable ? .one - Self.c : Self.c
    }

    /// P(j of the r replicas are canary servers) = C(a, j)·C(b, r − j)/C(a + b, r) for
    /// j = 0…r, with r the given number (the case count depends on it: no closed form in r).
    /// C(x, j) = x(x − 1)…(x − j + 1)/j! vanishes by itself when x < j, so the cases hold for
    /// every valid N and M.
    public func replicaSplit(canary a: RationalFunction, stable b: RationalFunction, count: RationalFunction) throws(EngineLimit) -> Weighted<RationalFunction, RationalFunction> {
        guard let r = count.constantValue?.numerator, let draws = Int(exactly: r) else {
            throw EngineLimit("no short form: the replicas' split between the pools has no closed form in r")
        }
        guard draws <= Self.maxReplicasWithCanary else {
            throw EngineLimit("no short form: degree \(draws) in N (the \(draws) replicas split between the pools \(draws + 1) ways)")
        }
        func choose(_ x: RationalFunction, _ j: Int) -> RationalFunction {
            var result = RationalFunction.one
            for i in 0 ..< j { result = result * (x - RationalFunction(BigInt(i))) / RationalFunction(BigInt(i + 1)) }
            return result
        }
        let total = choose(a + b, draws)
        return .choice((0 ... draws).map { j in
            (RationalFunction(BigInt(j)), choose(a, j) * choose(b, draws - j) / total)
        })
    }
}
