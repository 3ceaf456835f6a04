/// Anything wrong with a program: a syntax error, an unknown name, a bad argument, a limit hit.
/// It carries the position of the form at fault so the CLI can print `FILE:LINE:COLUMN: message`.
public struct DialectError: Error, Sendable, Equatable, CustomStringConvertible {
    public let position: SourcePosition?
    public let message: String

    public init(_ message: String, at position: SourcePosition?) {
        self.message = message
        self.position = position
    }

    public var description: String {
        position.map { "\($0): \(message)" } ?? message
    }

    /// The one-line report for a file: `FILE:LINE:COLUMN: message`.
    public func report(file: String) -> String {
        position.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}
