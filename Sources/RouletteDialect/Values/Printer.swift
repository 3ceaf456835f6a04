import CallbackModel

/// Writes values as Racket does: `print` style for top-level results (strings quoted,
/// symbols and lists with a quote) and `display` style for `displayln` and `format ~a`.
public struct Printer: Sendable {
    public let style: NumberStyle

    public init(style: NumberStyle = .exact) {
        self.style = style
    }

    /// Racket `display`: strings raw, symbols bare.
    public func display(_ datum: Datum) -> String {
        switch datum {
        case .string(let s): s
        case .symbol(let s): s
        case .list(let items): "(" + items.map(display).joined(separator: " ") + ")"
        default: atom(datum)
        }
    }

    /// Racket `print` at top level: `"text"`, `'sym`, `'(a "b" 1)`.
    public func print(_ datum: Datum) -> String {
        switch datum {
        case .symbol, .list: "'" + write(datum)
        default: write(datum)
        }
    }

    /// Racket `write`: what appears inside a quoted list.
    func write(_ datum: Datum) -> String {
        switch datum {
        case .string(let s): Printer.quoted(s)
        case .symbol(let s): s
        case .list(let items): "(" + items.map(write).joined(separator: " ") + ")"
        default: atom(datum)
        }
    }

    private func atom(_ datum: Datum) -> String {
        switch datum {
        case .number(let n): style.format(n)
        case .boolean(let b): b ? "#t" : "#f"
        case .void: "#<void>"
        case .string(let s), .symbol(let s): s
        case .list: display(datum)
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
    public func pmf(_ distribution: Distribution<Datum>) -> String {
        let entries = Printer.ordered(distribution.support)
        return "(pmf" + entries.map { " | \(print($0.value)) ↦ \(style.format(Number($0.probability)))" }.joined() + ")"
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
