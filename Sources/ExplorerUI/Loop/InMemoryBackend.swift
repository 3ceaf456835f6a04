import Readout

/// A scripted terminal: keys, resizes and signals in order, every painted frame kept.
/// When the script runs out the input reads as closed, so a test's loop always ends.
public final class InMemoryBackend: TerminalBackend {
    public enum Step: Sendable {
        case key(Key)
        /// A stop signal arrives here in the script.
        case signal(Int32)
        /// Reads as idle once, so the loop paints before the next key (a pause in typing).
        case pause
        /// A pause in which the test does something, e.g. lets a held evaluation finish.
        case call(@Sendable () -> Void)
    }

    public private(set) var size: Size
    public let glyphs: BarGlyphs
    public private(set) var script: [Step]
    public private(set) var frames: [Canvas] = []
    public private(set) var restored = 0
    private var signal: Int32?

    public init(size: Size, glyphs: BarGlyphs = .unicode, script: [Step]) {
        self.size = size
        self.glyphs = glyphs
        self.script = script
    }

    /// Keys typed as text after the first frame, with a pause after each so every key gets
    /// its own frame.
    public convenience init(size: Size, typing text: String) {
        self.init(size: size, script: [.pause] + text.flatMap { [Step.key(.char($0)), .pause] })
    }

    public func readKey(waitingUpToMilliseconds milliseconds: Int) -> Input {
        guard let next = script.first else { return .closed }
        switch next {
        case .key(let key):
            script.removeFirst()
            if case .resize(let s) = key { size = s }
            return .key(key)
        case .signal(let s):
            // Delivered through `takeSignal`, as a real one is.
            script.removeFirst()
            signal = s
            return .idle
        case .pause:
            // A zero wait is the loop asking for typed-ahead keys: the pause holds them back.
            if milliseconds > 0 { script.removeFirst() }
            return .idle
        case .call(let body):
            guard milliseconds > 0 else { return .idle }
            script.removeFirst()
            body()
            return .idle
        }
    }

    public func paint(_ canvas: Canvas) { frames.append(canvas) }

    public func takeSignal() -> Int32? {
        defer { signal = nil }
        return signal
    }

    public func restore() { restored += 1 }
}
