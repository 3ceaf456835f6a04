import BigInt
import CallbackModel

/// The output of `compare` and `sweep`: one row per strategy or per server count.
public struct Table: Sendable {
    /// Names the rows' array in JSON.
    public let key: String
    public let title: String
    /// Heads the label column, and names it in JSON and CSV.
    public let rowHeader: String
    public let columns: [Column]
    public let rows: [TableRow]

    public init(key: String, title: String, rowHeader: String, columns: [Column], rows: [TableRow]) {
        self.key = key
        self.title = title
        self.rowHeader = rowHeader
        self.columns = columns
        self.rows = rows
    }
}

public struct TableRow: Sendable {
    public let label: RowLabel
    /// One per column of the table.
    public let values: [Value]

    public init(_ label: RowLabel, _ values: [Value]) {
        self.label = label
        self.values = values
    }
}

/// What a row stands for; typed because JSON writes a server count as a number and a
/// strategy as a string.
public enum RowLabel: Sendable {
    case servers(BigInt)
    case strategy(Strategy)

    public var text: String {
        switch self {
        case .servers(let n): n.description
        case .strategy(let s): s.name
        }
    }
}

public enum Column: Sendable {
    case failure
    case writesPerOrder
    case complexity
    /// SPEC §6, with incident settings: failure across the scale event and a crash, and the
    /// failed orders a day from every cause.
    case scaleFailure
    case crashFailure
    case failedPerDay

    /// Its name in JSON and CSV (SPEC §2).
    public var key: String {
        switch self {
        case .failure: "failure"
        case .writesPerOrder: "writes_per_order"
        case .complexity: "complexity"
        case .scaleFailure: "scale_failure"
        case .crashFailure: "crash_failure"
        case .failedPerDay: "failed_per_day"
        }
    }

    public var title: String {
        switch self {
        case .failure: "failure"
        case .writesPerOrder: "writes/order"
        case .complexity: "complexity"
        case .scaleFailure: "across scale"
        case .crashFailure: "across crash"
        case .failedPerDay: "failed/day"
        }
    }

    /// The failure is what a table is read for: text draws it as bars, CSV gives it
    /// exact, decimal and percent columns.
    public var isCharted: Bool { self == .failure }

    /// Numbers read right-aligned in Markdown; text (complexity) left-aligned.
    public var isNumeric: Bool { self != .complexity }
}
