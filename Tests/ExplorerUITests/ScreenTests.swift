import BigInt
import Testing
import CallbackModel
@testable import ExplorerUI
import Readout

/// Whole-screen assertions on the grid, numbers derived by hand.
struct ScreenTests {
    func explorer(_ p: Parameters = Parameters(servers: 10), rows: Int = 32, cols: Int = 100, glyphs: BarGlyphs = .unicode) -> Explorer {
        Explorer.settled(ExplorerState(parameters: p, size: Size(rows: rows, cols: cols), glyphs: glyphs))
    }

    @Test func headlineIsExactFractionAndPercent() {
        var e = explorer()
        #expect(e.frame.lines[3].hasPrefix(" Callback failure  9/10 = 90.00%"))
        // One more server: 1 − 1/11 = 10/11.
        #expect(e.press(.char("+")).lines[3].hasPrefix(" Callback failure  10/11 = 90.91%"))
        #expect(e.frame.lines[2].contains("[Servers 11]"))
    }

    @Test func fullScreenAtTenServersASCII() {
        var view = explorer(rows: 24, cols: 80, glyphs: .ascii)
        // Bar widths by hand, on an 80-column screen (body: columns 1–78):
        // headline bar 80 − 32 − 3 = 45 cells, 9/10 of it floored = 40;
        // by-origin bar 79 − (1+2+13+1) − (1+13) = 48 cells → 9/10 = 43;
        // routing bar 79 − (1+2+23+1) − 14 = 38 cells → 1/10 = 3, 9/10 = 34.
        func bar(_ n: Int, _ width: Int) -> String { String(repeating: "#", count: n) + String(repeating: " ", count: width - n) }
        #expect(view.drive("vvv").lines == [
            " callback-explorer · exact callback failure       view: by origin & routing (v)",
            " [Servers 10]  Canary 0%   Canary N –   Strategy local   Retries 0",
            "  Replicas –",
            " Callback failure  9/10 = 90.00%  " + bar(40, 40),
            "",
            " Failure by the pool that took the order",
            "   stable origin " + bar(43, 48) + " 9/10 = 90.00%",
            "",
            " Where the first callback attempt lands",
            "   same server             " + bar(3, 38) + " 1/10 = 10.00%",
            "   same pool, other server " + bar(34, 38) + " 9/10 = 90.00%",
            "   stable → canary         " + bar(0, 38) + " 0 = 0.00%",
            "   canary → stable         " + bar(0, 38) + " 0 = 0.00%",
            "", "", "", "", "", "", "", "",
            // The yearly loss does not fit in 80 columns: the line drops it whole.
            " Impact: 900 failed orders/min · $9,000.00/min · $12,960,000.00/day",
            " Error budget (SLO 99.90%): burn 900× · 30-day budget lasts 48 minutes",
            " + servers +1  * servers ×10  C canary +1 point  s next strategy  R retries +1",
        ])
    }

    @Test func compareViewMarksTheCurrentStrategy() {
        var e = explorer()
        let lines = e.drive("v").lines
        #expect(lines.contains { $0.hasPrefix(" ▶ local") && $0.contains("9/10 = 90.00%") && $0.contains("none (the bug)") })
        #expect(lines.contains { $0.hasPrefix("   broadcast") && $0.contains("0 = 0.00%") && $0.contains("10 writes · high") })
        let after = e.press(.char("s")).lines
        #expect(after.contains { $0.hasPrefix(" ▶ shared") })
        #expect(after[3].hasPrefix(" Callback failure  0 = 0.00%"))
    }

    @Test func sweepViewIncludesTheCurrentN() {
        var e = explorer(Parameters(servers: 40))
        let lines = e.drive("vv").lines
        #expect(lines.contains { $0.hasPrefix(" ▶ N = 40") && $0.contains("39/40 = 97.50%") })
        #expect(lines.contains { $0.hasPrefix("   N = 3 ") && $0.contains("2/3 = 66.67%") })
    }

    @Test func longFractionsShortenToFitTheirColumn() {
        // N = 10⁹ with 100 retries: the failure is (1 − 1/N)^101, whose fraction has
        // 101·9 + 1 = 910 digits below the line; every row must still end in its percent.
        var e = explorer(Parameters(servers: 1_000_000_000, retries: 100))
        for view in 0 ..< View.allCases.count {
            let lines = e.frame.lines
            #expect(lines.allSatisfy { $0.count <= 100 })
            #expect(lines[3].contains("(910 digits)") || lines[3].contains("…"), "view \(view)")
            e.press(.char("v"))
        }
        // The percent alone when not even the ends of the fraction fit.
        #expect(ExactText.probability(Rational(1, 3), fitting: 6) == "33.33%")
        #expect(ExactText.probability(Rational(1, 3), fitting: 13) == "1/3 = 33.33%")
        // (10²⁰ + 1)/(3·10²⁰): 21 digits over 21, too long whole or with counts at 30 columns.
        let huge = Rational(BigInt(10).power(20) + 1, 3 * BigInt(10).power(20))
        #expect(ExactText.probability(huge, fitting: 30) == "1000…0001/3000…0000 = 33.33%")
        // Near 1, the percent carries enough places not to read as 100 %.
        #expect(ExactText.probability(Rational(BigInt(10).power(20) - 1, BigInt(10).power(20)), fitting: 30) == ">99.999999999999%")
    }

    @Test func labelsCutShowAnEllipsis() {
        let list = BarList("t", [.init("same pool, other server", probability: Rational(1, 2))])
        var canvas = Canvas(Size(rows: 2, cols: 30))
        list.draw(in: Rect(row: 0, col: 0, height: 2, width: 30), on: &canvas, glyphs: .ascii)
        // 30 columns: label a third (10, the last one "…"). "1/2 = 50.00%" would leave a bar of
        // 30 − 2 − 10 − 1 − 13 = 4 cells, under the preferred 10, so the value gives up its
        // fraction: "50.00%", and the bar gets 30 − 2 − 10 − 1 − 7 = 10 cells, half filled.
        #expect(canvas.lines[1] == "  same pool… #####      50.00%")
    }

    @Test func helpListsEveryKey() {
        var e = explorer()
        let text = e.drive("?").text
        for binding in Keymap.explorer { #expect(text.contains(binding.help), "\(binding.help)") }
    }

    @Test func tooSmallTerminalSaysSo() {
        let lines = explorer(rows: 8, cols: 30).frame.lines
        #expect(lines.contains { $0.contains("terminal too small") })
        #expect(lines.contains { $0.contains("need 64×20, have 30×8") })
        var e = explorer(rows: 8, cols: 30)
        #expect(e.press(.resize(Size(rows: 32, cols: 100))).lines[3].contains("9/10 = 90.00%"))
    }

    @Test func statusLineShowsClampMessages() {
        var e = explorer(Parameters(servers: 1))
        #expect(e.press(.char("-")).lines.last == " at least 1 server")
    }

    @Test func presentationSlideShowsTitleAndNarration() {
        var e = Explorer.settled(ExplorerState(parameters: Parameters(), size: Size(rows: 32, cols: 100), presentation: Presentation()))
        var lines = e.frame.lines
        #expect(lines[0].hasPrefix(" slide 1/12 · The callback problem"))
        #expect(lines[3].contains("1/2 = 50.00%"))
        #expect(lines.contains { $0.contains("server B ── order not found") })
        lines = e.drive("4").lines
        #expect(lines[0].hasPrefix(" slide 4/12 · A 90/10 canary over two servers"))
        #expect(lines[3].contains("9/50 = 18.00%"))
        #expect(lines.contains { $0.contains("stable → canary") && $0.contains("9/100 = 9.00%") })
    }

    @Test func hugeFractionsAreShortenedToFit() {
        let e = explorer(Parameters(servers: 1_000_000_000, retries: 100))
        let headline = e.frame.lines[3]
        #expect(headline.contains("digits)"))
        #expect(headline.count <= 100)
    }
}
