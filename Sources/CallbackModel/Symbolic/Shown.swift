import BigInt

/// A formula as it reads: the tree both renderings (Unicode for people, the ASCII grammar
/// for scripts) and the values-substituted line are drawn from.
public indirect enum Shown: Sendable, Hashable {
    case integer(BigInt)
    /// One of N, c, M, k, r.
    case symbol(String)
    case sum([Signed])
    case product([Shown])
    case quotient(Shown, Shown)
    case power(Shown, Shown)

    public struct Signed: Sendable, Hashable {
        public let negative: Bool
        public let term: Shown
        public init(_ negative: Bool, _ term: Shown) {
            self.negative = negative
            self.term = term
        }
    }

    /// `k + 1`, the number of attempts.
    static let attempts = Shown.sum([Signed(false, .symbol("k")), Signed(false, .integer(1))])

    static func negated(_ s: Shown) -> Shown {
        if case .sum(let terms) = s { return .sum(terms.map { Signed(!$0.negative, $0.term) }) }
        return .sum([Signed(true, s)])
    }

    /// Splits off a leading sign: (true, x) for −x.
    var signed: (negative: Bool, term: Shown) {
        if case .sum(let terms) = self, terms.count == 1 { return (terms[0].negative, terms[0].term) }
        return (false, self)
    }

    /// A sum of signed terms, flattening nested sums.
    static func sum(of parts: [(Bool, Shown)]) -> Shown {
        var terms: [Signed] = []
        func add(_ negative: Bool, _ part: Shown) {
            if case .sum(let inner) = part {
                for t in inner { add(t.negative != negative, t.term) }
            } else {
                terms.append(Signed(negative, part))
            }
        }
        for (negative, part) in parts { add(negative, part) }
        if terms.isEmpty { return .integer(0) }
        if terms.count == 1 && !terms[0].negative { return terms[0].term }
        return .sum(terms)
    }

    // MARK: From expressions

    /// A point inside every valid configuration: an atom is written the way round that is
    /// positive there (`1 − c`, not `c − 1`; `N − M − 1`).
    static let samplePoint: [Variable: Rational] = [.N: 1_000_003, .M: 1_001, .r: 11, .c: Rational(1, 10)]

    static func of(_ p: Polynomial) -> Shown {
        let terms = p.readingOrder.map { monomial, coefficient -> (Bool, Shown) in
            var factors: [Shown] = []
            let magnitude = coefficient.magnitude
            if magnitude != 1 || monomial.isOne { factors.append(number(magnitude)) }
            for v in Variable.allCases {
                let e = monomial.exponents[v.rawValue]
                if e == 1 { factors.append(.symbol(v.name)) }
                if e > 1 { factors.append(.power(.symbol(v.name), .integer(BigInt(e)))) }
            }
            return (coefficient.isNegative, factors.count == 1 ? factors[0] : .product(factors))
        }
        return sum(of: terms)
    }

    static func number(_ x: Rational) -> Shown {
        let m = x.magnitude
        let shown: Shown = m.isInteger ? .integer(m.numerator) : .quotient(.integer(m.numerator), .integer(m.denominator))
        return x.isNegative ? .sum([Signed(true, shown)]) : shown
    }

    /// An expression as one fraction, its factors kept: `(1 − c)²/(N − M)`.
    public static func of(_ f: RationalFunction) -> Shown {
        if f.isZero { return .integer(0) }
        var negative = f.scale.isNegative
        func oriented(_ p: Polynomial) -> Shown {
            if p.evaluate(samplePoint).isNegative {
                return of(-p)
            }
            return of(p)
        }
        func flips(_ p: Polynomial) -> Bool { p.evaluate(samplePoint).isNegative }
        var top: [Shown] = [], bottom: [Shown] = []
        let scale = f.scale.magnitude
        if scale.numerator != 1 { top.append(.integer(scale.numerator)) }
        if scale.denominator != 1 { bottom.append(.integer(scale.denominator)) }
        let atoms = f.atoms.sorted { a, b in
            let (x, y) = (FormulaText.render(of(a.key), style: .ascii), FormulaText.render(of(b.key), style: .ascii))
            return x.count != y.count ? x.count < y.count : x < y
        }
        for (atom, e) in atoms {
            if flips(atom) && e % 2 != 0 { negative.toggle() }
            let base = oriented(atom)
            let shown = abs(e) == 1 ? base : .power(base, .integer(BigInt(abs(e))))
            if e > 0 { top.append(shown) } else { bottom.append(shown) }
        }
        if f.residual.constant == nil {
            if flips(f.residual) { negative.toggle() }
            top.append(oriented(f.residual))
        }
        let numerator: Shown = top.isEmpty ? .integer(1) : top.count == 1 ? top[0] : .product(top)
        var shown = numerator
        if !bottom.isEmpty { shown = .quotient(numerator, bottom.count == 1 ? bottom[0] : .product(bottom)) }
        return negative ? .sum([Signed(true, shown)]) : shown
    }

    // MARK: Values

    /// The exact value with the symbols given; nil when one is missing or a division is by zero.
    public func evaluate(_ values: [String: Rational]) -> Rational? {
        switch self {
        case .integer(let n): return Rational(n)
        case .symbol(let s): return values[s]
        case .sum(let terms):
            var total = Rational.zero
            for t in terms {
                guard let x = t.term.evaluate(values) else { return nil }
                total += t.negative ? -x : x
            }
            return total
        case .product(let factors):
            var total = Rational.one
            for f in factors {
                guard let x = f.evaluate(values) else { return nil }
                total *= x
            }
            return total
        case .quotient(let a, let b):
            guard let x = a.evaluate(values), let y = b.evaluate(values), !y.isZero else { return nil }
            return x / y
        case .power(let a, let b):
            guard let x = a.evaluate(values), let y = b.evaluate(values), y.isInteger,
                  let e = Int(exactly: y.numerator), !(x.isZero && e < 0) else { return nil }
            return x.power(e)
        }
    }

    /// The same formula with the given values written in place of the symbols; exponents
    /// that become numbers are worked out (`^(k+1)` at k = 2 reads `³`).
    public func substituting(_ values: [String: Rational]) -> Shown {
        switch self {
        case .integer: return self
        case .symbol(let s): return values[s].map(Shown.number) ?? self
        case .sum(let terms): return .sum(terms.map { Signed($0.negative, $0.term.substituting(values)) })
        case .product(let factors): return .product(factors.map { $0.substituting(values) })
        case .quotient(let a, let b): return .quotient(a.substituting(values), b.substituting(values))
        case .power(let a, let b):
            if let e = b.evaluate(values), e.isInteger { return .power(a.substituting(values), .integer(e.numerator)) }
            return .power(a.substituting(values), b.substituting(values))
        }
    }
}

