import CursesTerminal
import ExplorerUI
import Foundation
import Readout

/// Wires the explorer to the real terminal: curses backend, background evaluation, exports
/// in the current directory. The loop itself is `ExplorerLoop`, the one the tests drive.
enum TerminalLoop {
    /// Refuses politely without a terminal instead of garbling a pipe.
    static func requireTerminal(suggesting command: String) throws {
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard isatty(0) == 1, isatty(1) == 1, !term.isEmpty, term != "dumb" else {
            throw CLIError.usage("the explorer needs a terminal on stdin and stdout; for plain output use: \(command)")
        }
        if let problem = CursesBackend.unusableTerminal(term: term) {
            throw CLIError.usage("\(problem); for plain output use: \(command)")
        }
    }

    static func run(_ initial: (Size, BarGlyphs) -> ExplorerState) {
        let backend = CursesBackend(environment: ProcessInfo.processInfo.environment)
        let exit = ExplorerLoop.run(Explorer(initial(backend.size, backend.glyphs)), on: backend,
                                    export: ScreenExport().write)
        backend.restore()
        // Die of the signal that stopped us, so the shell sees the usual status (128 + n).
        if let signal = exit.signal {
            Glibc.signal(signal, SIG_DFL)
            raise(signal)
        }
    }
}
