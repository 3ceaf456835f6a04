/// What a program's values may take in all. Steps and nesting are bounded, but one step
/// can build a list of a million numbers: 2,000 `(range 100000)` in a `map` grew to 16 GB
/// in about 6,000 steps. Every list and string a builtin returns, in the evaluator and in
/// every world inference visits, is charged here as it is built, and the run stops with one
/// line past the budget. The charge is cumulative (built, not live): it also bounds the
/// time spent building, and a program that needs more than this is not what the dialect
/// is for. A list element is charged at about what it costs (a boxed exact number).
final class MemoryBudget {
    static let maxBytes = 500_000_000
    static let bytesPerElement = 100

    private(set) var bytes = 0

    /// Charges a value just built and hands it back.
    func built(_ d: Datum, at position: SourcePosition?) throws(DialectError) -> Datum {
        switch d {
        case .list(let items): bytes += items.count * MemoryBudget.bytesPerElement
        case .string(let s): bytes += s.utf8.count
        default: return d
        }
        guard bytes <= MemoryBudget.maxBytes else {
            throw DialectError("memory budget exhausted: the program built more than \(MemoryBudget.maxBytes / 1_000_000) MB of lists and strings (about \(MemoryBudget.bytesPerElement) bytes a list element)", at: position)
        }
        return d
    }
}
