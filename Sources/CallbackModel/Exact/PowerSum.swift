import BigInt

/// Σ wᵢ·mᵢ^K for one exponent K, as a reduced fraction, with no gcd of two long numbers.
///
/// The mixture's sums (P(fail) = Σ pᵢ·mᵢ^(k+1) and the like) have short weights and short
/// bases, but at a hundred retries every term is a fraction of thousands of bits, and
/// adding them one by one reduces each partial sum with a gcd of two such denominators:
/// that was most of an engine run. Here every term goes over one common denominator
/// E·B^K (E the lcm of the weights' denominators, B that of the bases'), so the numerator
/// Σ num(wᵢ)·(E/den wᵢ)·(num(mᵢ)·B/den mᵢ)^K is integer arithmetic alone. Reducing needs
/// gcd(numerator, E·B^K), and every prime factor of E·B^K divides the short number E·B:
/// each common factor is found as a gcd with a short number (one remainder of the long
/// number, then a gcd of short ones).
struct PowerSum {
    let exponent: Int
    /// Weight by base; terms with equal bases share one power.
    private var weights: [Rational: Rational] = [:]

    /// Past this many rounds of cancellation (a common factor that is a high power) the
    /// reduction is left to the general gcd, so a run never costs more than before.
    static let maxRounds = 32

    init(exponent: Int) {
        precondition(exponent >= 0, "PowerSum with a negative exponent")
        self.exponent = exponent
    }

    /// Adds weight·base^K.
    mutating func add(_ weight: Rational, times base: Rational) {
        guard !weight.isZero, !(base.isZero && exponent > 0) else { return }
        weights[base, default: .zero] += weight
    }

    /// Adds a constant (a term whose base is 1).
    mutating func add(_ constant: Rational) { add(constant, times: .one) }

    var value: Rational {
        var powers: [BigInt: BigInt] = [:]
        return value(sharing: &powers)
    }

    /// The sum; `powers` keeps x^K by x for other sums of the same mixture, which meet the
    /// same bases over the same common denominator (P(fail) and E[attempts] do).
    func value(sharing powers: inout [BigInt: BigInt]) -> Rational {
        let terms = weights.filter { !$0.value.isZero }
        guard !terms.isEmpty else { return .zero }
        func power(_ x: BigInt) -> BigInt {
            if x.magnitude <= 1 { return x.power(exponent) }
            if let known = powers[x] { return known }
            let p = x.power(exponent)
            powers[x] = p
            return p
        }
        let e = terms.values.reduce(BigInt(1)) { lcm($0, $1.denominator) }
        let b = terms.keys.reduce(BigInt(1)) { lcm($0, $1.denominator) }
        var numerator = BigInt(0)
        for (base, weight) in terms {
            numerator += weight.numerator * (e / weight.denominator) * power(base.numerator * (b / base.denominator))
        }
        return Self.reduced(numerator, e * power(b), primesIn: e * b)
    }

    /// n/d in lowest terms, given a short number s whose prime factors include every prime
    /// factor of d (d > 0).
    static func reduced(_ n: BigInt, _ d: BigInt, primesIn s: BigInt) -> Rational {
        if n.isZero { return .zero }
        var n = n, d = d
        let s = s.magnitude
        for _ in 0 ..< maxRounds {
            // A prime common to n and d divides s, so it divides g = gcd(n, s), and, as it
            // divides d, h = gcd(d, g). No such prime when h = 1: n/d is reduced.
            let g = GCD.of(n.magnitude % s, s)
            if g == 1 { return Rational(normalized: n, d) }
            let h = BigInt(GCD.of(d.magnitude % g, g))
            if h == 1 { return Rational(normalized: n, d) }
            n /= h
            d /= h
        }
        return Rational(n, d)
    }

    private func lcm(_ a: BigInt, _ b: BigInt) -> BigInt {
        a == b || b == 1 ? a : a / BigInt(GCD.of(a.magnitude, b.magnitude)) * b
    }
}
