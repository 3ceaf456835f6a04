/// A region of the canvas.
public struct Rect: Equatable, Sendable {
    public var row, col, height, width: Int

    public init(row: Int, col: Int, height: Int, width: Int) {
        self.row = row
        self.col = col
        self.height = max(0, height)
        self.width = max(0, width)
    }

    /// Splits off the top `rows` rows.
    func top(_ rows: Int) -> (Rect, Rect) {
        let h = min(rows, height)
        return (Rect(row: row, col: col, height: h, width: width), Rect(row: row + h, col: col, height: height - h, width: width))
    }

    /// Left and right halves with a gap between.
    func columns(gap: Int) -> (Rect, Rect) {
        let left = (width - gap) / 2
        return (Rect(row: row, col: col, height: height, width: left),
                Rect(row: row, col: col + left + gap, height: height, width: width - left - gap))
    }
}
