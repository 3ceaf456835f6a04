/// Where each part of the screen goes at a terminal size: the one place that knows rows.
/// The renderer draws into these and the tests can name them instead of counting lines.
public struct Layout: Equatable, Sendable {
    /// Title bar (slide or program name, and the view).
    public let title: Int
    /// The parameters: one row when they fit, else these two.
    public let header: ClosedRange<Int>
    /// The failure, or the value being typed.
    public let headline: Int
    /// The charts, or help, or a slide's text.
    public let body: Rect
    public let impact: Int
    public let budget: Int
    public let status: Int

    /// The smallest size the explorer draws on; below it the screen says so instead.
    public static let minimum = Size(rows: 20, cols: 64)

    /// nil when the terminal is smaller than `minimum`.
    public static func of(_ size: Size) -> Layout? {
        guard size.rows >= minimum.rows, size.cols >= minimum.cols else { return nil }
        return Layout(title: 0, header: 1 ... 2, headline: 3,
                      body: Rect(row: 5, col: 1, height: size.rows - 5 - 3, width: size.cols - 2),
                      impact: size.rows - 3, budget: size.rows - 2, status: size.rows - 1)
    }
}
