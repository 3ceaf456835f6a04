/// One line of the keymap: the keys, how the help screen names them, and what they do.
/// The same table drives dispatch, the `?` screen and the status-line hints.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let keyLabel: String
    public let help: String
    public let action: Action
    /// Shown in the status line's short hint.
    public let hint: Bool
    /// What the key does instead when the servers are weighted pools (`--pool`): the
    /// canary keys then weigh and size the focused pool.
    public let pooledHelp: String?

    init(_ keys: [Key], _ keyLabel: String, _ help: String, _ action: Action, hint: Bool = false, pooled: String? = nil) {
        self.keys = keys
        self.keyLabel = keyLabel
        self.help = help
        self.action = action
        self.hint = hint
        self.pooledHelp = pooled
    }

    public func help(pooled: Bool) -> String {
        pooled ? pooledHelp ?? help : help
    }
}

public enum Keymap {
    static func chars(_ s: String) -> [Key] { s.map { .char($0) } }

    public static let explorer: [KeyBinding] = [
        KeyBinding(chars("+="), "+", "servers +1", .step(.servers, 1), hint: true),
        KeyBinding(chars("-_"), "-", "servers −1", .step(.servers, -1)),
        KeyBinding(chars("*"), "*", "servers ×10", .scaleServers(up: true), hint: true),
        KeyBinding(chars("/"), "/", "servers ÷10", .scaleServers(up: false)),
        KeyBinding(chars("C"), "C", "canary +1 point", .step(.canary, 1), hint: true, pooled: "pool weight +1"),
        KeyBinding(chars("c"), "c", "canary −1 point", .step(.canary, -1), pooled: "pool weight −1"),
        KeyBinding(chars("M"), "M", "canary servers +1", .step(.canaryServers, 1), pooled: "pool size +1"),
        KeyBinding(chars("m"), "m", "canary servers −1", .step(.canaryServers, -1), pooled: "pool size −1"),
        KeyBinding(chars("]"), "]", "next pool (--pool)", .selectPool(1)),
        KeyBinding(chars("["), "[", "previous pool", .selectPool(-1)),
        KeyBinding(chars("s"), "s", "next strategy", .step(.strategy, 1), hint: true),
        KeyBinding(chars("S"), "S", "previous strategy", .step(.strategy, -1)),
        KeyBinding(chars("R"), "R", "retries +1", .step(.retries, 1), hint: true),
        KeyBinding(chars("r"), "r", "retries −1", .step(.retries, -1)),
        KeyBinding(chars("P"), "P", "replicas +1", .step(.replicas, 1)),
        KeyBinding(chars("p"), "p", "replicas −1", .step(.replicas, -1)),
        KeyBinding(chars("G"), "G", "scale event: N2 +1", .stepIncident(.scaleTo, 1)),
        KeyBinding(chars("g"), "g", "scale event: N2 −1", .stepIncident(.scaleTo, -1)),
        KeyBinding(chars("H"), "H", "switch hashing: modulo, consistent", .toggleHashing),
        KeyBinding(chars("A"), "A", "pin callbacks by address (ip_hash)", .toggleRouting),
        KeyBinding(chars("Y"), "Y", "scale events a day +1", .stepIncident(.scaleEventsPerDay, 1)),
        KeyBinding(chars("y"), "y", "scale events a day −1", .stepIncident(.scaleEventsPerDay, -1)),
        KeyBinding(chars("X"), "X", "crashes a day +1", .stepIncident(.crashesPerDay, 1)),
        KeyBinding(chars("x"), "x", "crashes a day −1", .stepIncident(.crashesPerDay, -1)),
        KeyBinding(chars("T"), "T", "state TTL +30 s", .stepIncident(.stateTTL, 30)),
        KeyBinding(chars("t"), "t", "state TTL −30 s", .stepIncident(.stateTTL, -30)),
        KeyBinding([.up, .char("k")], "↑ k", "focus previous", .moveFocus(-1)),
        KeyBinding([.down, .char("j"), .tab], "↓ j Tab", "focus next", .moveFocus(1)),
        KeyBinding([.home], "Home", "focus the first", .focus(.servers)),
        KeyBinding([.end], "End", "focus the last", .focus(.replicas)),
        KeyBinding([.right, .char("l")], "→ l", "focused value up", .stepFocused(1)),
        KeyBinding([.left, .char("h")], "← h", "focused value down", .stepFocused(-1)),
        KeyBinding([.enter, .char(":")], "Enter :", "type a value", .beginEntry),
        KeyBinding(chars("v"), "v", "next view", .nextView, hint: true),
        KeyBinding(chars("f"), "f", "formulas whole", .toggleFormulas),
        KeyBinding(chars("u"), "u", "undo", .undo, hint: true),
        KeyBinding(chars("e"), "e", "export the screen", .export),
        KeyBinding(chars("?"), "?", "help: every key", .toggleHelp, hint: true),
        KeyBinding(chars("q") + [.ctrlC], "q", "quit", .quit, hint: true),
    ]

    /// Presentation mode puts slide navigation first; every explorer key still works.
    public static let presentation: [KeyBinding] = [
        KeyBinding([.char(" "), .right, .pageDown, .char("n")], "Spc → PgDn", "next slide", .nextSlide, hint: true),
        KeyBinding([.left, .pageUp, .char("b")], "← PgUp", "previous slide", .previousSlide, hint: true),
    ] + explorer.filter { $0.action != .stepFocused(1) && $0.action != .stepFocused(-1) }

    public static func bindings(presenting: Bool) -> [KeyBinding] { presenting ? presentation : explorer }

    /// The status line's hints: help and quit first, so they survive the narrowest
    /// terminal (the line drops items from its end), then the rest in keymap order.
    public static func hints(presenting: Bool) -> [KeyBinding] {
        let all = bindings(presenting: presenting).filter(\.hint)
        let first = all.filter { $0.action == .toggleHelp || $0.action == .quit }
        return first + all.filter { $0.action != .toggleHelp && $0.action != .quit }
    }

    public static func action(for key: Key, presenting: Bool) -> Action? {
        bindings(presenting: presenting).first { $0.keys.contains(key) }?.action
    }
}
