/// A key press, already decoded by the terminal backend; the UI never sees curses codes.
public enum Key: Hashable, Sendable {
    case char(Character)
    case up, down, left, right
    case enter, escape, backspace, tab
    case pageUp, pageDown, home, end
    case ctrlC
    case resize(Size)
}

/// A terminal size in cells.
public struct Size: Hashable, Sendable {
    public let rows: Int
    public let cols: Int
    public init(rows: Int, cols: Int) {
        self.rows = max(0, rows)
        self.cols = max(0, cols)
    }
}
