import CallbackModel

/// Writes values as Racket does: `print` style for top-level results (strings quoted,
/// symbols and lists with a quote) and `display` style for `displayln` and `format ~a`.
public struct Printer: Sendable {
    public let style: NumberStyle

    public init(style: NumberStyle = .exact) {
        self.style = style
    }

    /// Longest text one printed value may take. Lists can share structure: `(list l l)`
    /// forty times over is a small value whose text is 2^40 elements long, so printing
    /// writes into one buffer and stops at this length instead of building it all.
    public static let maxPrintedBytes = 10_000_000

    /// Printing stopped at the byte limit.
    public struct TooLong: Error {}

    /// Racket `display`: strings raw, symbols bare.
    public func display(_ datum: Datum) -> String { (try? display(datum, limit: .max)) ?? "" }

    /// Racket `print` at top level: `"text"`, `'sym`, `'(a "b" 1)`.
    public func print(_ datum: Datum) -> String { (try? print(datum, limit: .max)) ?? "" }

    func display(_ datum: Datum, limit: Int) throws(TooLong) -> String {
        var out = ""
        try emit(datum, quoting: false, into: &out, limit: limit)
        return out
    }

    func print(_ datum: Datum, limit: Int) throws(TooLong) -> String {
        var out = ""
        switch datum {
        case .symbol, .list: out = "'"
        default: break
        }
        try emit(datum, quoting: true, into: &out, limit: limit)
        return out
    }

    /// Racket `write`: what appears inside a quoted list.
    func write(_ datum: Datum, limit: Int = .max) throws(TooLong) -> String {
        var out = ""
        try emit(datum, quoting: true, into: &out, limit: limit)
        return out
    }

    /// `display` (quoting false) or `write` (true) into `out`, checking the length after
    /// every element so shared structure costs at most `limit` bytes of work.
    private func emit(_ datum: Datum, quoting: Bool, into out: inout String, limit: Int) throws(TooLong) {
        switch datum {
        case .string(let s): out += quoting ? Printer.quoted(s) : s
        case .list(let items):
            out += "("
            for (i, item) in items.enumerated() {
                if i > 0 { out += " " }
                try emit(item, quoting: quoting, into: &out, limit: limit)
            }
            out += ")"
        default: out += atom(datum)
        }
        if out.utf8.count > limit { throw TooLong() }
    }

    private func atom(_ datum: Datum) -> String {
        switch datum {
        case .number(let n): style.format(n)
        case .boolean(let b): b ? "#t" : "#f"
        case .void: "#<void>"
        case .pmf(let p): (try? pmf(p.support, limit: .max)) ?? ""
        case .string(let s), .symbol(let s): s
        case .list: ""  // lists are written by `emit`
        }
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A distribution the way Roulette prints one: `(pmf | #t ↦ 0.82 | #f ↦ 0.18)`.
    /// Order: #t before #f, then numbers ascending, then everything else as first seen.
    public func pmf(_ distribution: Distribution<Datum>) -> String { (try? pmf(distribution.support, limit: .max)) ?? "" }

    func pmf(_ support: [(value: Datum, probability: Rational)], limit: Int) throws(TooLong) -> String {
        var out = "(pmf"
        for entry in Printer.ordered(support) {
            out += " | " + (try print(entry.value, limit: limit - out.utf8.count)) + " ↦ " + style.format(Number(entry.probability))
            if out.utf8.count > limit { throw TooLong() }
        }
        return out + ")"
    }

    static func ordered(_ support: [(value: Datum, probability: Rational)]) -> [(value: Datum, probability: Rational)] {
        func rank(_ d: Datum) -> Int {
            switch d {
            case .boolean(true): 0
            case .boolean(false): 1
            case .number: 2
            default: 3
            }
        }
        return support.enumerated().sorted { a, b in
            let (ra, rb) = (rank(a.element.value), rank(b.element.value))
            if ra != rb { return ra < rb }
            if case .number(let x) = a.element.value, case .number(let y) = b.element.value, x.value != y.value {
                return x.value < y.value
            }
            return a.offset < b.offset
        }.map(\.element)
    }
}
