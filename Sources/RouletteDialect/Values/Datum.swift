import CallbackModel

/// A plain (not random) value: what a random value can take, and what distributions range over.
public indirect enum Datum: Hashable, Sendable {
    case number(Number)
    case boolean(Bool)
    case string(String)
    case symbol(String)
    case list([Datum])
    /// The result of `displayln` and `define`; never printed at top level.
    case void
    /// A probability mass function: what `query` returns (Roulette's `pmf`).
    case pmf(Pmf)

    public static func exact(_ value: Rational) -> Datum { .number(Number(value)) }

    /// Racket truthiness: everything but #f counts as true.
    var isTrue: Bool { self != .boolean(false) }

    var typeName: String {
        switch self {
        case .number: "a number"
        case .boolean: "a boolean"
        case .string: "a string"
        case .symbol: "a symbol"
        case .list: "a list"
        case .void: "void"
        case .pmf: "a pmf"
        }
    }
}

/// A number: always an exact rational; `exact->inexact` only marks it to print as a decimal
/// (Racket's inexact contagion is kept, so an inexact operand makes an inexact result).
public struct Number: Hashable, Sendable {
    public let value: Rational
    public let isExact: Bool
    /// Hashing a BigInt is slow and inference hashes numbers constantly (joins, merging
    /// outcomes), so the hash is computed once.
    private let hash: Int

    public init(_ value: Rational, isExact: Bool = true) {
        self.value = value
        self.isExact = isExact
        self.hash = value.hashValue
    }

    public static func == (a: Number, b: Number) -> Bool {
        a.hash == b.hash && a.isExact == b.isExact && a.value == b.value
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
        hasher.combine(isExact)
    }
}

/// A probability mass function as a plain value: `(query e)`, `for/pmf`. Entries are kept
/// in printing order (#t, #f, numbers ascending, the rest first-seen) with their exact
/// probabilities; a value absent from it has probability 0. Applied to a value it gives that
/// value's probability, as Roulette's pmf does.
public struct Pmf: Hashable, Sendable {
    public let values: [Datum]
    public let probabilities: [Rational]

    /// From outcomes and weights: equal values merge, zero weights are dropped.
    init(_ entries: [(value: Datum, probability: Rational)]) {
        var order: [Datum] = []
        var weight: [Datum: Rational] = [:]
        for (v, p) in entries where !p.isZero {
            if let w = weight[v] { weight[v] = w + p } else { order.append(v); weight[v] = p }
        }
        let sorted = Printer.ordered(order.map { ($0, weight[$0]!) })
        values = sorted.map(\.value)
        probabilities = sorted.map(\.probability)
    }

    init(_ distribution: Distribution<Datum>) {
        self.init(distribution.support)
    }

    /// A marker no program can build (its one weight is negative): the value of a world in
    /// which evaluating a random value fails (`Inference` keeps the error by this index).
    init(failure index: Int) {
        values = [.void]
        probabilities = [Rational(-1 - index)]
    }

    /// The index `init(failure:)` was given, for a failure marker; nil for every real pmf.
    var failureIndex: Int? {
        guard values.count == 1, probabilities.count == 1, probabilities[0].isNegative else { return nil }
        return Int(exactly: -probabilities[0].numerator - 1)
    }

    var support: [(value: Datum, probability: Rational)] {
        Array(zip(values, probabilities)).map { ($0, $1) }
    }

    subscript(value: Datum) -> Rational {
        values.firstIndex(of: value).map { probabilities[$0] } ?? .zero
    }
}
