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
            // q, Esc and ? close help and do nothing else (help says so); Ctrl-C still
            // quits; any other key closes help and then does what it does.
            if key == .ctrlC {
                s.mode = .quitting
                return s
            }
            let pages = HelpScreen.pages(s).count
            if pages > 1, HelpScreen.nextPageKeys.contains(key) {
                // Past the last page help closes, as a pager does at its end.
                if s.helpPage + 1 < pages { s.helpPage += 1 } else { s.mode = .running }
                return s
            }
            if pages > 1, HelpScreen.previousPageKeys.contains(key) {
                s.helpPage = max(0, s.helpPage - 1)
                return s
            }
            s.mode = .running
            if [.char("q"), .escape, .char("?"), .enter].contains(key) { return s }
            return keyed(s, key)
        case .entry(let text):
            return typing(s, text, key)
        case .running where Layout.of(s.size) == nil:
            // Behind "terminal too small" nothing can be seen, so nothing may change:
            // only quitting (and resizing, above) act.
            if key == .char("q") || key == .ctrlC { s.mode = .quitting }
            return s
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
        case .step(.canary, let delta) where !s.parameters.pools.isEmpty:
            return change(s) { PoolAdjust.step(s.poolFocus, weight: delta, in: &$0) }
        case .step(.canaryServers, let delta) where !s.parameters.pools.isEmpty:
            return change(s) { PoolAdjust.step(s.poolFocus, size: delta, in: &$0) }
        case .step(let field, let delta):
            return change(s, intending: field.parameter) { Adjust.step(field, by: delta, in: &$0) }
        case .selectPool(let delta):
            let count = s.parameters.pools.count
            guard count > 0 else {
                s.message = "no pools: start with --pool NAME:SIZE:WEIGHT to weigh classes of servers"
                return s
            }
            s.poolFocus = ((s.poolFocus + delta) % count + count) % count
            s.message = "pool " + PoolAdjust.describe(s.parameters.pools[s.poolFocus])
        case .scaleServers(let up):
            return change(s) { Adjust.scaleServers(up: up, in: &$0) }
        case .moveFocus(let delta):
            s.focus = delta > 0 ? s.focus.next : s.focus.previous
        case .focus(let field):
            s.focus = field
        case .stepIncident(let name, let delta):
            return change(s) { Adjust.stepIncident(name, by: delta, in: &$0) }
        case .toggleHashing:
            return change(s) { p in
                p.incidents.hashing = p.incidents.hashing == .modulo ? .consistent : .modulo
                return "affinity hashing: \(p.incidents.hashing.rawValue)"
            }
        case .toggleFormulas:
            s.showFormulas.toggle()
        case .toggleRouting:
            return change(s) { p in
                p.callbackRouting = p.callbackRouting == .perRequest ? .providerAddress : .perRequest
                return p.callbackRouting == .perRequest ? "callbacks routed per request"
                    : "callbacks pinned by the provider's address (ip_hash, balance source, ClientIP): retries land on the same server"
            }
        case .stepFocused(let delta):
            // With pools the canary's slot names the focused pool: arrows choose another.
            if s.focus == .canary && !s.parameters.pools.isEmpty { return apply(.selectPool(delta), to: s) }
            return apply(.step(s.focus, delta), to: s)
        case .beginEntry:
            s.mode = .entry("")
            let what = Screen.label(s.focus, s.parameters).lowercased()
            let form = s.parameters.pools.isEmpty ? "" : (s.focus == .canary ? " (a pool's name)" : s.focus == .canaryServers ? " (SIZE or SIZE:WEIGHT)" : "")
            s.message = "type a value for \(what)\(form), Enter to set, Esc to cancel"
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
            s.helpPage = 0
        case .quit:
            s.mode = .quitting
        case .nextSlide:
            return goToSlide(s, (s.presentation?.index ?? 0) + 1)
        case .previousSlide:
            return goToSlide(s, (s.presentation?.index ?? 0) - 1)
        }
        return s
    }

    /// Parameters a change of N may lower, and that come back when N allows them again.
    static let followers: [ParameterName] = [.canaryServers, .replicas]

    /// Applies a parameter change, records undo history, and reports clamping. A value the
    /// user set for a follower of N is remembered, so one that a smaller N lowered comes
    /// back when N grows again (10 → 1 → 10 servers keeps replicas at 2).
    static func change(_ state: ExplorerState, intending name: ParameterName? = nil,
                       _ body: (inout Parameters) -> String?) -> ExplorerState {
        var s = state
        var p = s.parameters
        let note = body(&p)
        if let name, followers.contains(name), p.value(of: name) != s.parameters.value(of: name) {
            s.intended[name] = p.value(of: name)
        }
        if p.servers != s.parameters.servers || p.hasCanary != s.parameters.hasCanary {
            for follower in followers {
                guard let wanted = s.intended[follower], wanted > p.value(of: follower) else { continue }
                let bound = Bounds.of(follower, given: p)
                let upper = bound.upper?.value ?? wanted
                let restored = min(wanted, upper)
                if restored > p.value(of: follower) && bound.contains(restored) { p.set(follower, to: restored) }
            }
        }
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

    /// Room for a pool's SIZE:WEIGHT with a weight of the most digits a value may have.
    static let entryLimit = 64

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
            if !s.parameters.pools.isEmpty && s.focus == .canary {
                let typed = text.trimmingCharacters(in: .whitespaces)
                if let i = PoolAdjust.focus(named: typed, in: s.parameters.pools) {
                    s.poolFocus = i
                    s.message = "pool " + PoolAdjust.describe(s.parameters.pools[i])
                } else {
                    s.message = "no pool named '\(typed)': allowed " + s.parameters.pools.map(\.name).joined(separator: ", ")
                }
                return s
            }
            if !s.parameters.pools.isEmpty && s.focus == .canaryServers {
                let index = s.poolFocus
                return change(s) { PoolAdjust.set(index, to: text.trimmingCharacters(in: .whitespaces), in: &$0) }
            }
            return change(s, intending: s.focus.parameter) { Entry.set(s.focus, to: text, in: &$0) }
        case .char(let ch) where text.count < Self.entryLimit:
            s.mode = .entry(text + String(ch))
        case .char:
            // Said, not silently dropped: a cut number would be set as another value.
            s.message = "at most \(Self.entryLimit) characters: Enter to set, Esc to cancel"
        default:
            break
        }
        return s
    }
}
