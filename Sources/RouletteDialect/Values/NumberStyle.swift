import CallbackModel

/// How non-integer exact numbers (probabilities above all) are written.
public enum NumberStyle: Sendable, Equatable {
    /// An exact decimal when the expansion terminates (`0.18`), else a fraction (`1/3`).
    case exact
    /// Always a fraction (`9/50`); `--fractions`.
    case fractions
    /// A decimal rounded half away from zero to this many places; `--digits D`.
    case digits(Int)

    /// Places an inexact number (from `exact->inexact`) prints with, unless `--digits` says otherwise.
    static let inexactPlaces = 16

    public func format(_ number: Number) -> String {
        let v = number.value
        if !number.isExact { return inexact(v) }
        if v.isInteger { return v.description }
        switch self {
        case .exact: return v.terminatingDecimal ?? v.description
        case .fractions: return v.description
        case .digits(let places): return v.decimal(places: places)
        }
    }

    /// Racket writes inexact numbers with a point: `1.0`, `0.5`.
    private func inexact(_ v: Rational) -> String {
        if case .digits(let places) = self { return v.decimal(places: places) }
        let text = v.decimal(places: NumberStyle.inexactPlaces, trimZeros: true)
        return text.contains(".") ? text : text + ".0"
    }
}
