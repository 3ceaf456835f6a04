/// Named looks; the terminal backend maps each to colours and attributes in one table,
/// and the screen never depends on colour alone to carry meaning.
public enum StyleRole: Sendable, Hashable, CaseIterable {
    case plain, title, header, focus, headline, bar, label, value, dim, warning, status, accent
}

public struct Cell: Equatable, Sendable {
    public var ch: Character
    public var role: StyleRole
}

/// An in-memory screen: the renderer draws here, tests read it, the backend paints it.
public struct Canvas: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(_ size: Size) {
        self.size = size
        cells = Array(repeating: Cell(ch: " ", role: .plain), count: size.rows * size.cols)
    }

    public subscript(row: Int, col: Int) -> Cell { cells[row * size.cols + col] }

    /// Writes text from (row, col), clipped to `width` cells and to the canvas; returns
    /// the number of cells written.
    @discardableResult
    public mutating func put(_ text: String, row: Int, col: Int, role: StyleRole = .plain, width: Int = .max) -> Int {
        guard row >= 0, row < size.rows, col < size.cols else { return 0 }
        var c = col, written = 0
        for ch in text {
            if written >= width || c >= size.cols { break }
            if c >= 0 { cells[row * size.cols + c] = Cell(ch: ch, role: role) }
            c += 1
            written += 1
        }
        return written
    }

    /// Gives a whole row one role, e.g. a reversed title bar.
    public mutating func fill(row: Int, role: StyleRole) {
        guard row >= 0, row < size.rows else { return }
        for c in 0 ..< size.cols { cells[row * size.cols + c].role = role }
    }

    /// The text of each row, trailing spaces trimmed: what tests compare.
    public var lines: [String] {
        (0 ..< size.rows).map { r in
            var line = String(cells[r * size.cols ..< (r + 1) * size.cols].map(\.ch))
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    public var text: String { lines.joined(separator: "\n") }
}
