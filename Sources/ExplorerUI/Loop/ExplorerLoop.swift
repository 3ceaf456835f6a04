/// The loop the program runs and the tests drive: read events, `update`, perform the
/// effects, paint. Everything that is not pure (the terminal, the clock of waiting, the
/// engine's threads, the files of an export) comes in through its parameters.
public enum ExplorerLoop {
    public struct Options: Sendable {
        /// Keys already typed are applied before the next frame is drawn, up to this many:
        /// a held key repeats faster than a 100-retry frame computes.
        public var typeAhead = 256
        /// How long a frame waits for its answers before it is drawn with "computing…" in
        /// their place. Long enough that a quick answer never flashes; `Int.max` waits for
        /// every answer (deterministic frames for tests).
        public var settleMilliseconds = 40
        /// Between reads of the input: short while answers are on their way, so they show
        /// as soon as they land; long when idle, only to notice signals.
        public var busyPollMilliseconds = 5
        public var idlePollMilliseconds = 100

        public init() {}

        /// Every frame waits for its answers.
        public static var deterministic: Options {
            var o = Options()
            o.settleMilliseconds = .max
            return o
        }
    }

    /// Why the loop ended, and the model as it was then.
    public struct Exit: Sendable {
        public let signal: Int32?
        public let model: Explorer
    }

    public static func run(
        _ initial: Explorer,
        on backend: some TerminalBackend,
        evaluator: BackgroundEvaluator = BackgroundEvaluator(),
        export: (Canvas) -> String,
        options: Options = Options()
    ) -> Exit {
        defer { backend.restore() }
        var model = initial
        var effects = model.startEffects
        var dirty = true
        var typedSinceFrame = 0
        var settled = false
        // Answers to effects that finished at once (an export), delivered as events.
        var inbox: [Event] = []
        while true {
            for effect in effects {
                switch effect {
                case .evaluate(let configurations):
                    evaluator.request(configurations)
                case .export(let canvas):
                    inbox.append(.exported(export(canvas)))
                case .quit(let signal):
                    return Exit(signal: signal, model: model)
                }
            }
            effects = []
            if !inbox.isEmpty {
                effects = model.update(inbox.removeFirst())
                dirty = true
                continue
            }
            if let signal = backend.takeSignal() {
                effects = model.update(.signal(signal))
                continue
            }
            let answers = evaluator.takeFinished()
            if !answers.isEmpty {
                effects = model.update(.evaluated(answers))
                dirty = true
                continue
            }
            if model.exportWaiting {
                // The export shows the screen as of its key: finish its answers first, in
                // short waits so a stop signal is still noticed at once. Nothing in flight
                // means nothing will arrive: ask again for what is missing.
                if !evaluator.isBusy { evaluator.request(model.missing) }
                evaluator.waitUntilIdle(milliseconds: options.busyPollMilliseconds)
                continue
            }
            if typedSinceFrame < options.typeAhead, case .key(let key) = backend.readKey(waitingUpToMilliseconds: 0) {
                typedSinceFrame += 1
                effects = model.update(.key(key))
                dirty = true
                continue
            }
            if dirty {
                if !settled && evaluator.isBusy {
                    settled = true
                    evaluator.waitUntilIdle(milliseconds: options.settleMilliseconds)
                    continue
                }
                backend.paint(model.frame)
                dirty = false
                settled = false
                typedSinceFrame = 0
            }
            let wait = evaluator.isBusy ? options.busyPollMilliseconds : options.idlePollMilliseconds
            switch backend.readKey(waitingUpToMilliseconds: wait) {
            case .key(let key):
                effects = model.update(.key(key))
                dirty = true
                typedSinceFrame += 1
            case .idle:
                break
            case .closed:
                return Exit(signal: nil, model: model)
            }
        }
    }
}
