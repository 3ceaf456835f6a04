import BigInt

/// What a probability can be: an exact number (`Rational`) or an exact expression in the
/// model's parameters (`RationalFunction`). The strategy programs are written against
/// this, so the numeric engine and the symbolic one run the very same program.
public protocol ProbabilityWeight: Hashable, Sendable {
    static var zero: Self { get }
    static var one: Self { get }
    init(_ integer: BigInt)
    /// True only when the weight is zero for every value of its variables.
    var isZero: Bool { get }
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static func / (a: Self, b: Self) -> Self
}

extension Rational: ProbabilityWeight {}

/// A finite distribution whose weights are any `ProbabilityWeight`: the generic twin of
/// `Distribution` (which is tuned for long numeric runs), used for the strategy programs'
/// few short steps. Equal outcomes merge; outcomes keep first-seen order.
public struct Weighted<Value: Hashable & Sendable, W: ProbabilityWeight>: Sendable {
    public private(set) var outcomes: [Value] = []
    private var weights: [Value: W] = [:]

    private init() {}

    public static func certain(_ value: Value) -> Weighted {
        var d = Weighted()
        d.add(value, .one)
        return d
    }

    /// One random choice; branches whose weight is identically zero are dropped.
    public static func choice(_ branches: [(Value, W)]) -> Weighted {
        var d = Weighted()
        for (value, weight) in branches where !weight.isZero { d.add(value, weight) }
        return d
    }

    public static func flip(_ p: W) -> Weighted<Bool, W> where Value == Bool {
        .choice([(true, p), (false, .one - p)])
    }

    public subscript(value: Value) -> W { weights[value] ?? .zero }

    public var support: [(value: Value, weight: W)] { outcomes.map { ($0, weights[$0]!) } }

    private mutating func add(_ value: Value, _ weight: W) {
        if let old = weights[value] {
            let sum = old + weight
            if sum.isZero {
                weights[value] = nil
                outcomes.removeAll { $0 == value }
            } else {
                weights[value] = sum
            }
        } else {
            outcomes.append(value)
            weights[value] = weight
        }
    }

    public func map<T, E: Error>(_ f: (Value) throws(E) -> T) throws(E) -> Weighted<T, W> {
        var d = Weighted<T, W>()
        for v in outcomes { d.add(try f(v), weights[v]!) }
        return d
    }

    public func flatMap<T, E: Error>(_ f: (Value) throws(E) -> Weighted<T, W>) throws(E) -> Weighted<T, W> {
        var d = Weighted<T, W>()
        for v in outcomes {
            let w = weights[v]!
            for (u, x) in try f(v).support { d.add(u, w * x) }
        }
        return d
    }

    public func probability(of event: (Value) -> Bool) -> W {
        outcomes.reduce(W.zero) { event($1) ? $0 + weights[$1]! : $0 }
    }

    public func expectation(_ f: (Value) -> W) -> W {
        outcomes.reduce(W.zero) { $0 + weights[$1]! * f($1) }
    }
}

extension Weighted where W == Rational {
    /// The same distribution on the numeric core's representation.
    public var distribution: Distribution<Value> { .choice(support.map { ($0.value, $0.weight) }) }
}

extension Distribution {
    public var weighted: Weighted<Value, Rational> { .choice(support.map { ($0.value, $0.probability) }) }
}
