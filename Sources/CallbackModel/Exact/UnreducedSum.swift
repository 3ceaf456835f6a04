import BigInt

/// Sums fractions without reducing each partial sum. The fractions a program yields step
/// by step have denominators that divide one another, so adding is integer arithmetic and
/// only the final value pays for a gcd.
struct UnreducedSum {
    private var numerator = BigInt(0)
    private var denominator = BigInt(1)

    mutating func add(_ term: (numerator: BigInt, denominator: BigInt)) {
        let (n, d) = term
        if d % denominator == 0 {
            numerator = numerator * (d / denominator) + n
            denominator = d
        } else {
            let value = Rational(numerator, denominator) + Rational(n, d)
            numerator = value.numerator
            denominator = value.denominator
        }
    }

    var value: Rational { Rational(numerator, denominator) }
}
