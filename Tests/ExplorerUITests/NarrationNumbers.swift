import BigInt
import CallbackModel

/// The numbers a slide's narration states, read from its text as a listener hears them:
/// `81 %` is 81/100, `$9,000` is 9000, `900×` is 900, `0.9³` is 729/1000, `1 in N` and
/// `two callbacks in three` are fractions, `N` is the slide's number of servers,
/// `80 % at 5 servers` is a failure at another N, and `1 − 1/N` is that formula at the
/// slide's N. Number words the talk uses (two, three, half) count too.
struct NarratedNumber: Equatable, CustomStringConvertible {
    let text: String
    let value: Rational
    /// For `P % at N`: the N the percent is claimed at.
    var atServers: BigInt? = nil

    var description: String { "“\(text)”" }
}

enum NarrationNumbers {
    static let words: [String: Rational] = ["two": 2, "three": 3, "half": Rational(1, 2)]
    static let formula = "1 − 1/N"

    static func parse(_ text: String, servers n: BigInt) -> [NarratedNumber] {
        let chars = Array(text)
        var found: [NarratedNumber] = []
        var i = 0

        func rest(_ from: Int) -> Substring { Substring(String(chars[from...])) }
        func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber }

        /// Digits with thousands commas and a decimal part, from `i`.
        func readNumber() -> (String, Rational) {
            var digits = ""
            while i < chars.count {
                let c = chars[i]
                if c.isASCII && c.isNumber {
                    digits.append(c)
                } else if (c == "," || c == "."), i + 1 < chars.count, chars[i + 1].isASCII, chars[i + 1].isNumber {
                    if c == "." { digits.append(c) }
                } else {
                    break
                }
                i += 1
            }
            return (digits, Rational(exactText: digits)!)
        }

        /// `… in M` right after a number (with at most one word between): the fraction.
        func inPattern(_ start: Int, _ value: Rational) -> NarratedNumber? {
            guard let m = rest(i).prefixMatch(of: /( \p{L}+)? in (N|\d+|two|three)\b/) else { return nil }
            let word = String(m.2)
            let denominator = word == "N" ? Rational(n) : words[word] ?? Rational(exactText: word)!
            i += m.0.count
            return NarratedNumber(text: String(chars[start ..< i]), value: value / denominator)
        }

        while i < chars.count {
            let start = i
            let c = chars[i]
            let atWordStart = i == 0 || !isWordChar(chars[i - 1])
            if rest(i).hasPrefix(formula) {
                i += formula.count
                found.append(NarratedNumber(text: formula, value: .one - Rational(BigInt(1), n)))
            } else if c == "$", i + 1 < chars.count, chars[i + 1].isNumber {
                i += 1
                let (_, value) = readNumber()
                found.append(NarratedNumber(text: String(chars[start ..< i]), value: value))
            } else if c.isASCII && c.isNumber && atWordStart {
                var (_, value) = readNumber()
                if i < chars.count, let power = ["²": 2, "³": 3][chars[i]] {
                    value = value.power(power)
                    i += 1
                }
                if let m = rest(i).prefixMatch(of: /\s?%/) {
                    i += m.0.count
                    value = value / 100
                    if let at = rest(i).prefixMatch(of: /^ at (\d+)/) {
                        i += at.0.count
                        found.append(NarratedNumber(text: String(chars[start ..< i]), value: value, atServers: BigInt(String(at.1))!))
                        continue
                    }
                } else if i < chars.count && chars[i] == "×" {
                    i += 1
                }
                found.append(inPattern(start, value) ?? NarratedNumber(text: String(chars[start ..< i]), value: value))
            } else if c.isLetter && atWordStart {
                while i < chars.count && isWordChar(chars[i]) { i += 1 }
                let word = String(chars[start ..< i])
                if word == "N" {
                    found.append(NarratedNumber(text: word, value: Rational(n)))
                } else if let value = words[word.lowercased()] {
                    found.append(inPattern(start, value) ?? NarratedNumber(text: word, value: value))
                }
            } else {
                i += 1
            }
        }
        return found
    }
}
