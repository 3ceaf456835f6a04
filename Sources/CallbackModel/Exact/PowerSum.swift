import BigInt

/// Σ wᵢ·mᵢ^K for one exponent K, as a reduced fraction, with no gcd of two long numbers.
///
/// The mixture's sums (P(fail) = Σ pᵢ·mᵢ^(k+1) and the like) have short weights and short
/// bases, but at a hundred retries every term is a fraction of thousands of bits, and
/// adding them one by one reduces each partial sum with a gcd of two such denominators:
/// that was most of an engine run. Here every term goes over one common denominator
/// E·B^K (E the lcm of the weights' denominators, B that of the bases'), so the numerator
/// Σ num(wᵢ)·(E/den wᵢ)·(num(mᵢ)·B/den mᵢ)^K is integer arithmetic alone. Reducing needs
/// gcd(numerator, E·B^K), and every prime factor of E·B^K divides one of the terms' short
/// denominators: each common factor is found as a gcd with a short number (one remainder
/// of the long number, then a gcd of short ones).
struct PowerSum {
    let exponent: Int
    /// Weight by base; terms with equal bases share one power.
    private var weights: [Rational: Rational] = [:]

    /// Past this many rounds of cancellation (a common factor that is a high power) the
    /// reduction is left to the general gcd, so a sum never costs much more than before.
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
            let magnitude = BigInt(WordPower.power(x.magnitude, exponent))
            let p = x.sign == .minus && exponent % 2 == 1 ? -magnitude : magnitude
            powers[x] = p
            return p
        }
        let e = terms.values.reduce(BigInt(1)) { lcm($0, $1.denominator) }
        let b = terms.keys.reduce(BigInt(1)) { lcm($0, $1.denominator) }
        var numerator = BigInt(0)
        for (base, weight) in terms {
            numerator += weight.numerator * (e / weight.denominator) * power(base.numerator * (b / base.denominator))
        }
        // Every prime factor of E·B^K divides one of the terms' denominators.
        let factors = Set(terms.keys.map(\.denominator.magnitude) + terms.values.map(\.denominator.magnitude))
        return Self.reduced(numerator, e * power(b), primesIn: factors.filter { $0 > 1 })
    }

    /// n/d in lowest terms (d > 0), given short numbers whose prime factors include every
    /// prime factor of d. Each is usually one machine word, so a test is one pass over n.
    static func reduced(_ n: BigInt, _ d: BigInt, primesIn factors: some Sequence<BigUInt>) -> Rational {
        if n.isZero { return .zero }
        var n = n, d = d, rounds = 0
        for f in factors {
            while true {
                // A prime common to n and d that divides f divides g = gcd(n, f) and, as it
                // divides d, h = gcd(d, g). When there is none, f has no more to cancel.
                let g = GCD.of(remainder(n.magnitude, f), f)
                if g == 1 { break }
                let h = GCD.of(remainder(d.magnitude, g), g)
                if h == 1 { break }
                n = quotient(n, h)
                d = quotient(d, h)
                rounds += 1
                if rounds == maxRounds { return Rational(n, d) }
            }
        }
        return Rational(normalized: n, d)
    }

    /// n mod f, by machine division word by word when f is one word.
    static func remainder(_ n: BigUInt, _ f: BigUInt) -> BigUInt {
        guard f.words.count == 1 else { return n % f }
        let divisor = f.words[0]
        var r: UInt = 0
        for word in n.words.reversed() { r = divisor.dividingFullWidth((r, word)).remainder }
        return BigUInt(integerLiteral: UInt64(r))
    }

    /// n/h for h dividing n, by machine division word by word when h is one word.
    static func quotient(_ n: BigInt, _ h: BigUInt) -> BigInt {
        guard h.words.count == 1 else { return n / BigInt(h) }
        let divisor = h.words[0]
        var words = Array(n.magnitude.words), r: UInt = 0
        for i in words.indices.reversed() { (words[i], r) = divisor.dividingFullWidth((r, words[i])) }
        let q = BigInt(BigUInt(words: words))
        return n.sign == .minus ? -q : q
    }

    private func lcm(_ a: BigInt, _ b: BigInt) -> BigInt {
        a == b || b == 1 ? a : a / BigInt(GCD.of(a.magnitude, b.magnitude)) * b
    }
}
