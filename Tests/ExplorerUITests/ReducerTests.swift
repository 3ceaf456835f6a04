import BigInt
import Testing
import CallbackModel
import Decks
@testable import ExplorerUI

struct ReducerTests {
    func state(_ p: Parameters = Parameters(servers: 10)) -> ExplorerState {
        ExplorerState(parameters: p, size: Size(rows: 32, cols: 100))
    }

    func press(_ s: ExplorerState, _ keys: String) -> ExplorerState {
        keys.reduce(s) { Reducer.reduce($0, .char($1)) }
    }

    @Test func serverKeys() {
        #expect(press(state(), "+").parameters.servers == 11)
        #expect(press(state(), "-").parameters.servers == 9)
        #expect(press(state(), "*").parameters.servers == 100)
        #expect(press(state(), "/").parameters.servers == 1)
        #expect(press(state(), "//").message == "at least 1 server")
        #expect(press(state(Parameters(servers: 100_000_000)), "**").parameters.servers == 1_000_000_000)
    }

    @Test func canaryKeys() {
        let s = press(state(), "CCC")
        #expect(s.parameters.canaryShare == Rational(3, 100))
        #expect(press(s, "c").parameters.canaryShare == Rational(2, 100))
        #expect(press(state(), "c").message == "canary is already 0%")
        #expect(press(s, "MM").parameters.canaryServers == 3)
        #expect(press(s, "m").parameters.canaryServers == 1)
        #expect(press(state(), "M").message == "no canary: press C to route traffic to one")
        // 99 is the last whole point below 100 %.
        let high = press(state(), String(repeating: "C", count: 120))
        #expect(high.parameters.canaryShare == Rational(99, 100))
        #expect(high.message == "canary stays below 100%")
    }

    @Test func canaryServersFollowServersDown() {
        var s = press(state(Parameters(servers: 5)), "C")
        s = press(s, "MMMMMM")
        #expect(s.parameters.canaryServers == 4)
        s = press(s, "-")
        #expect(s.parameters.canaryServers == 3)
        s = press(s, "---")
        #expect(s.parameters.servers == 2)
        #expect(s.message == "a canary needs at least 2 servers")
    }

    @Test func strategyRetriesReplicas() {
        #expect(press(state(), "s").parameters.strategy == .shared)
        #expect(press(state(), "S").parameters.strategy == .canaryFallback)
        #expect(press(state(), "RR").parameters.retries == 2)
        #expect(press(state(), "r").parameters.retries == 0)
        #expect(press(state(Parameters(retries: 100)), "R").message == "at most 100 retries")
        let replicate = state(Parameters(servers: 3, strategy: .replicate, replicas: 1))
        #expect(press(replicate, "P").parameters.replicas == 2)
        #expect(press(replicate, "PP").message == "at most 2 replicas (servers − 1)")
        #expect(press(replicate, "pp").parameters.replicas == 0)
    }

    @Test func arrowsMoveFocusAndChangeTheFocusedValue() {
        var s = Reducer.reduce(state(), .down)
        #expect(s.focus == .canary)
        s = Reducer.reduce(s, .right)
        #expect(s.parameters.canaryShare == Rational(1, 100))
        s = Reducer.reduce(Reducer.reduce(s, .up), .up)
        #expect(s.focus == .replicas)
        s = Reducer.reduce(Reducer.reduce(Reducer.reduce(s, .up), .up), .right)
        #expect(s.focus == .strategy)
        #expect(s.parameters.strategy == .shared)
    }

    @Test func typedEntryIsExact() {
        var s = Reducer.reduce(state(), .enter)
        s = press(s, "250")
        s = Reducer.reduce(s, .enter)
        #expect(s.parameters.servers == 250)
        s = Reducer.reduce(Reducer.reduce(s, .down), .char(":"))
        s = Reducer.reduce(press(s, "2.5"), .enter)
        #expect(s.parameters.canaryShare == Rational(1, 40))
        #expect(s.message == "canary set to 2.5%")
        let big = Reducer.reduce(press(Reducer.reduce(state(), .enter), "1000000000"), .enter)
        #expect(big.message == "servers set to 1,000,000,000")
        var bad = Reducer.reduce(press(Reducer.reduce(state(), .enter), "-4"), .enter)
        #expect(bad.parameters.servers == 10)
        #expect(bad.message == "servers -4 is out of range: allowed 1 to 1,000,000,000")
        bad = Reducer.reduce(press(Reducer.reduce(state(), .enter), "x"), .backspace)
        #expect(bad.mode == .entry(""))
        #expect(Reducer.reduce(bad, .escape).mode == .running)
    }

    /// Issue 16 item 13: "6/2/2" typed for the canary read as 6 %.
    @Test func typedEntryRefusesTwoSlashes() {
        let s = Reducer.reduce(Reducer.reduce(state(), .down), .char(":"))
        let typed = Reducer.reduce(press(s, "6/2/2"), .enter)
        #expect(typed.parameters.canaryShare == .zero)
        #expect(typed.message == "canary '6/2/2' is not a number: allowed 0 ≤ canary < 100 (percent)")
    }

    @Test func undoWalksBack() {
        var s = press(state(), "++s")
        #expect(s.parameters.servers == 12 && s.parameters.strategy == .shared)
        s = press(s, "u")
        #expect(s.parameters.strategy == .local)
        s = press(s, "uu")
        #expect(s.parameters.servers == 10)
        #expect(press(s, "u").message == "nothing to undo")
        // Keys that change nothing leave no history.
        #expect(press(state(), "vvc").history.isEmpty)
    }

