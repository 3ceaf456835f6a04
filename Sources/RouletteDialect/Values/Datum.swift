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
