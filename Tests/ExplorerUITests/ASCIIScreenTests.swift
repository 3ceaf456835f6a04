import Testing
import CallbackModel
import Decks
import Readout
@testable import ExplorerUI

/// Under LANG=C the curses backend writes each cell through `ASCIIFallback`: every symbol
/// any screen draws has a stand-in of its own (none falls back to "?"), one cell for one.
struct ASCIIScreenTests {
    static func frames() -> [Canvas] {
        var states: [ExplorerState] = []
        let p = Parameters(servers: 10, canaryShare: Rational(1, 20), strategy: .replicate, retries: 1)
        for view in View.allCases {
            var s = ExplorerState(parameters: p, size: Size(rows: 32, cols: 100), glyphs: .ascii)
            s.view = view
            states.append(s)
        }
        var help = ExplorerState(parameters: p, size: Size(rows: 32, cols: 100), glyphs: .ascii)
        help.mode = .help
        states.append(help)
        states.append(ExplorerState(parameters: p, size: Size(rows: 5, cols: 20), glyphs: .ascii))
        for index in Story.slides.indices {
            states.append(ExplorerState(parameters: Story.slides[index].parameters, size: Size(rows: 32, cols: 100),
                                        glyphs: .ascii, presentation: Presentation(index: index, slides: Story.slides)))
        }
        return states.map { Explorer.settled($0).frame }
    }

    @Test func everySymbolOnScreenHasAnASCIIStandIn() {
        var missing: Set<Character> = []
        for frame in Self.frames() {
            for ch in frame.text where !ch.isASCII && ASCIIFallback.character(ch) == "?" { missing.insert(ch) }
        }
        #expect(missing.isEmpty, "no ASCII stand-in for \(missing.sorted())")
    }

    /// The fallback maps one character to one, so `c²` would read `c2` (a variable) and
    /// `)³` a product: formulas on an ASCII screen are written in the ASCII grammar.
    /// With a canary, no retries: failure = 1 − c²/M − (1 − c)²/(N − M) (SPEC §5).
    @Test func formulasUseCaretsNotSuperscripts() {
        let canary = Parameters(servers: 10, canaryShare: Rational(1, 20))
        var e = Explorer.settled(ExplorerState(parameters: canary, size: Size(rows: 32, cols: 100), glyphs: .ascii))
        #expect(e.frame.text.contains("= 1 - c^2/M - (1 - c)^2/(N - M)"))
        // 10 servers, 2 retries: ((N − 1)/N)^(k+1) read at N = 10, k = 2.
        var retries = Explorer.settled(ExplorerState(parameters: Parameters(servers: 10, retries: 2), size: Size(rows: 32, cols: 100), glyphs: .ascii))
        let whole = retries.press(.char("f")).text
        #expect(whole.contains("((10 - 1)/10)^3"), "\(whole)")
        for frame in [e.frame, retries.frame] {
            #expect(!frame.text.contains { "⁰¹²³⁴⁵⁶⁷⁸⁹".contains($0) })
        }
    }
}
