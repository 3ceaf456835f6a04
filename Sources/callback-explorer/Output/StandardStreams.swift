import Foundation
import Readout
import SafeOutput

/// The one way the command line writes to stdout and stderr (never `FileHandle.write` or
/// `print`, which trap or drop errors). What a failed write means:
/// - stdout closed or full: one line on stderr (if it still works) and exit 74 (EX_IOERR);
/// - the reader of a pipe went away: end at once and quietly, as SIGPIPE does by default,
///   also when SIGPIPE is ignored (the shell sees 141);
/// - stderr closed or full: the line is lost, the exit status still says what happened.
enum StandardStreams {
    static let ioFailureStatus: Int32 = 74

    /// Writes program or report text; on failure does not return.
    static func out(_ text: String) {
        switch Descriptor.writeAll(STDOUT_FILENO, text) {
        case .written: return
        case .brokenPipe: endAsBrokenPipe()
        case .failed(let code): fail("cannot write standard output: \(Descriptor.reason(code))", status: ioFailureStatus)
        }
    }

    /// One line on stderr, prefixed with the tool's name; a failure here is ignored.
    /// Every error line passes here, so values it echoes (flags, file names, a program's
    /// tokens) have their control characters shown as text, never sent to the terminal.
    static func errorLine(_ message: String) {
        _ = Descriptor.writeAll(STDERR_FILENO, "callback-explorer: \(ControlEscapes.escaped(message))\n")
    }

    static func fail(_ message: String, status: Int32) -> Never {
        errorLine(message)
        exit(status)
    }

    static func endAsBrokenPipe() -> Never {
        signal(SIGPIPE, SIG_DFL)
        raise(SIGPIPE)
        exit(128 + SIGPIPE)
    }
}
