import BigInt
import CallbackModel

/// How exact values read in every format: fractions, percents, money, durations.
public enum ExactText {
    /// "9/10", or for fractions too long to read, the leading and trailing digits and a count.
    public static func fraction(_ x: Rational, maxWidth: Int = .max) -> String {
        guard length(of: x) > maxWidth else { return whole(x) }
        return abbreviated(x, counted: true)
    }

    /// Characters of "p/q" written whole (`Rational.description`), without writing it.
    public static func length(of x: Rational) -> Int {
        x.isInteger ? length(x.numerator) : length(x.numerator) + 1 + length(x.denominator)
    }

    /// Numerator and denominator past 12 characters as their first and last four,
    /// with the number of digits when `counted`.
    static func abbreviated(_ x: Rational, counted: Bool) -> String {
        shape(x.numerator).shown(counted: counted) + "/" + shape(x.denominator).shown(counted: counted)
    }

    /// How a number reads in a shortened fraction: whole up to 12 characters, else its ends.
    struct Shape {
        let length: Int
        let whole: String?
        let ends: Ends?

        func shown(counted: Bool) -> String {
            guard let e = ends else { return whole! }
            return e.head + "…" + e.tail + (counted ? "(\(e.count) digits)" : "")
        }
    }

    static func shape(_ n: BigInt) -> Shape {
        if let e = longEnds(n) { return Shape(length: e.length, whole: nil, ends: e) }
        let text = digits(n)
        return Shape(length: text.count, whole: text, ends: nil)
    }

    /// "p/q" as `Rational.description` writes it, from the cached digits.
    static func whole(_ x: Rational) -> String {
        x.isInteger ? digits(x.numerator) : digits(x.numerator) + "/" + digits(x.denominator)
    }

    /// Characters of n in decimal, its sign included.
    static func length(_ n: BigInt) -> Int {
        guard n.magnitude.bitWidth > 128 else { return n.description.count }
        return summary(n).length
    }

    /// What a shortened number shows (its first and last four characters, as
    /// `String.prefix(4)` and `suffix(4)` of its decimal text, and its digit count), when it
    /// is longer than 12 characters.
    static func longEnds(_ n: BigInt) -> Ends? {
        guard n.magnitude.bitWidth > 36 else { return nil }
        let e = summary(n)
        return e.length > 12 ? e : nil
    }

    struct Ends {
        let length: Int
        let count: Int
        let head: String
        let tail: String
    }

    private static func summary(_ n: BigInt) -> Ends {
        if let known = summaries.withLock({ $0[n] }) { return known }
        let magnitude = n.magnitude, negative = n.sign == .minus && !n.isZero
        let count = DecimalDigits.count(magnitude)
        let lead = min(count, negative ? 3 : 4)
        let entry = Ends(length: count + (negative ? 1 : 0), count: count,
                         head: (negative ? "-" : "") + DecimalDigits.leading(magnitude, lead, count: count),
                         tail: DecimalDigits.trailing(magnitude, min(count, 4)))
        summaries.withLock { cache in
            if cache.count >= 2_048 { cache.removeAll(keepingCapacity: true) }
            cache[n] = entry
        }
        return entry
    }

    private static let summaries = Locked<[BigInt: Ends]>([:])

    /// Decimal digits of a number. Writing a 900-digit number in decimal is quadratic; the
    /// screen shows long numbers shortened (`longEnds`), so this runs on a long one only
    /// when it is shown whole, and keeps it.
    static func digits(_ n: BigInt) -> String {
        // Below ~40 digits conversion is cheaper than a lookup.
        guard n.magnitude.bitWidth > 128 else { return n.description }
        if let known = longDigits.withLock({ $0[n] }) { return known }
        let text = n.description
        longDigits.withLock { cache in
            if cache.count >= 2_048 { cache.removeAll(keepingCapacity: true) }
            cache[n] = text
        }
        return text
    }

    private static let longDigits = Locked<[BigInt: String]>([:])

    /// "9/10 = 90.00%".
    public static func probability(_ x: Rational, maxWidth: Int = .max) -> String {
        "\(fraction(x, maxWidth: maxWidth)) = \(x.percent())"
    }

    /// The most exact reading of a probability that fits `width` columns (`ProbabilityReadings`).
    public static func probability(_ x: Rational, fitting width: Int) -> String {
        ProbabilityReadings(x).fitting(width)
    }

    /// The value ×100 as a plain number for machines (JSON, CSV): two decimals, "90.00",
    /// and like the text's percent never "100.00" or "0.00" for a value that is neither:
    /// places are added until the rounding no longer hides it ("99.9999999" for
    /// 999999999/10⁹). Unlike the text, which stops ten places on and writes ">99.9…%",
    /// this never stops: a script always gets a number.
    public static func percentNumber(_ x: Rational) -> String {
        let hundred = x * 100
        var places = 2
        while true {
            let text = hundred.decimal(places: places, trimZeros: places > 2)
            guard let shown = Rational(exactText: text) else { return text }
            let hidden = (shown.isZero && !x.isZero) || (shown == Rational(100) && x != Rational(1))
            if !hidden { return text }
            places += 1
        }
    }

    /// A decimal for machines: exact when it terminates within 30 places, else 30 places rounded.
    public static func decimal(_ x: Rational) -> String {
        if let exact = x.terminatingDecimal, exact.count <= 40 { return exact }
        return x.decimal(places: 30, trimZeros: true)
    }

