import CallbackModel

/// One datum as read from the source, with the position where it starts.
public struct Syntax: Sendable, Equatable {
    public indirect enum Kind: Sendable, Equatable {
        case number(Rational)
        case boolean(Bool)
        case string(String)
        case symbol(String)
        /// `( … )` or `[ … ]`; `'x` reads as `(quote x)`, as in Racket.
        case list([Syntax])
    }

    public let kind: Kind
    public let position: SourcePosition

    public init(_ kind: Kind, at position: SourcePosition) {
        self.kind = kind
        self.position = position
    }

    var symbol: String? {
        if case .symbol(let name) = kind { return name }
        return nil
    }

    var list: [Syntax]? {
        if case .list(let items) = kind { return items }
        return nil
    }
}