    @Test func helpQuitExportAndViews() {
        #expect(press(state(), "?").mode == .help)
        #expect(press(state(), "?x").mode == .running)
        #expect(press(state(), "q").mode == .quitting)
        #expect(Reducer.reduce(state(), .ctrlC).mode == .quitting)
        // Export is an effect, not a state: the key asks for it and leaves the state alone.
        #expect(Reducer.update(state(), .char("e")).1 == [.export])
        #expect(Reducer.update(state(), .char("v")).1.isEmpty)
        #expect(press(state(), "v").view == .compare)
        #expect(press(state(), "vvvvvv").view == .overview)
        #expect(press(state(), "Z").message == "unbound key — press ? for the keys")
    }

    @Test func presentationNavigates() {
        var s = ExplorerState(parameters: Parameters(), size: Size(rows: 24, cols: 80), presentation: Presentation(slides: Story.slides))
        #expect(s.parameters == Story.slides[0].parameters)
        s = Reducer.reduce(s, .char(" "))
        #expect(s.presentation?.index == 1)
        #expect(s.parameters.servers == 3)
        s = Reducer.reduce(Reducer.reduce(s, .right), .pageDown)
        #expect(s.presentation?.index == 3)
        #expect(s.view == .breakdown)
        // Explorer keys work on a slide, and the change lasts until the slide is left.
        s = press(s, "*")
        #expect(s.parameters.servers == 20)
        s = Reducer.reduce(Reducer.reduce(s, .left), .right)
        #expect(s.parameters.servers == 2)
        s = press(s, "8")
        #expect(s.presentation?.index == 7)
        #expect(Reducer.reduce(press(s, "1"), .pageUp).message == "first slide")
    }
}

/// Issue 14's reducer findings, each with the fix's claim.
extension ReducerTests {
    /// Catches `q` in help quitting the program (help says it closes help).
    @Test func qEscAndQuestionMarkCloseHelpOnly() {
        for key: Key in [.char("q"), .escape, .char("?")] {
            let s = Reducer.reduce(press(state(), "?"), key)
            #expect(s.mode == .running)
            #expect(s.parameters.servers == 10)
        }
        // Another key closes help and acts.
        #expect(press(state(), "?+").parameters.servers == 11)
        #expect(Reducer.reduce(press(state(), "?"), .ctrlC).mode == .quitting)
    }

    /// Catches replicas staying at 0 after N went down to 1 and back (issue 14, item 4).
    @Test func aClampedValueComesBack() {
        let replicate = state(Parameters(servers: 10, strategy: .replicate, replicas: 2))
        let down = press(replicate, "//")
        #expect(down.parameters.replicas == 0)
        #expect(press(down, "*").parameters.replicas == 2)
        // Also for canary servers, and for a value the user set by key.
        var canary = press(state(Parameters(servers: 10, canaryShare: Rational(1, 10), canaryServers: 1)), "MMM")
        #expect(canary.parameters.canaryServers == 4)
        canary = press(canary, "-----")
        #expect(canary.parameters.canaryServers == 4)
        canary = press(canary, "--")
        #expect(canary.parameters.canaryServers == 2)
        #expect(press(canary, "+++").parameters.canaryServers == 4)
    }

    /// Catches keys acting unseen behind "terminal too small" (item 10).
    @Test func keysBehindTooSmallDoNothing() {
        let small = ExplorerState(parameters: Parameters(servers: 10), size: Size(rows: 10, cols: 40))
        let after = press(small, "+*sCR")
        #expect(after.parameters == small.parameters)
        #expect(press(small, "q").mode == .quitting)
    }

    /// Catches p/P changing a value the screen says does not apply (item 3).
    @Test func keysThatCannotApplyChangeNothing() {
        let s = press(state(Parameters(servers: 10, strategy: .replicate, replicas: 2)), "S")
        let after = press(s, "p")
        #expect(after.parameters.replicas == 2)
        #expect(after.message == "replicas apply to the replicate strategy (s to switch)")
        #expect(press(after, "s").parameters.replicas == 2)
    }

    /// Dividing N past its lower end clamps it and lowers M (or r) with it: the message
    /// names both (it named only the servers, so M or r changed unseen).
    @Test func aClampedDivisionSaysWhatFollowed() {
        let canary = press(state(Parameters(servers: 100, canaryShare: Rational(5, 100))), "M//")
        #expect(canary.parameters.servers == 2 && canary.parameters.canaryServers == 1)
        #expect(canary.message?.contains("canary servers lowered to 1") == true, "\(canary.message ?? "nil")")
        #expect(canary.message?.contains("server") == true && canary.message?.contains(";") == true, "\(canary.message ?? "nil")")
        let replicas = press(state(Parameters(servers: 10, strategy: .replicate, replicas: 8)), "/")
        #expect(replicas.parameters.servers == 1 && replicas.parameters.replicas == 0)
        #expect(replicas.message?.contains("replicas lowered to 0") == true, "\(replicas.message ?? "nil")")
    }

    /// Catches the hint bar losing help and quit first when it is narrow (item 1).
    @Test func helpAndQuitLeadTheHints() {
        let hints = Keymap.hints(presenting: false).map(\.keyLabel)
        #expect(Array(hints.prefix(2)) == ["?", "q"])
        #expect(Array(Keymap.hints(presenting: true).map(\.keyLabel).prefix(2)) == ["?", "q"])
    }
}
