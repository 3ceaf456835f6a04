import CNcurses
import ExplorerUI
import Readout
#if canImport(Glibc)
import Glibc
#endif

/// Set by the signal handlers, read by the key loop: a handler may only set a flag.
nonisolated(unsafe) private var pendingSignal: Int32 = 0

private func restoreAtExit() {
    if isendwin() == false { endwin() }
}

/// Owns the terminal while the explorer runs: curses start-up, painting, keys, and the
/// restore on every way out (q, Ctrl-C, SIGTERM, SIGHUP, SIGINT, an error exit).
public final class CursesSession {
    public let glyphs: BarGlyphs
    private let palette: Palette
    private var ended = false

    /// Starts curses. Call only when stdin and stdout are terminals.
    public init(environment: [String: String]) {
        setlocale(LC_ALL, "")
        let utf8 = String(cString: nl_langinfo(nl_item(CODESET))).uppercased().replacingOccurrences("-", "") == "UTF8"
        glyphs = utf8 ? .unicode : .ascii
        initscr()
        raw()  // Ctrl-C arrives as a key, so quitting always goes through the same restore.
        noecho()
        keypad(cn_stdscr(), true)
        cn_set_escdelay(25)
        curs_set(0)
        timeout(100)
        atexit { restoreAtExit() }
        for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            signal(sig) { pendingSignal = $0 }
        }
        palette = Palette(colour: has_colors() && environment["NO_COLOR"] == nil)
    }

    public var size: Size { Size(rows: Int(cn_lines()), cols: Int(cn_cols())) }

    /// The signal that asked us to stop, if any.
    public var stopSignal: Int32? { pendingSignal == 0 ? nil : pendingSignal }

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
                    run.append(canvas[r, c].ch)
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

    /// The next key, or nil when none arrived within 100 ms (so signals are noticed).
    public func readKey() -> Key? {
        let code = getch()
        guard code != ERR else { return nil }
        return KeyDecoder.key(code, rows: Int(cn_lines()), cols: Int(cn_cols()))
    }

    /// A key already waiting in the input, without waiting for one.
    public func pendingKey() -> Key? {
        timeout(0)
        defer { timeout(100) }
        return readKey()
    }

    /// Restores the terminal; safe to call more than once.
    public func end() {
        guard !ended else { return }
        ended = true
        attrset(Int32(bitPattern: cn_attr_normal()))
        curs_set(1)
        endwin()
    }

    deinit { end() }
}

extension String {
    fileprivate func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        String(flatMap { $0 == target ? Array(replacement) : [$0] })
    }
}
