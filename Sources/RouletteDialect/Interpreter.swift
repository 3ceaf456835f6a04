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
        let failure = Locked<DialectError?>(nil)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            do {
                let forms = try Reader.read(source)
                try Evaluator(printer: Printer(style: style), output: output).run(forms)
            } catch {
                let reported = error as? DialectError ?? DialectError("\(error)", at: nil)
                failure.withLock { $0 = reported }
            }
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        if let error = failure.withLock({ $0 }) { throw error }
    }

    /// The whole output of a program (tests, and callers that want a string).
    public static func output(of source: String, style: NumberStyle = .exact) throws(DialectError) -> String {
        let parts = Locked<[String]>([])
        try run(source, style: style) { text in parts.withLock { $0.append(text) } }
        return parts.withLock { $0.joined() }
    }
}
