import BigInt

/// The pools with the parameters left as variables: N servers; with a canary, M canary
/// servers taking a share c of the traffic. The lifted program runs on these unchanged.
/// Weighted classes (`--pool`) keep their sizes and weights as the numbers given: only
/// k stays a letter.
public struct SymbolicPools: PoolSizes {
    public typealias W = RationalFunction

    public let hasCanary: Bool
    /// Weighted classes, written in as numbers; nil for the flags' pools.
    let given: Topology?
    /// Replica counts above this, with a canary, make the split between the pools a
    /// rational function of degree r in N with r + 1 cases: no short form.
    public static let maxReplicasWithCanary = 3

    public init(hasCanary: Bool) {
        self.hasCanary = hasCanary
        given = nil
    }

    /// The classes as numbers.
    public init(classes: Topology) {
        hasCanary = classes.pools.contains(.canary)
        given = classes
    }

    /// Weighted classes add a term per class (per class and way the replicas split, with
    /// replicate): past these the formula is longer than anyone reads, so it is refused
    /// before any work.
    public static let maxReadableClasses = 6
    public static let maxReadableClassesWithReplicas = 2

    public static func checkReadable(_ classes: Topology, strategy: Strategy) throws(EngineLimit) {
        let count = classes.classes.count
        if count > maxReadableClasses {
            throw EngineLimit("no short form: \(count) pools make a sum of \(count) terms or more")
        }
        if strategy == .replicate && count > maxReadableClassesWithReplicas {
            throw EngineLimit("no short form: the replicas split over \(count) pools in many ways, one term each")
        }
    }

    static let n = RationalFunction(.N), m = RationalFunction(.M), c = RationalFunction(.c)

    /// Flags: class 0 is the stable pool, class 1 (with a canary) the canary pool.
    public var classCount: Int { given?.classes.count ?? (hasCanary ? 2 : 1) }
    public func kind(_ index: Int) -> Pool { given.map { $0.classes[index].kind } ?? (index == 0 ? .stable : .canary) }
    public var scaledClass: Int? { given.map(\.scaledClass) ?? 0 }

    public func size(_ index: Int) -> RationalFunction {
        if let given { return RationalFunction(given.classes[index].size) }
        guard hasCanary else { return Self.n }
        return index == 0 ? Self.n - Self.m : Self.m
    }

    public func share(_ index: Int) -> RationalFunction {
        if let given { return RationalFunction(given.shares[index]) }
        guard hasCanary else { return .one }
        return index == 0 ? .one - Self.c : Self.c
    }

    /// P(j of the r replicas are canary servers) = C(a, j)·C(b, r − j)/C(a + b, r) for
    /// j = 0…r, with r the given number (the case count depends on it: no closed form in r).
    /// C(x, j) = x(x − 1)…(x − j + 1)/j! vanishes by itself when x < j, so the cases hold for
    /// every valid N and M.
    public func split(first a: RationalFunction, rest b: RationalFunction, count: RationalFunction) throws(EngineLimit) -> Weighted<RationalFunction, RationalFunction> {
        if given != nil, let a = a.constantValue, let b = b.constantValue, let r = count.constantValue {
            // Numbers throughout: the numeric split, written in.
            let numeric = try Hypergeometric.distribution(successes: a.numerator, failures: b.numerator, draws: r.numerator)
            return .choice(numeric.support.map { (RationalFunction($0.value), RationalFunction($0.probability)) })
        }
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
