import BigInt

extension Rational {
    /// Parses an exact decimal or fraction: "12.5", "33.33", "-2", ".5", "7.", "1/3", "-1/3".
    /// The one number parser of flags, typed entry and the dialect's literals. Strict: a
    /// fraction is whole digits, exactly one `/`, then whole digits that are not zero
    /// ("6/2/2" and "1.5/2" are refused, not read as 6 or 3/4); no exponents, no inner spaces.
    /// Returns nil for anything else; callers say what was wrong with the value.
    public init?(exactText text: String) {
        var body = Substring(text.trimmingCharacters(in: " "))
        var negative = false
        if body.first == "-" || body.first == "+" {
            negative = body.first == "-"
            body = body.dropFirst()
        }
        let value: Rational
        let fraction = body.split(separator: "/", omittingEmptySubsequences: false)
        switch fraction.count {
        case 1:
            guard let v = Rational.unsignedDecimal(body) else { return nil }
            value = v
        case 2:
            guard fraction.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
                  let p = BigInt(String(fraction[0])), let q = BigInt(String(fraction[1])), !q.isZero else { return nil }
            value = Rational(p, q)
        default:
            return nil
        }
        self = negative ? -value : value
    }

    /// Digits with at most one point and at least one digit: "12", "12.5", ".5", "7.".
    private static func unsignedDecimal(_ body: Substring) -> Rational? {
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let intPart = parts[0], fracPart = parts.count > 1 ? parts[1] : ""
        guard !(intPart.isEmpty && fracPart.isEmpty),
              intPart.allSatisfy(\.isASCIIDigit), fracPart.allSatisfy(\.isASCIIDigit),
              let n = BigInt(String(intPart) + String(fracPart)) else { return nil }
        return Rational(n, BigInt(10).power(fracPart.count))
    }

    /// Exact decimal if the expansion terminates (denominator 2^a·5^b), else nil.
    public var terminatingDecimal: String? {
        var q = denominator
        var twos = 0, fives = 0
        while q % 2 == 0 { q /= 2; twos += 1 }
        while q % 5 == 0 { q /= 5; fives += 1 }
        guard q == 1 else { return nil }
        return decimal(places: Swift.max(twos, fives), trimZeros: true)
    }

    /// Decimal rounded half away from zero to `places` digits.
    /// With `trimZeros` trailing zeros (and a bare point) are dropped.
    public func decimal(places: Int, trimZeros: Bool = false) -> String {
        Rational.pointed(rounded(scaledBy: BigInt(10).power(places)), places: places, trimZeros: trimZeros)
    }

    /// "90.00%" style: the value ×100 with `places` decimals. A value that is not exactly 0
    /// or 1 never reads as "0.00%" or "100.00%": places are added (up to ten more) until
    /// the rounding no longer hides it, e.g. 1 − 1/10⁷ is "99.99999%".
    public func percent(places: Int = 2) -> String {
        var p = places
        while true {
            let unit = BigInt(10).power(p + 2)
            let scaled = rounded(scaledBy: unit)
            let hidden = (scaled.isZero && !isZero) || (scaled.magnitude == unit.magnitude && magnitude != .one)
            if !hidden { return Rational.pointed(scaled, places: p, trimZeros: p > places) + "%" }
            if p >= places + 10 {
                // Still hidden: say on which side of the bound the value lies.
                let step = Rational.pointed(1, places: p, trimZeros: false)
                return scaled.isZero ? "<\(step)%" : ">\(Rational.pointed(unit - 1, places: p, trimZeros: false))%"
            }
            p += 1
        }
    }

    /// An integer count of units of 10^−places, written with its decimal point.
    private static func pointed(_ scaled: BigInt, places: Int, trimZeros: Bool) -> String {
        let negative = scaled.sign == .minus && !scaled.isZero
        var digits = scaled.magnitude.description
        if places > 0 {
            if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
            let cut = digits.index(digits.endIndex, offsetBy: -places)
            var frac = String(digits[cut...])
            let whole = String(digits[..<cut])
            if trimZeros { while frac.hasSuffix("0") { frac.removeLast() } }
            digits = frac.isEmpty ? whole : whole + "." + frac
        }
        return (negative ? "-" : "") + digits
    }

    /// Whole number with thousands separators: 12960000 → "12,960,000".
    public static func grouped(_ n: BigInt) -> String {
        let negative = n.sign == .minus && !n.isZero
        let digits = Array(n.magnitude.description)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (negative ? "-" : "") + out
    }

    /// Decimal with grouped whole part, e.g. 12960000.5 → "12,960,000.50" (with
    /// `trimZeros`, "12,960,000.5").
    public func groupedDecimal(places: Int, trimZeros: Bool = false) -> String {
        let text = decimal(places: places, trimZeros: trimZeros)
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1)
        let whole = Rational.grouped(BigInt(String(parts[0]))!)
        return (negative ? "-" : "") + whole + (parts.count > 1 ? "." + parts[1] : "")
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
