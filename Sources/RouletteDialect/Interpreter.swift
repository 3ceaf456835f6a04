import CallbackModel
import Foundation

/// Runs programs in the Roulette dialect (SPEC §4).
public enum Interpreter {
    /// Stack for the evaluating thread: deep (bounded) recursion must end in a clear
    /// error, not a stack overflow, whatever thread the caller is on.
    static let stackSize = 256 << 20

    /// Reads and runs a program, sending its output as it is produced.
    public static func run(_ source: String, style: NumberStyle = .exact,
                           output: @escaping @Sendable (String) -> Void) throws(DialectError) {
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            do {
                let forms = try Reader.read(source)
                try Evaluator(printer: Printer(style: style), output: output).run(forms)
            } catch {
                box.error = error as? DialectError ?? DialectError("\(error)", at: nil)
            }
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        if let error = box.error { throw error }
    }

    /// The whole output of a program (tests, and callers that want a string).
    public static func output(of source: String, style: NumberStyle = .exact) throws(DialectError) -> String {
        let collected = Collected()
        try run(source, style: style) { collected.append($0) }
        return collected.text
    }

    private final class ResultBox: @unchecked Sendable {
        var error: DialectError?
    }

    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [String] = []
        func append(_ s: String) { lock.lock(); parts.append(s); lock.unlock() }
        var text: String { lock.lock(); defer { lock.unlock() }; return parts.joined() }
    }
}