/// Renders a `Shown` formula: Unicode for terminals (`1 − c²/M`, `((N − 1)/N)^(k+1)`), or
/// the ASCII grammar for scripts: integers, `a/b`, N c M k r, `+ - * / ^` with integer
/// exponents, parentheses (`((N - 1)/N)^(k + 1)`).
public enum FormulaText {
    public enum Style: Sendable { case unicode, ascii }

    public static func render(_ s: Shown, style: Style) -> String { text(s, style).text }

    // Binding strength: 1 sum, 2 product and quotient, 3 power, 4 a number or a symbol.
    static func text(_ s: Shown, _ style: Style) -> (text: String, strength: Int) {
        let minus = style == .unicode ? "−" : "-"
        switch s {
        case .integer(let n): return (n.description, 4)
        case .symbol(let name): return (name, 4)
        case .sum(let terms):
            var out = ""
            for (i, t) in terms.enumerated() {
                var (body, strength) = text(t.term, style)
                if strength <= 1 { body = "(\(body))" }
                if i == 0 {
                    out = t.negative ? minus + body : body
                } else {
                    out += (t.negative ? " \(minus) " : " + ") + body
                }
            }
            return (out, 1)
        case .product(let factors):
            let times = style == .unicode ? "·" : "*"
            let parts = factors.map { f -> String in
                let (body, strength) = text(f, style)
                return strength <= 2 ? "(\(body))" : body
            }
            return (parts.joined(separator: times), 2)
        case .quotient(let a, let b):
            var (top, ts) = text(a, style)
            var (bottom, bs) = text(b, style)
            if ts <= 1 || isQuotient(a) { top = "(\(top))"; ts = 4 }
            if bs <= 2 { bottom = "(\(bottom))"; bs = 4 }
            return ("\(top)/\(bottom)", 2)
        case .power(let a, let b):
            var (base, strength) = text(a, style)
            if strength <= 3 { base = "(\(base))" }
            if case .integer(let e) = b {
                return (style == .unicode ? base + superscript(e) : "\(base)^\(e)", 3)
            }
            var (exponent, es) = text(b, style)
            if style == .unicode { exponent = exponent.replacingOccurrences(" ", "") }
            if es <= 3 { exponent = "(\(exponent))" }
            return ("\(base)^\(exponent)", 3)
        }
    }

    static func isQuotient(_ s: Shown) -> Bool {
        if case .quotient = s { return true }
        return false
    }

    static func superscript(_ n: BigInt) -> String {
        let digits: [Character: Character] = ["0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻"]
        return String(n.description.map { digits[$0] ?? $0 })
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
