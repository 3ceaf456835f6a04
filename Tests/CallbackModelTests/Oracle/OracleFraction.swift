import BigInt

/// A tiny exact fraction for the test oracle, written here on purpose: the oracle must
/// share no code with CallbackModel (not even its `Rational`), or a bug there would be
/// checked against itself. Always reduced, denominator positive.
struct OracleFraction: Hashable, Comparable, CustomStringConvertible, Sendable {
    let numerator: BigInt
    let denominator: BigInt

    init(_ numerator: BigInt, _ denominator: BigInt = 1) {
        precondition(denominator != 0, "oracle fraction with a zero denominator")
        let sign: BigInt = denominator < 0 ? -1 : 1
        let g = numerator.magnitude.greatestCommonDivisor(with: denominator.magnitude)
        let divisor = BigInt(g == 0 ? 1 : g)
        self.numerator = sign * numerator / divisor
        self.denominator = sign * denominator / divisor
    }

    init(_ numerator: Int, _ denominator: Int = 1) {
        self.init(BigInt(numerator), BigInt(denominator))
    }

    static let zero = OracleFraction(0)
    static let one = OracleFraction(1)

    var isZero: Bool { numerator == 0 }
    var isInteger: Bool { denominator == 1 }

    static func + (a: Self, b: Self) -> Self {
        Self(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
    }

    static func - (a: Self, b: Self) -> Self {
        Self(a.numerator * b.denominator - b.numerator * a.denominator, a.denominator * b.denominator)
    }

    static func * (a: Self, b: Self) -> Self {
        Self(a.numerator * b.numerator, a.denominator * b.denominator)
    }

    static func / (a: Self, b: Self) -> Self {
        precondition(!b.isZero, "oracle division by zero")
        return Self(a.numerator * b.denominator, a.denominator * b.numerator)
    }

    static func += (a: inout Self, b: Self) { a = a + b }

    static func < (a: Self, b: Self) -> Bool {
        a.numerator * b.denominator < b.numerator * a.denominator
    }

    /// Least common multiple of two positive denominators.
    static func lcm(_ a: BigInt, _ b: BigInt) -> BigInt {
        a / BigInt(a.magnitude.greatestCommonDivisor(with: b.magnitude)) * b
    }

    var description: String { isInteger ? numerator.description : "\(numerator)/\(denominator)" }
}
