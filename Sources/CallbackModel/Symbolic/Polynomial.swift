import BigInt

/// The model's parameters as variables of a formula. The order is the monomial order
/// (lexicographic: N before M before r before c).
public enum Variable: Int, CaseIterable, Sendable, Hashable, Comparable {
    case N, M, r, c

    public var name: String {
        switch self {
        case .N: "N"
        case .M: "M"
        case .r: "r"
        case .c: "c"
        }
    }

    public static func < (a: Variable, b: Variable) -> Bool { a.rawValue < b.rawValue }
}

/// A product of variables with exponents (one per `Variable`, in its order).
struct Monomial: Hashable, Comparable, Sendable {
    var exponents: [Int]

    static let one = Monomial(exponents: [0, 0, 0, 0])

    static func of(_ v: Variable) -> Monomial {
        var m = one
        m.exponents[v.rawValue] = 1
        return m
    }

    var degree: Int { exponents.reduce(0, +) }
    var isOne: Bool { exponents.allSatisfy { $0 == 0 } }

    static func * (a: Monomial, b: Monomial) -> Monomial {
        Monomial(exponents: zip(a.exponents, b.exponents).map { $0 + $1 })
    }

    /// a / b when b divides a.
    func dividing(by b: Monomial) -> Monomial? {
        let e = zip(exponents, b.exponents).map { $0 - $1 }
        return e.allSatisfy { $0 >= 0 } ? Monomial(exponents: e) : nil
    }

    /// Lexicographic order: the leading term of a polynomial is its largest monomial.
    static func < (a: Monomial, b: Monomial) -> Bool { a.exponents.lexicographicallyPrecedes(b.exponents) }
}

/// A polynomial in N, M, r, c with exact rational coefficients.
struct Polynomial: Hashable, Sendable {
    private(set) var terms: [Monomial: Rational] = [:]

    static let zero = Polynomial()
    static let one = Polynomial(constant: 1)

    init() {}
    init(constant: Rational) { if !constant.isZero { terms[.one] = constant } }
    init(_ v: Variable) { terms[.of(v)] = 1 }

    var isZero: Bool { terms.isEmpty }
    var constant: Rational? {
        if terms.isEmpty { return .zero }
        if terms.count == 1, let (m, x) = terms.first, m.isOne { return x }
        return nil
    }

    var leading: (Monomial, Rational)? { terms.max { $0.key < $1.key }.map { ($0.key, $0.value) } }

    func degree(in v: Variable) -> Int { terms.keys.map { $0.exponents[v.rawValue] }.max() ?? 0 }

    static func + (a: Polynomial, b: Polynomial) -> Polynomial {
        var p = a
        for (m, x) in b.terms {
            let s = (p.terms[m] ?? .zero) + x
            p.terms[m] = s.isZero ? nil : s
        }
        return p
    }

    static prefix func - (a: Polynomial) -> Polynomial { a.scaled(by: -1) }
    static func - (a: Polynomial, b: Polynomial) -> Polynomial { a + (-b) }

    func scaled(by x: Rational) -> Polynomial {
        if x.isZero { return .zero }
        var p = Polynomial()
        for (m, y) in terms { p.terms[m] = y * x }
        return p
    }

    static func * (a: Polynomial, b: Polynomial) -> Polynomial {
        var p = Polynomial()
        for (m, x) in a.terms {
            for (n, y) in b.terms {
                let mn = m * n
                let s = (p.terms[mn] ?? .zero) + x * y
                p.terms[mn] = s.isZero ? nil : s
            }
        }
        return p
    }

    func power(_ e: Int) -> Polynomial { (0 ..< e).reduce(Polynomial.one) { acc, _ in acc * self } }

    /// self / d when d divides self exactly, else nil. The division algorithm by leading
    /// terms (lexicographic order) leaves no remainder exactly when d divides self.
    func dividedExactly(by d: Polynomial) -> Polynomial? {
        guard let (ld, lc) = d.leading else { return nil }
        var quotient = Polynomial(), rest = self
        var steps = 0
        while let (lm, lx) = rest.leading {
            steps += 1
            guard steps <= 10_000, let m = lm.dividing(by: ld) else { return nil }
            var t = Polynomial()
            t.terms[m] = lx / lc
            quotient = quotient + t
            rest = rest - t * d
        }
        return quotient
    }

    /// self = content × primitive: primitive has coprime integer coefficients and a
    /// positive leading coefficient.
    var contentAndPrimitive: (Rational, Polynomial) {
        guard let (_, lead) = leading else { return (.zero, .zero) }
        var den = BigInt(1), num = BigInt(0)
        for x in terms.values {
            den = den / BigInt(GCD.of(den.magnitude, x.denominator.magnitude)) * x.denominator
        }
        for x in terms.values { num = BigInt(GCD.of(num.magnitude, (x.numerator * (den / x.denominator)).magnitude)) }
        var content = Rational(num, den)
        if lead.isNegative { content = -content }
        return (content, scaled(by: content.reciprocal))
    }

    func evaluate(_ values: [Variable: Rational]) -> Rational {
        terms.reduce(Rational.zero) { sum, term in
            var x = term.value
            for v in Variable.allCases where term.key.exponents[v.rawValue] > 0 {
                x *= values[v]!.power(term.key.exponents[v.rawValue])
            }
            return sum + x
        }
    }

    /// Terms in reading order: higher degree first, then N, M, r, c; constants last;
    /// positive terms before negative ones when the first would read negative (`1 − c`).
    var readingOrder: [(Monomial, Rational)] {
        let sorted = terms.sorted { a, b in
            a.key.degree != b.key.degree ? a.key.degree > b.key.degree : b.key < a.key
        }.map { ($0.key, $0.value) }
        guard let first = sorted.first, first.1.isNegative else { return sorted }
        return sorted.filter { !$0.1.isNegative } + sorted.filter { $0.1.isNegative }
    }
}
