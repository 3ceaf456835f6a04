import CNcurses
import CStopSignal
import ExplorerUI
import Readout
#if canImport(Glibc)
import Glibc
#endif

private func restoreAtExit() {
    if isendwin() == false { endwin() }
}

/// The terminal through curses: start-up, painting, keys, stop signals, and the restore
/// on every way out (q, Ctrl-C, SIGTERM, SIGHUP, SIGINT, SIGQUIT, an error exit).
public final class CursesBackend: TerminalBackend {
    public let glyphs: BarGlyphs
    private let palette: Palette
    private var ended = false
    private var delay: Int32 = -2

    /// Why curses could not start on this terminal, or nil if it can (see the shim: initscr
    /// would print its own message and exit 1 on an unknown TERM).
    public static func unusableTerminal(term: String) -> String? {
        let usable = cn_terminal_usable(term)
        guard usable != 1 else { return nil }
        return usable == 0
            ? "TERM '\(term)' is not a terminal type this system knows: set TERM to one it has (xterm-256color, screen, linux)"
            : "TERM '\(term)' cannot be used by the explorer (its description is missing or too limited)"
    }

    /// Starts curses. Call only when stdin and stdout are terminals and
    /// `unusableTerminal` found nothing wrong.
    public init(environment: [String: String]) {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET))).uppercased().filter { $0 != "-" }
        glyphs = codeset == "UTF8" ? .unicode : .ascii
        stop_signal_remember_terminal()
        initscr()
        raw()  // Ctrl-C arrives as a key, so quitting always goes through the same restore.
        noecho()
        keypad(cn_stdscr(), true)
        cn_set_escdelay(25)
        curs_set(0)
        atexit { restoreAtExit() }
        stop_signal_install()
        palette = Palette(colour: has_colors() && environment["NO_COLOR"] == nil)
    }

    public var size: Size { Size(rows: Int(cn_lines()), cols: Int(cn_cols())) }

    public func takeSignal() -> Int32? {
        let s = stop_signal_take()
        return s == 0 ? nil : s
    }

    /// Paints the whole canvas; curses sends only what changed since the last refresh.
    public func paint(_ canvas: Canvas) {
        erase()
        let rows = min(canvas.size.rows, Int(cn_lines())), cols = min(canvas.size.cols, Int(cn_cols()))
        for r in 0 ..< rows {
            var c = 0
            while c < cols {
                let role = canvas[r, c].role
                var run = ""
                let start = c
                while c < cols && canvas[r, c].role == role {
                    // A terminal without UTF-8 gets one ASCII stand-in per cell.
                    run.append(glyphs == .ascii ? ASCIIFallback.character(canvas[r, c].ch) : canvas[r, c].ch)
                    c += 1
                }
                // The last cell of the screen cannot be written without scrolling.
                if r == Int(cn_lines()) - 1 && c == Int(cn_cols()) { run = String(run.dropLast()) }
                attrset(Int32(bitPattern: palette.attributes(role)))
                mvaddstr(Int32(r), Int32(start), run)
            }
        }
        attrset(Int32(bitPattern: cn_attr_normal()))
        refresh()
    }

    public func readKey(waitingUpToMilliseconds milliseconds: Int) -> Input {
        let wanted = Int32(clamping: milliseconds)
        if wanted != delay {
            timeout(wanted)
            delay = wanted
        }
        let code = getch()
        guard code != ERR else { return .idle }
        return KeyDecoder.key(code, rows: Int(cn_lines()), cols: Int(cn_cols())).map(Input.key) ?? .idle
    }

    /// Restores the terminal and the signal handlers; safe to call more than once.
    public func restore() {
        guard !ended else { return }
        ended = true
        attrset(Int32(bitPattern: cn_attr_normal()))
        curs_set(1)
        // Keys typed for the explorer and not read yet must not become shell commands.
        flushinp()
        endwin()
        stop_signal_restore()
    }

    deinit { restore() }
}
