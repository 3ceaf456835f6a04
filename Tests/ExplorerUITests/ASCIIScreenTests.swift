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
}
