import BigInt

/// An exact finite distribution: outcomes with rational weights summing to 1.
///
/// This is the whole inference core. A probabilistic program is built from `choice`
/// (a random choice with exact weights) and `flatMap` (run the rest of the program for
/// each outcome); equal outcomes are merged as they arise, so a program whose state is
/// small stays small however many steps it runs. Outcomes keep first-seen order so that
/// printing is deterministic.
///
/// Weights are integers over one shared denominator: merging outcomes is then an integer
/// addition, not a gcd per step, which is what keeps a hundred retries over a billion
/// servers fast. Values are reduced to lowest terms only when they are read.
public struct Distribution<Value: Hashable>: Sendable where Value: Sendable {
    public private(set) var outcomes: [Value] = []
    private var numerators: [Value: BigInt] = [:]
    private var denominator = BigInt(1)

    private init() {}

    /// A value that is not random.
    public static func certain(_ value: Value) -> Distribution {
        var d = Distribution()
        d.add(value, 1)
        return d
    }

    /// One random choice. Zero-weight branches are dropped; weights must be ≥ 0 and sum to 1.
    public static func choice(_ branches: [(Value, Rational)]) -> Distribution {
        var d = Distribution()
        d.denominator = lcm(branches.map { $0.1.denominator }) // closures, not key paths: a generic key path is rebuilt on every call
        for (value, weight) in branches {
            precondition(!weight.isNegative, "negative probability \(weight)")
            if !weight.isZero { d.add(value, weight.numerator * (d.denominator / weight.denominator)) }
        }
        precondition(d.numerators.values.reduce(0, +) == d.denominator, "weights do not sum to 1")
        return d
    }

    /// The probability of a value (zero when it cannot happen).
    public subscript(value: Value) -> Rational {
        Rational(numerators[value] ?? 0, denominator)
    }

    public var support: [(value: Value, probability: Rational)] {
        outcomes.map { ($0, self[$0]) }
    }

    public var count: Int { outcomes.count }

    private mutating func add(_ value: Value, _ numerator: BigInt) {
        if let old = numerators[value] {
            numerators[value] = old + numerator
        } else {
            outcomes.append(value)
            numerators[value] = numerator
        }
    }

    /// A deterministic function of the outcome; outcomes that map together merge.
    public func map<T, E: Error>(_ f: (Value) throws(E) -> T) throws(E) -> Distribution<T> {
        var d = Distribution<T>()
        d.denominator = denominator
        for v in outcomes { d.add(try f(v), numerators[v]!) }
        return d
    }

    /// Sequencing: for each outcome, the rest of the program yields a distribution.
    public func flatMap<T, E: Error>(_ f: (Value) throws(E) -> Distribution<T>) throws(E) -> Distribution<T> {
        var parts: [(BigInt, Distribution<T>)] = []
        parts.reserveCapacity(outcomes.count)
        for v in outcomes { parts.append((numerators[v]!, try f(v))) }
        var d = Distribution<T>()
        let common = Distribution.lcm(parts.map { $0.1.denominator })
        d.denominator = denominator * common
        for (weight, next) in parts {
            let scale = weight * (common / next.denominator)
            for u in next.outcomes { d.add(u, scale * next.numerators[u]!) }
        }
        return d
    }

    /// Exact probability of an event.
    public func probability(of event: (Value) -> Bool) -> Rational {
        Rational(mass(event), denominator)
    }

    /// Probability of an event as an unreduced fraction over this distribution's shared
    /// denominator: reducing costs a gcd, so a caller summing many queries reduces once.
    public func unreducedProbability(of event: (Value) -> Bool) -> (numerator: BigInt, denominator: BigInt) {
        (mass(event), denominator)
    }

    private func mass(_ event: (Value) -> Bool) -> BigInt {
        outcomes.reduce(BigInt(0)) { event($1) ? $0 + numerators[$1]! : $0 }
    }

    /// The distribution given that an event holds; nil when the event has probability zero.
    public func conditioned(on event: (Value) -> Bool) -> Distribution? {
        let m = mass(event)
        guard !m.isZero else { return nil }
        var d = Distribution()
        d.denominator = m
        for v in outcomes where event(v) { d.add(v, numerators[v]!) }
        return d
    }

    /// Exact expected value of a rational-valued function of the outcome.
    public func expectation(_ f: (Value) -> Rational) -> Rational {
        let values = outcomes.map(f)
        let common = Distribution.lcm(values.map { $0.denominator })
        var total = BigInt(0)
        for (v, x) in zip(outcomes, values) { total += numerators[v]! * x.numerator * (common / x.denominator) }
        return Rational(total, denominator * common)
    }

    /// Least common multiple; the denominators met in practice are few and repeat.
    static func lcm(_ values: [BigInt]) -> BigInt {
        var result = BigInt(1)
        var seen = Set<BigInt>()
        for v in values where v != 1 && seen.insert(v).inserted {
            if result % v == 0 { continue }
            result = result / BigInt(GCD.of(result.magnitude, v.magnitude)) * v
        }
        return result
    }
}

extension Distribution {
    /// A coin with exact bias, the `flip` of probabilistic programming.
    public static func flip(_ p: Rational) -> Distribution<Bool> where Value == Bool {
        .choice([(true, p), (false, .one - p)])
    }

    /// Uniform over the values (a repeated value counts once per occurrence).
    public static func uniform(_ values: [Value]) -> Distribution {
        precondition(!values.isEmpty, "uniform over nothing")
        var d = Distribution()
        d.denominator = BigInt(values.count)
        for v in values { d.add(v, 1) }
        return d
    }
}

extension Distribution: Equatable {
    public static func == (a: Distribution, b: Distribution) -> Bool {
        Set(a.outcomes) == Set(b.outcomes) && a.outcomes.allSatisfy { a[$0] == b[$0] }
    }
}
