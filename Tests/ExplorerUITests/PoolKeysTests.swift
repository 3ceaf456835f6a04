import BigInt
import Testing
import CallbackModel
@testable import ExplorerUI

/// Weighted pools in the explorer: the canary's slots show the focused pool, and its size
/// and weight change by key and by typing. Numbers by hand.
struct PoolKeysTests {
    func pools(_ texts: [String]) -> Parameters {
        var p = Parameters()
        for t in texts { try! p.set(.pool, text: t) }
        return p
    }

    func state() -> ExplorerState {
        ExplorerState(parameters: pools(["big:2:3", "small:4:1", "new:1:1:canary"]), size: Size(rows: 32, cols: 100))
    }

    func press(_ s: ExplorerState, _ keys: String) -> ExplorerState {
        keys.reduce(s) { Reducer.reduce($0, .char($1)) }
    }

    func type(_ s: ExplorerState, _ text: String) -> ExplorerState {
        let typing = text.reduce(Reducer.reduce(s, .enter)) { Reducer.reduce($0, .char($1)) }
        return Reducer.reduce(typing, .enter)
    }

    @Test func bracketsChooseAPoolAndWrapAround() {
        #expect(press(state(), "]").poolFocus == 1)
        #expect(press(state(), "]]]").poolFocus == 0)
        #expect(press(state(), "[").poolFocus == 2)
        #expect(press(state(), "]").message == "pool small: 4 × weight 1")
    }

    // M/m resize the focused pool (N follows); C/c change its weight; the flags' canary
    // keys would make no sense here.
    @Test func sizeAndWeightKeys() {
        let s = press(state(), "]MM")
        #expect(s.parameters.pools.map(\.size) == [2, 6, 1])
        #expect(s.parameters.servers == 9)
        let w = press(state(), "CC")
        #expect(w.parameters.pools[0].weight == Rational(5))
        #expect(press(state(), "]c").message?.hasPrefix("weight stays above 0") == true)
        #expect(press(state(), "]mmmm").message == "small keeps at least 1 server")
        #expect(press(state(), "]mmmm").parameters.pools[1].size == 1)
        // + resizes the first pool that is not a canary.
        #expect(press(state(), "+").parameters.pools.map(\.size) == [3, 4, 1])
    }

    // The flags' followers of N (canary servers) are the pools' own numbers here: a
    // canary pool grown then shrunk must not be "restored" to a size it no longer has.
    @Test func canaryFollowerNeverContradictsThePools() {
        // big 2×3 and a canary of 3×1 shrunk to 1: 1 of 7 weight units.
        let start = ExplorerState(parameters: pools(["big:2:3", "new:3:1:canary"]), size: Size(rows: 32, cols: 100))
        let s = press(start, "]mm")
        #expect(s.parameters.pools[1].size == 1)
        #expect(s.parameters.canaryServers == 1)
        #expect(s.parameters.canaryShare == Rational(1, 7))
    }

    @Test func typedSizeAndWeight() {
        var s = press(state(), "jj")  // focus: Size×Weight
        #expect(s.focus == .canaryServers)
        s = type(s, "4:1/2")
        #expect(s.parameters.pools[0].size == 4 && s.parameters.pools[0].weight == Rational(1, 2))
        #expect(s.message == "pool big: 4 × weight 0.5")
        let bad = type(press(state(), "jj"), "4:0")
        #expect(bad.parameters == state().parameters)
        #expect(bad.message?.contains("allowed SIZE or SIZE:WEIGHT") == true)
        // On the Pool slot a name focuses that pool.
        let named = type(press(state(), "j"), "new")
        #expect(named.poolFocus == 2)
        #expect(type(press(state(), "j"), "huge").message == "no pool named 'huge': allowed big, small, new")
    }

    // Header and the breakdown view: big 2×3 is 6 of 11 weight units (6/11), small 4 of
    // 11, new 1 of 11; the headline 1 − (2·(3/11)² + 4·(1/11)² + (1/11)²) = 1 − 23/121 = 98/121.
    @Test func screenShowsThePools() {
        var e = Explorer.settled(state())
        let lines = e.drive("vvv").lines
        #expect(lines[2].contains("[Servers 7] Pool big 1/3  Size×Weight 2×3"))
        #expect(lines[3].hasPrefix(" Callback failure  98/121 = 80.99%"))
        let shares = lines.joined(separator: "\n")
        #expect(shares.contains("Share of requests by pool"))
        #expect(lines.contains { $0.hasPrefix(" ▶ big 2×3") && $0.hasSuffix("6/11 = 54.55%") })
        #expect(lines.contains { $0.hasPrefix("   new (canary) 1×1") && $0.hasSuffix("1/11 = 9.09%") })
    }

    /// With pools, C c M m weigh and size the focused pool: the status line and the help
    /// screen say so (they said "canary +1 point", which these keys no longer do).
    @Test func hintsAndHelpNameThePoolKeys() {
        var e = Explorer.settled(state())
        #expect(e.frame.lines.last?.contains("C pool weight +1") == true)
        #expect(e.frame.lines.last?.contains("canary") == false)
        let help = e.press(.char("?")).lines.joined(separator: "\n")
        for text in ["C  pool weight +1", "c  pool weight −1", "M  pool size +1", "m  pool size −1"] {
            #expect(help.contains(text), "\(text)")
        }
        #expect(!help.contains("canary +1 point"))
        var plain = Explorer.settled(ExplorerState(parameters: Parameters(servers: 10), size: Size(rows: 32, cols: 100)))
        #expect(plain.frame.lines.last?.contains("C canary +1 point") == true)
    }
}

/// The provider pin in the explorer: shown beside the strategy, toggled by `A`.
struct RoutingKeyTests {
    // 4 equal servers, 3 retries: per request 1 − ... = (3/4)^4 = 81/256; pinned 3/4.
    @Test func aTogglesThePinAndTheHeaderSaysSo() {
        var e = Explorer.settled(ExplorerState(parameters: Parameters(servers: 4, retries: 3), size: Size(rows: 32, cols: 100)))
        #expect(e.frame.lines[3].hasPrefix(" Callback failure  81/256"))
        let pinned = e.press(.char("A")).lines
        #expect(pinned[2].contains("Strategy local (pinned)"))
        #expect(pinned[3].hasPrefix(" Callback failure  3/4 = 75.00%"))
        #expect(e.press(.char("A")).lines[3].hasPrefix(" Callback failure  81/256"))
    }
}

/// `f`: the formulas whole (the headline's row cuts them), and back.
struct FormulaKeyTests {
    // 10 servers, local: 1 − 1/N, read at N = 10 as 9/10.
    @Test func fShowsTheFormulasWholeAndBack() {
        var e = Explorer.settled(ExplorerState(parameters: Parameters(servers: 10), size: Size(rows: 32, cols: 100)))
        let shown = e.press(.char("f")).lines
        #expect(shown[5].hasPrefix("  Formulas in N (f: back to the charts)"))
        #expect(shown.contains("    failure = 1 − 1/N"))
        #expect(shown.contains { $0.hasPrefix("        = 1 − 1/10 = 9/10") })
        #expect(!e.press(.char("f")).lines.joined().contains("Formulas in"))
    }
}
