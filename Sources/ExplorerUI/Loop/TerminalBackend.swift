import Readout

/// What the loop needs of a terminal. Curses implements it for the program; the in-memory
/// backend implements it for tests, which so drive the very loop the program runs.
public protocol TerminalBackend: AnyObject {
    var size: Size { get }
    var glyphs: BarGlyphs { get }
    /// The next key, waiting at most this long (0: only a key already typed).
    func readKey(waitingUpToMilliseconds milliseconds: Int) -> Input
    /// Replaces the whole screen.
    func paint(_ canvas: Canvas)
    /// A stop signal that has arrived since the last call, if any.
    func takeSignal() -> Int32?
    /// Gives the terminal back as it was; called once, on every way out of the loop.
    func restore()
}

/// One read of the input.
public enum Input: Sendable, Equatable {
    case key(Key)
    /// Nothing arrived in time.
    case idle
    /// The input ended: nothing more will come.
    case closed
}
