import CallbackModel

/// What a command prints, independent of format: each format renders a `Document`, so
/// the numbers are derived once.
public struct Document: Sendable {
    public let title: String
    public let parameters: Parameters
    public let body: Body
    /// A table's formula (sweep: failure against N); a report carries its own section.
    let tableFormulas: FormulaSet?
    /// Parameters the command does not use (sweep varies the servers, compare runs every
    /// strategy): headers and JSON's `parameters` leave them out rather than show a value
    /// that changed nothing.
    public let unused: Set<ParameterName>

    public init(title: String, parameters: Parameters, body: Body, formulas: FormulaSet? = nil, unused: Set<ParameterName> = []) {
        self.title = title
        self.parameters = parameters
        self.body = body
        tableFormulas = formulas
        self.unused = unused
    }

    /// The formulas the document shows (SPEC §5), if any.
    public var formulas: FormulaSet? {
        if case .report(let sections) = body {
            for section in sections { if case .formula(let f) = section { return f } }
        }
        return tableFormulas
    }
}

/// A report groups its figures in sections; compare and sweep are one table each. Kept
/// apart because CSV has a single header row: a report's rows and a table's rows cannot
/// share one file.
public enum Body: Sendable {
    case report([ReportSection])
    case table(Table)
}
