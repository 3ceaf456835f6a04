import CallbackModel

/// The explorer as a value (Bubble Tea's Model): what the user set, and the engine's
/// answers so far. `update` is its only transition; the frame is a pure function of it.
public struct Explorer: Sendable {
    public private(set) var state: ExplorerState
    public private(set) var answers: Answers
    /// `e` was pressed while the screen still had rows to compute: export once they land,
    /// so the file never shows "computing…".
    public private(set) var exportWaiting = false

    public init(_ state: ExplorerState, answers: Answers = Answers()) {
        self.state = state
        self.answers = answers
    }

    /// The screen for the current state with the answers known now; never runs the engine.
    public var frame: Canvas { Screen.render(state, ScreenData(state, answers)) }

    /// Configurations the visible view needs and has no answer for, headline first.
    public var missing: [Parameters] { answers.missing(ScreenData.needs(state)) }

    /// What the first frame needs.
    public var startEffects: [Effect] {
        let missing = self.missing
        return missing.isEmpty ? [] : [.evaluate(missing)]
    }

    public static func update(_ model: Explorer, _ event: Event) -> (Explorer, [Effect]) {
        var next = model
        let effects = next.update(event)
        return (next, effects)
    }

    public mutating func update(_ event: Event) -> [Effect] {
        switch event {
        case .key(let key):
            let (next, requests) = Reducer.update(state, key)
            state = next
            if requests.contains(.export) { exportWaiting = true }
        case .evaluated(let list):
            answers.record(list)
        case .exported(let message):
            state.message = message
        case .signal(let signal):
            state.mode = .quitting
            return [.quit(signal: signal)]
        }
        if state.mode == .quitting { return [.quit(signal: nil)] }
        let missing = self.missing
        if !missing.isEmpty { return [.evaluate(missing)] }
        if exportWaiting {
            exportWaiting = false
            return [.export(frame)]
        }
        return []
    }
}

extension Explorer {
    /// Performs evaluations in place, on this thread, until the screen is complete; exports
    /// are dropped. For tests, benchmarks and scripts that want a finished frame per key;
    /// the terminal runs `ExplorerLoop`, which evaluates in the background.
    public mutating func settle(_ effects: [Effect]) {
        var queue = effects
        while !queue.isEmpty {
            if case .evaluate(let configurations) = queue.removeFirst() {
                queue += update(.evaluated(configurations.map(Evaluated.evaluate)))
            }
        }
    }

    /// A model whose first frame is complete.
    public static func settled(_ state: ExplorerState) -> Explorer {
        var e = Explorer(state)
        e.settle(e.startEffects)
        return e
    }

    @discardableResult
    public mutating func press(_ key: Key) -> Canvas {
        settle(update(.key(key)))
        return frame
    }

    /// Presses every key of a script, e.g. "++s" or [.up, .char("+")]; returns the last frame.
    @discardableResult
    public mutating func drive(_ keys: [Key]) -> Canvas {
        for key in keys { settle(update(.key(key))) }
        return frame
    }

    @discardableResult
    public mutating func drive(_ text: String) -> Canvas { drive(text.map { .char($0) }) }
}
