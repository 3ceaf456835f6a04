import BigInt
import CallbackModel

/// The explorer's only way to change state: pure, no I/O, no engine calls. Every parameter
/// it produces is inside its SPEC range; when a key would leave the range it clamps and
/// says so in the status line.
public enum Reducer {
    /// What a key asks of the world beyond the state; `Explorer.update` turns it into an effect.
    public enum Request: Sendable, Equatable {
        case export
    }

    public static func reduce(_ state: ExplorerState, _ key: Key) -> ExplorerState {
        update(state, key).0
    }

    public static func update(_ state: ExplorerState, _ key: Key) -> (ExplorerState, [Request]) {
        if case .running = state.mode, state.presentation == nil || !isDigit(key),
           Keymap.action(for: key, presenting: state.presentation != nil) == .export {
            var s = state
            s.message = nil
            return (s, [.export])
        }
        return (keyed(state, key), [])
    }

    private static func isDigit(_ key: Key) -> Bool {
        if case .char(let ch) = key { return ch.wholeNumberValue != nil }
        return false
    }

    static func keyed(_ state: ExplorerState, _ key: Key) -> ExplorerState {
        var s = state
        if case .resize(let size) = key {
            s.size = size
            return s
        }
        switch s.mode {
        case .quitting:
            return s
        case .help:
            // Any key leaves help; q and Ctrl-C still quit.
            s.mode = (key == .char("q") || key == .ctrlC) ? .quitting : .running
            return s
        case .entry(let text):
            return typing(s, text, key)
        case .running:
            if s.presentation != nil, case .char(let ch) = key, let digit = ch.wholeNumberValue {
                return goToSlide(s, digit == 0 ? 9 : digit - 1)
            }
            guard let action = Keymap.action(for: key, presenting: s.presentation != nil) else {
                s.message = "unbound key — press ? for the keys"
                return s
            }
            s.message = nil
            return apply(action, to: s)
        }
    }

    public static func apply(_ action: Action, to state: ExplorerState) -> ExplorerState {
        var s = state
        switch action {
        case .step(let field, let delta):
            return change(s) { Adjust.step(field, by: delta, in: &$0) }
        case .scaleServers(let up):
            return change(s) { Adjust.scaleServers(up: up, in: &$0) }
        case .moveFocus(let delta):
            s.focus = delta > 0 ? s.focus.next : s.focus.previous
        case .focus(let field):
            s.focus = field
        case .stepFocused(let delta):
            return apply(.step(s.focus, delta), to: s)
        case .beginEntry:
            s.mode = .entry("")
            s.message = "type a value for \(s.focus.label.lowercased()), Enter to set, Esc to cancel"
        case .nextView:
            s.view = s.view.next
        case .undo:
            if let previous = s.history.popLast() {
                s.parameters = previous
                s.message = "undone"
            } else {
                s.message = "nothing to undo"
            }
        case .export:
            break  // an effect, not a state change: see `update`
        case .toggleHelp:
            s.mode = .help
        case .quit:
            s.mode = .quitting
        case .nextSlide:
            return goToSlide(s, (s.presentation?.index ?? 0) + 1)
        case .previousSlide:
            return goToSlide(s, (s.presentation?.index ?? 0) - 1)
        }
        return s
    }

    /// Applies a parameter change, records undo history, and reports clamping.
    static func change(_ state: ExplorerState, _ body: (inout Parameters) -> String?) -> ExplorerState {
        var s = state
        var p = s.parameters
        let note = body(&p)
        if p != s.parameters {
            s.history.append(s.parameters)
            if s.history.count > ExplorerState.historyLimit { s.history.removeFirst() }
            s.parameters = p
        }
        s.message = note
        return s
    }

    static func goToSlide(_ state: ExplorerState, _ index: Int) -> ExplorerState {
        guard var presentation = state.presentation else { return state }
        var s = state
        let target = min(max(0, index), presentation.slides.count - 1)
        if target == presentation.index {
            s.message = target == 0 ? "first slide" : "last slide"
            return s
        }
        presentation.index = target
        s.presentation = presentation
        s.apply(presentation.slide)
        return s
    }

    static func typing(_ state: ExplorerState, _ text: String, _ key: Key) -> ExplorerState {
        var s = state
        switch key {
        case .escape, .ctrlC:
            s.mode = .running
            s.message = "cancelled"
        case .backspace:
            s.mode = .entry(String(text.dropLast()))
        case .enter:
            s.mode = .running
            return change(s) { Entry.set(s.focus, to: text, in: &$0) }
        case .char(let ch) where text.count < 40:
            s.mode = .entry(text + String(ch))
        default:
            break
        }
        return s
    }
}
