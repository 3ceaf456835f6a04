import BigInt
import CallbackModel

/// What a command prints, independent of format: each format renders a `Document`, so
/// the numbers are derived once.
public struct Document: Sendable {
    public let title: String
    public let parameters: Parameters
    public let sections: [Section]

    public init(title: String, parameters: Parameters, sections: [Section]) {
        self.title = title
        self.parameters = parameters
        self.sections = sections
    }
}

/// A titled group of rows, or a table with columns.
public struct Section: Sendable {
    public let key: String
    public let title: String
    public let rows: [Row]
    /// Column headers when the section is a table (compare, sweep); nil for label/value rows.
    public let columns: [Column]?

    public init(key: String, title: String, rows: [Row], columns: [Column]? = nil) {
        self.key = key
        self.title = title
        self.rows = rows
        self.columns = columns
    }
}

public struct Column: Sendable {
    public let key: String
    public let title: String
    public init(_ key: String, _ title: String) {
        self.key = key
        self.title = title
    }
}

/// One labelled line: a label and its values (one per column for tables).
public struct Row: Sendable {
    public let key: String
    public let label: String
    public let values: [Value]

    public init(key: String, label: String, _ values: [Value]) {
        self.key = key
        self.label = label
        self.values = values
    }
}

/// A value and how it reads; probabilities are the ones drawn as bars.
public enum Value: Sendable {
    case probability(Rational)
    case number(Rational)
    case money(Rational)
    /// A ratio such as a burn rate: "900×".
    case times(Rational)
    /// Days, printed in the unit that reads best; nil reads "forever".
    case duration(Rational?)
    case text(String)
    /// A point that cannot be computed, with the reason.
    case unavailable(String)
}
