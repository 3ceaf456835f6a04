import BigInt

/// An exact rational number p/q on BigInt, always normalised: q > 0 and gcd(|p|, q) = 1.
/// Normalised form makes structural equality and hashing agree with numeric equality.
public struct Rational: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let numerator: BigInt
    public let denominator: BigInt

    public static let zero = Rational(0)
    public static let one = Rational(1)

    public init(_ value: Int) {
        // The literal initialiser is specialised in BigInt's module; the generic one is not.
        numerator = BigInt(integerLiteral: Int64(value))
        denominator = 1
    }

    public init(_ value: BigInt) {
        numerator = value
        denominator = 1
    }

    /// Builds p/q and normalises it; q must not be zero.
    public init(_ p: BigInt, _ q: BigInt) {
        precondition(!q.isZero, "Rational with zero denominator")
        var p = p, q = q
        if q.sign == .minus { p = -p; q = -q }
        let g = BigInt(GCD.of(p.magnitude, q.magnitude))
        if g > 1 { p /= g; q /= g }
        numerator = p
        denominator = q
    }

    public init(_ p: Int, _ q: Int) { self.init(BigInt(p), BigInt(q)) }

    /// Trusted constructor for values already known to be normalised.
    init(normalized p: BigInt, _ q: BigInt) {
        numerator = p
        denominator = q
    }

    public var isZero: Bool { numerator.isZero }
    public var isNegative: Bool { numerator.sign == .minus && !numerator.isZero }
    public var isInteger: Bool { denominator == 1 }

    public var description: String {
        denominator == 1 ? numerator.description : "\(numerator)/\(denominator)"
    }

    // MARK: Arithmetic

    /// Knuth's addition (TAOCP vol. 2, §4.5.1): the gcds are taken of the denominators and
    /// of the new numerator with their common part, never of the full cross products, which
    /// are twice as long (a hundred retries make ~3,000-bit fractions, and the gcd of the
    /// sum was the engine's hot spot).
    public static func + (a: Rational, b: Rational) -> Rational {
        if a.denominator == 1 && b.denominator == 1 { return Rational(normalized: a.numerator + b.numerator, 1) }
        let d1 = BigInt(GCD.of(a.denominator.magnitude, b.denominator.magnitude))
        if d1 == 1 {
            // gcd(a·d + c·b, b·d) = 1 when a/b and c/d are reduced and gcd(b, d) = 1.
            return Rational(normalized: a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
        }
        let t = a.numerator * (b.denominator / d1) + b.numerator * (a.denominator / d1)
        if t.isZero { return .zero }
        let d2 = BigInt(GCD.of(t.magnitude, d1.magnitude))
        return Rational(normalized: t / d2, (a.denominator / d1) * (b.denominator / d2))
    }

    public static func - (a: Rational, b: Rational) -> Rational { a + (-b) }

    public static prefix func - (a: Rational) -> Rational {
        Rational(normalized: -a.numerator, a.denominator)
    }

    public static func * (a: Rational, b: Rational) -> Rational {
        if a.isZero || b.isZero { return .zero }
        // Cross-cancel first so the intermediate products stay as small as the result.
        let g1 = BigInt(GCD.of(a.numerator.magnitude, b.denominator.magnitude))
        let g2 = BigInt(GCD.of(b.numerator.magnitude, a.denominator.magnitude))
        return Rational(normalized: (a.numerator / g1) * (b.numerator / g2), (a.denominator / g2) * (b.denominator / g1))
    }

    public static func / (a: Rational, b: Rational) -> Rational {
        precondition(!b.isZero, "Rational division by zero")
        return a * b.reciprocal
    }

    public var reciprocal: Rational {
        precondition(!isZero, "reciprocal of zero")
        return numerator.sign == .minus
            ? Rational(normalized: -denominator, -numerator)
            : Rational(normalized: denominator, numerator)
    }

    public static func += (a: inout Rational, b: Rational) { a = a + b }
    public static func -= (a: inout Rational, b: Rational) { a = a - b }
    public static func *= (a: inout Rational, b: Rational) { a = a * b }
    public static func /= (a: inout Rational, b: Rational) { a = a / b }

    /// Integer power; negative exponents take the reciprocal.
    public func power(_ exponent: Int) -> Rational {
        if exponent < 0 { return reciprocal.power(-exponent) }
        return Rational(normalized: numerator.power(exponent), denominator.power(exponent))
    }

    public static func < (a: Rational, b: Rational) -> Bool {
        a.numerator * b.denominator < b.numerator * a.denominator
    }

    /// Largest integer ≤ self.
    public var floor: BigInt {
        let (q, r) = numerator.quotientAndRemainder(dividingBy: denominator)
        return (r.sign == .minus && !r.isZero) ? q - 1 : q
    }

    /// The nearest integer, ties away from zero (the rounding people expect on a printed percent).
    public var rounded: BigInt { rounded(scaledBy: 1) }

    /// round(self × scale), ties away from zero, by one integer division: no gcd, because
    /// a frame formats dozens of values whose denominators run to hundreds of digits.
    public func rounded(scaledBy scale: BigInt) -> BigInt {
        let (q, r) = (numerator.magnitude * scale.magnitude).quotientAndRemainder(dividingBy: denominator.magnitude)
        let magnitude = r * 2 >= denominator.magnitude ? q + 1 : q
        let negative = (numerator.sign == .minus) != (scale.sign == .minus)
        return negative ? -BigInt(magnitude) : BigInt(magnitude)
    }

    public var magnitude: Rational { isNegative ? -self : self }
}

extension Rational: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}