    /// "$12,960,000.00".
    public static func money(_ x: Rational) -> String {
        (x.isNegative ? "-$" : "$") + x.magnitude.groupedDecimal(places: 2)
    }

    /// A count that may not be whole: "900" or "1,234.57".
    public static func count(_ x: Rational) -> String {
        x.isInteger ? Rational.grouped(x.numerator) : x.groupedDecimal(places: 2)
    }

    /// A length of time given in days, in the unit that reads best: "48 minutes", "3.5 days",
    /// and below a second "2.59 ms", "640 µs", "3.1 ns". A positive duration never reads 0:
    /// one that rounds away even in nanoseconds reads "<0.01 ns".
    public static func duration(days: Rational) -> String {
        let units: [(String, Rational)] = [("day", 1), ("hour", Rational(1, 24)), ("minute", Rational(1, 1440))]
        for (name, size) in units {
            let amount = days / size
            if amount >= 2 { return plural(amount.decimal(places: 2, trimZeros: true), name) }
        }
        let seconds = days * 86_400
        if seconds >= 1 || seconds.isZero || seconds.isNegative { return plural(seconds.decimal(places: 2, trimZeros: true), "second") }
        // Below a second: the largest unit in which it reads at least 1. One that rounds up
        // to 1,000 of its unit reads as 1 of the next larger ("1 ms", not "1000 µs").
        let small: [(String, Rational)] = [("ms", 1_000), ("µs", 1_000_000), ("ns", 1_000_000_000)]
        var larger = "1 second"
        for (symbol, perSecond) in small {
            let amount = seconds * perSecond
            if amount >= 1 || symbol == "ns" {
                let text = amount.decimal(places: 2, trimZeros: true)
                if text == "1000" { return larger }
                return text == "0" ? "<0.01 ns" : "\(text) \(symbol)"
            }
            larger = "1 \(symbol)"
        }
        return larger
    }

    private static func plural(_ text: String, _ name: String) -> String {
        "\(text) \(name)\(text == "1" ? "" : "s")"
    }

    /// A ratio such as a burn rate, grouped like every big number of the text: "900×",
    /// "999,999,899×", "497.4×". A ratio that is not 0 never reads "0×": places are added
    /// (up to ten more) until it shows, then it reads "<0.000000000001×".
    public static func times(_ x: Rational) -> String {
        nonzero(x, places: 2, extra: 10, trimZeros: true, prefix: "") + "×"
    }

    /// x with grouped whole part and `places` decimals (trailing zeros trimmed when
    /// `trimZeros`), with places added (up to `extra` more) while a value that is not 0
    /// would read 0, then "<0.0…1".
    static func nonzero(_ x: Rational, places: Int, extra: Int, trimZeros: Bool, prefix: String) -> String {
        var p = places
        while true {
            let text = x.magnitude.groupedDecimal(places: p, trimZeros: trimZeros || p > places)
            let zero = text.allSatisfy { $0 == "0" || $0 == "." }
            if !zero || x.isZero {
                return (x.isNegative ? "-" : "") + prefix + text
            }
            if p >= places + extra {
                return (x.isNegative ? ">-" : "<") + prefix + "0." + String(repeating: "0", count: p - 1) + "1"
            }
            p += 1
        }
    }

    /// A parameter as a header echoes it (orders a minute): grouped, two decimals unless
    /// whole, and never "0.00" for a value that is not 0 ("0.001").
    public static func givenCount(_ x: Rational) -> String {
        x.isInteger ? Rational.grouped(x.numerator) : nonzero(x, places: 2, extra: 10, trimZeros: false, prefix: "")
    }

    /// A price as a header echoes it: "$10.00", and never "$0.00" for one that is not 0
    /// ("$0.001").
    public static func givenMoney(_ x: Rational) -> String {
        nonzero(x, places: 2, extra: 10, trimZeros: false, prefix: "$")
    }

    /// A share as a header echoes it, in percent: as typed when it is a short decimal
    /// ("10%", "12.5%", "0.0000001%"), else rounded to four places with "≈" ("≈33.3333%"),
    /// with places added while the rounding would read 0 or 100 for a share that is neither
    /// ("99.9999999999%"), and past ten more, which side of the bound it lies on
    /// (">99.99999999999999%").
    public static func givenPercent(_ share: Rational) -> String {
        let percent = share * 100
        if let exact = percent.terminatingDecimal, exact.count <= 10 { return exact + "%" }
        var places = 4
        while true {
            let text = percent.decimal(places: places, trimZeros: true)
            let hidden = (text == "0" && !share.isZero) || (text == "100" && share != .one)
            if !hidden {
                let exact = Rational(exactText: text) == percent
                return (exact ? "" : "≈") + text + "%"
            }
            if places >= 14 {
                return text == "0" ? "<0." + String(repeating: "0", count: places - 1) + "1%"
                    : ">99." + String(repeating: "9", count: places) + "%"
            }
            places += 1
        }
    }

    /// A number that may not be whole, for people: "900", or the fraction and its value to
    /// four places with the whole part grouped like the other big numbers:
    /// "11728910/9 ≈ 1,303,212.2222".
    public static func approximate(_ x: Rational, maxWidth: Int) -> String {
        x.isInteger ? count(x) : "\(fraction(x, maxWidth: maxWidth)) ≈ \(x.groupedDecimal(places: 4, trimZeros: true))"
    }
}
