/// One turn of the explorer's loop, shared by the terminal app and the tests:
/// key → reducer → engine (cached) → canvas.
public struct Explorer {
    public private(set) var state: ExplorerState
    public let cache: ResultCache

    public init(_ state: ExplorerState, cache: ResultCache = ResultCache()) {
        self.state = state
        self.cache = cache
    }

    public var frame: Canvas { Screen.render(state, cache.data(for: state)) }

    @discardableResult
    public mutating func press(_ key: Key) -> Canvas {
        apply(key)
        return frame
    }

    /// Reduces one key without drawing; the terminal uses it to catch up with typed-ahead keys.
    public mutating func apply(_ key: Key) {
        state = Reducer.reduce(state, key)
    }

    /// The shell calls this once it has written the export.
    public mutating func exported(_ message: String) {
        state.exportRequested = false
        state.message = message
    }

    /// Presses every key of a script, e.g. "++s" or [.up, .char("+")]; returns the last frame.
    public mutating func drive(_ keys: [Key]) -> Canvas {
        for key in keys { apply(key) }
        return frame
    }

    public mutating func drive(_ text: String) -> Canvas { drive(text.map { .char($0) }) }
}
