/// Why a config could not be imported. The command line prints `FILE:LINE:COLUMN: message`
/// for a malformed config (exit 65) and names the file when it cannot be read (exit 66).
public enum ImportError: Error, Sendable, Equatable {
    case malformed(ConfigProblem)
    case unreadable(path: String, reason: String)
    /// The upstream, backend or Service to read is missing or ambiguous (a flag's fault: 64).
    case selection(String)

    /// The one line the command line prints.
    public func line(file: String) -> String {
        switch self {
        case .malformed(let p): "\(file):\(p.line):\(p.column): \(p.message)"
        case .unreadable(let path, let reason): "\(path): \(reason)"
        case .selection(let message): message
        }
    }
}

/// A mistake in the config, at the place it was found (line and column from 1).
public struct ConfigProblem: Error, Sendable, Equatable {
    public let line: Int
    public let column: Int
    public let message: String

    public init(line: Int, column: Int, _ message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}
