import BigInt
import PropertyBased
import Testing
@testable import CallbackModel

struct RationalTests {
    @Test func normalises() {
        #expect(Rational(6, -4) == Rational(-3, 2))
        #expect(Rational(6, -4).denominator == 2)
        #expect(Rational(0, 7).description == "0")
        #expect(Rational(10, 5).description == "2")
    }

    @Test func arithmetic() {
        #expect(Rational(1, 3) + Rational(1, 6) == Rational(1, 2))
        #expect(Rational(1, 3) - Rational(1, 2) == Rational(-1, 6))
        #expect(Rational(2, 3) * Rational(9, 4) == Rational(3, 2))
        #expect(Rational(2, 3) / Rational(4, 9) == Rational(3, 2))
        #expect(Rational(2, 3).power(3) == Rational(8, 27))
        #expect(Rational(2, 3).power(-2) == Rational(9, 4))
        #expect(Rational(1, 3) < Rational(1, 2))
        #expect(Rational(-7, 2).floor == -4)
        #expect(Rational(5, 2).rounded == 3)
        #expect(Rational(-5, 2).rounded == -3)
    }

    @Test(arguments: [("12.5", Rational(25, 2)), ("33.33", Rational(3333, 100)), ("0.9", Rational(9, 10)),
                      ("-2", Rational(-2)), ("1/3", Rational(1, 3)), (".5", Rational(1, 2)), ("7.", Rational(7)),
                      ("-1/3", Rational(-1, 3)), ("+6/4", Rational(3, 2)), (" 2 ", Rational(2))])
    func parsesExactly(text: String, value: Rational) {
        #expect(Rational(exactText: text) == value)
    }

    /// Issue 16 item 13: "6/2/2" read as 6 and "1/3/3" as 1 (the part after the first `/`
    /// was parsed as a fraction again).
    @Test(arguments: ["", "abc", "1e3", "1..2", "--1", "1/0", "1/-2", "nan", ".", "6/2/2", "1/3/3", "1/", "/3",
                      "1.5/2", "1/2.5", "1 /3", "1/ 3", "-", "+", "1/+2", "-/2", "1.2.3", "0x10", "١٢"])
    func rejectsNonNumbers(text: String) {
        #expect(Rational(exactText: text) == nil)
    }

    @Test func rendersDecimals() {
        #expect(Rational(2, 3).decimal(places: 2) == "0.67")
        #expect(Rational(9, 10).percent() == "90.00%")
        #expect(Rational(10, 11).percent() == "90.91%")
        #expect(Rational(1, 8).terminatingDecimal == "0.125")
        #expect(Rational(1, 3).terminatingDecimal == nil)
        #expect(Rational(41, 50).terminatingDecimal == "0.82")
        #expect(Rational(3).terminatingDecimal == "3")
        #expect(Rational(-1, 200).decimal(places: 2) == "-0.01")
        #expect(Rational(12_960_000).groupedDecimal(places: 2) == "12,960,000.00")
        #expect(Rational.grouped(BigInt(999)) == "999")
        #expect(Rational.grouped(BigInt(-1000)) == "-1,000")
    }
}

struct RationalEqualityTests {
    @Test func productOfLiterals() {
        let a = Rational(12_960_000) * Rational(365)
        let b: Rational = 12_960_000 * 365
        #expect(a.numerator == b.numerator)
        #expect(a.denominator == b.denominator)
        #expect(a == b)
    }
}

/// Decimal rendering checked against its definition: the printed value is within half a
/// unit of the last place, and a tie rounds away from zero.
struct RationalRoundingTests {
    @Test func decimalIsTheNearestAtItsPlaces() async {
        await propertyCheck(count: 300, input: Gen.int(in: -100_000 ... 100_000), Gen.int(in: 1 ... 100_000), Gen.int(in: 0 ... 6)) { p, q, places in
            let x = Rational(p, q)
            let printed = Rational(exactText: x.decimal(places: places))!
            let unit = Rational(1) / Rational(BigInt(10).power(places))
            let error = (printed - x).magnitude
            #expect(error * 2 <= unit)
            if error * 2 == unit { #expect(printed.magnitude > x.magnitude) }
            // The percent: nearest at its own number of places (at least `places`), and
            // never 0 or 100 for a value that is neither.
            let percent = x.percent(places: places)
            #expect(percent.hasSuffix("%"))
            let digits = percent.dropLast()
            let shown = digits.split(separator: ".").dropFirst().first?.count ?? 0
            #expect(shown >= places || digits.contains("."))
            let value = Rational(exactText: String(digits))!
            #expect((value - x * 100).magnitude * 2 <= Rational(1) / Rational(BigInt(10).power(shown)))
            if !x.isZero && x != .one { #expect(!value.isZero && value != Rational(100), "\(x) → \(percent)") }
        }
    }

    @Test func percentsNeverHideAValueAtTheEnds() {
        #expect(Rational(1).percent() == "100.00%")
        #expect(Rational(0).percent() == "0.00%")
        #expect(Rational(9_999_999, 10_000_000).percent() == "99.99999%")
        #expect(Rational(1, 1_000_000_000).percent() == "0.0000001%")
        #expect(Rational(99_999, 100_000).percent() == "99.999%")
        #expect(Rational(1, 3).percent() == "33.33%")
        // Past ten more places, the bound it lies beyond.
        let tiny = Rational(BigInt(1), BigInt(10).power(30))
        #expect(tiny.percent() == "<0.000000000001%")
        #expect((.one - tiny).percent() == ">99.999999999999%")
    }

    @Test func tiesGoAwayFromZero() {
        #expect(Rational(1, 8).decimal(places: 2) == "0.13")
        #expect(Rational(-1, 8).decimal(places: 2) == "-0.13")
        #expect(Rational(1, 2000).percent() == "0.05%")
        #expect(Rational(-5, 2).rounded(scaledBy: 1) == -3)
        #expect(Rational(5, 2).rounded(scaledBy: -1) == -3)
    }
}
