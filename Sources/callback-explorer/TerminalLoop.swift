import CursesTerminal
import ExplorerUI
import Foundation
import Readout

/// Runs the explorer on the real terminal: paint, read a key, reduce, repeat.
enum TerminalLoop {
    /// Refuses politely without a terminal instead of garbling a pipe.
    static func requireTerminal(suggesting command: String) throws {
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard isatty(0) == 1, isatty(1) == 1, !term.isEmpty, term != "dumb" else {
            throw CLIError.usage("the explorer needs a terminal on stdin and stdout; for plain output use: \(command)")
        }
    }

    static func run(_ initial: (Size, BarGlyphs) -> ExplorerState) throws {
        let session = CursesSession(environment: ProcessInfo.processInfo.environment)
        defer {
            session.end()
            // Die of the signal that stopped us, so the shell sees the usual status (128 + n).
            if let sig = session.stopSignal {
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
        var explorer = Explorer(initial(session.size, session.glyphs))
        session.paint(explorer.frame)
        while explorer.state.mode != .quitting {
            if session.stopSignal != nil { break }
            guard var key = session.readKey() else { continue }
            // A held key repeats faster than a frame with 100 retries computes: apply every
            // key already typed, then draw once, so the screen never lags behind the hand.
            var typed = 0
            while true {
                explorer.apply(key)
                typed += 1
                guard typed < 256, explorer.state.mode != .quitting, !explorer.state.exportRequested,
                      let next = session.pendingKey() else { break }
                key = next
            }
            var frame = explorer.frame
            if explorer.state.exportRequested {
                explorer.exported(export(frame))
                frame = explorer.frame
            }
            session.paint(frame)
        }
    }

    /// Writes the screen as text and as SVG in the current directory.
    static func export(_ canvas: Canvas) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let base = "callback-explorer-\(formatter.string(from: Date()))"
        do {
            try Data((canvas.text + "\n").utf8).write(to: URL(fileURLWithPath: base + ".txt"))
            try Data(CanvasSVG.render(canvas).utf8).write(to: URL(fileURLWithPath: base + ".svg"))
            return "exported \(base).txt and \(base).svg"
        } catch {
            return "export failed: \(error.localizedDescription)"
        }
    }
}
