import CallbackModel
import RouletteDialect

/// Runs a program and returns its whole output.
func output(_ source: String, style: NumberStyle = .exact) throws -> String {
    try Interpreter.output(of: source, style: style)
}

/// The output lines of a program.
func lines(_ source: String, style: NumberStyle = .exact) throws -> [String] {
    try output(source, style: style).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
}

/// The error a program stops with (`LINE:COLUMN: message`), or nil if it runs.
func failure(_ source: String) -> String? {
    do {
        _ = try Interpreter.output(of: source)
        return nil
    } catch {
        return error.description
    }
}
