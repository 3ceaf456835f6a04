import BigInt
import CallbackModel

/// How exact values read in every format: fractions, percents, money, durations.
public enum ExactText {
    /// "9/10", or for fractions too long to read, the leading and trailing digits and a count.
    public static func fraction(_ x: Rational, maxWidth: Int = .max) -> String {
        let full = whole(x)
        guard full.count > maxWidth else { return full }
        return abbreviated(x, counted: true)
    }

    /// Numerator and denominator past 12 digits as their first and last four digits,
    /// with the number of digits when `counted`.
    private static func abbreviated(_ x: Rational, counted: Bool) -> String {
        func ends(_ n: BigInt) -> String {
            let d = digits(n)
            guard d.text.count > 12 else { return d.text }
            return d.text.prefix(4) + "…" + d.text.suffix(4) + (counted ? "(\(d.count) digits)" : "")
        }
        return ends(x.numerator) + "/" + ends(x.denominator)
    }

    /// "p/q" as `Rational.description` writes it, from the cached digits.
    static func whole(_ x: Rational) -> String {
        x.isInteger ? digits(x.numerator).text : digits(x.numerator).text + "/" + digits(x.denominator).text
    }

    /// Decimal digits of a number, with their count. Writing a 900-digit number in decimal
    /// is quadratic, and a frame at 100 retries writes the same few dozen numbers many
    /// times (every bar's candidates, every frame): long ones are kept.
    static func digits(_ n: BigInt) -> (text: String, count: Int) {
        // Below ~40 digits conversion is cheaper than a lookup.
        guard n.magnitude.bitWidth > 128 else {
            let text = n.description
            return (text, text.count)
        }
        if let known = longDigits.withLock({ $0[n] }) { return known }
        let text = n.description
        let entry = (text, text.utf8.count - (n.sign == .minus ? 1 : 0))
        longDigits.withLock { cache in
            if cache.count >= 2_048 { cache.removeAll(keepingCapacity: true) }
            cache[n] = entry
        }
        return entry
    }

    private static let longDigits = Locked<[BigInt: (text: String, count: Int)]>([:])

    /// "9/10 = 90.00%".
    public static func probability(_ x: Rational, maxWidth: Int = .max) -> String {
        "\(fraction(x, maxWidth: maxWidth)) = \(x.percent())"
    }

    /// The most exact reading of a probability that fits `width` columns: the whole
    /// fraction, then its ends with digit counts, then just its ends, then the percent
    /// alone (which is always kept whole, even past `width`).
    public static func probability(_ x: Rational, fitting width: Int) -> String {
        let percent = x.percent()
        let candidates = [whole(x), abbreviated(x, counted: true), abbreviated(x, counted: false)]
        for fraction in candidates where fraction.count + 3 + percent.count <= width {
            return x.isInteger ? percent : "\(fraction) = \(percent)"
        }
        return percent
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

    /// A length of time given in days, in the unit that reads best: "48 minutes", "3.5 days".
    public static func duration(days: Rational) -> String {
        let units: [(String, Rational)] = [("day", 1), ("hour", Rational(1, 24)), ("minute", Rational(1, 1440)), ("second", Rational(1, 86400))]
        for (name, size) in units {
            let amount = days / size
            if amount >= 2 || name == "second" {
                let text = amount.decimal(places: 2, trimZeros: true)
                return "\(text) \(name)\(text == "1" ? "" : "s")"
            }
        }
        return ""
    }
}
