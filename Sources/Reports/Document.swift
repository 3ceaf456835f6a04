import CallbackModel

/// What a command prints, independent of format: each format renders a `Document`, so
/// the numbers are derived once.
public struct Document: Sendable {
    public let title: String
    public let parameters: Parameters
    public let body: Body
    /// Parameters the command does not use (sweep varies the servers, compare runs every
    /// strategy): headers and JSON's `parameters` leave them out rather than show a value
    /// that changed nothing.
    public let unused: Set<ParameterName>

    public init(title: String, parameters: Parameters, body: Body, unused: Set<ParameterName> = []) {
        self.title = title
        self.parameters = parameters
        self.body = body
        self.unused = unused
    }
}

/// A report groups its figures in sections; compare and sweep are one table each. Kept
/// apart because CSV has a single header row: a report's rows and a table's rows cannot
/// share one file.
public enum Body: Sendable {
    case report([ReportSection])
    case table(Table)
}
