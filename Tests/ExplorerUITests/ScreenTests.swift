import BigInt
import Testing
import CallbackModel
import Decks
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
        // headline bar two fifths of 78 = 31 cells at columns 48–78, 9/10 of it floored = 27;
        // by-origin bar 79 − (1+2+13+1) − (1+13) = 48 cells → 9/10 = 43;
        // routing bar 79 − (1+2+23+1) − 14 = 38 cells → 1/10 = 3, 9/10 = 34.
        func bar(_ n: Int, _ width: Int) -> String { String(repeating: "#", count: n) + String(repeating: " ", count: width - n) }
        let headline = " Callback failure  9/10 = 90.00%"
        #expect(view.drive("vvv").lines == [
            " callback-explorer · exact callback failure       view: by origin & routing (v)",
            "",
            // The names fit on one row at 80 columns: nothing wraps.
            " [Servers 10] Canary 0%  Canary N –  Strategy local  Retries 0  Replicas –",
            headline + String(repeating: " ", count: 48 - headline.count) + bar(27, 27),
            // The law behind the number, under it (SPEC §5).
            "                   = 1 - 1/N",
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
            // Help and quit lead the hints, so they survive any width.
            " ? help: every key  q quit  + servers +1  * servers ×10  C canary +1 point",
        ])
    }

    /// The header reads the canary share as the reports' headers do (`ExactText.givenPercent`):
    /// 99.9999999999 % read "≈100%", a share the flags refuse.
    @Test func headerNeverRoundsTheCanaryToItsBound() {
        let near = explorer(Parameters(servers: 3, canaryShare: Rational(999_999_999_999, 1_000_000_000_000)), cols: 120)
        #expect(near.frame.lines[2].contains("Canary 99.9999999999%"), "\(near.frame.lines[2])")
        let tiny = explorer(Parameters(servers: 3, canaryShare: Rational(1, 3_000_000)), cols: 120)
        #expect(tiny.frame.lines[2].contains("Canary ≈0.00003%"), "\(tiny.frame.lines[2])")
    }

    /// The budget line: burn (1 − 10⁻⁹)¹⁰¹ / 10⁻⁹ ≈ 999,999,899 grouped, and 30 days of it
    /// (2,592,000 s / 999,999,899 ≈ 0.002592 s) in ms, where it read "0 seconds".
    @Test func budgetLineReadsMillisecondsAndGroupsTheBurn() {
        let p = Parameters(servers: 1_000_000_000, retries: 100, slo: Rational(999_999_999, 1_000_000_000))
        let e = explorer(p, cols: 120)
        #expect(e.frame.lines.contains { $0.contains("burn 999,999,899× · 30-day budget lasts 2.59 ms") }, "\(e.frame.lines)")
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
            let canvas = e.frame
            // Catches a long fraction pushing its percent off the row or cutting it (the old
            // check, every line ≤ 100 columns, held by construction: the canvas clips).
            let report = BarLabelCheck.check(canvas)
            #expect(report.problems.isEmpty, "view \(view): \(report.problems)")
            #expect(report.bars > 0, "view \(view)")
            #expect(canvas.lines[3].contains("(910 digits)") || canvas.lines[3].contains("…"), "view \(view)")
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

    /// At 80×24 and 64×20 the keys do not fit one screen: help turns pages with Space
    /// (the audit found f, u, e, ? and q missing and a column cut mid-word). Every key
    /// must appear whole, key and text on one line, on some page; Space past the last
    /// page closes help; at 100×32 one page holds them all.
    @Test(arguments: [(24, 80, 2), (20, 64, 3), (32, 100, 1)])
    func helpPagesShowEveryKeyWhole(rows: Int, cols: Int, expectedPages: Int) {
        var e = explorer(rows: rows, cols: cols)
        var pages: [String] = [e.drive("?").text]
        while e.state.mode == .help, pages.count < 10 {
            let frame = e.press(.char(" "))
            if e.state.mode == .help { pages.append(frame.text) }
        }
        #expect(pages.count == expectedPages)
        #expect(e.state.mode == .running)
        #expect(e.state.parameters == Parameters(servers: 10), "turning pages changed nothing else")
        let lines = pages.flatMap { $0.split(separator: "\n").map(String.init) }
        for binding in Keymap.explorer {
            #expect(lines.contains { Self.shows(binding.keyLabel, then: binding.help, in: $0) },
                    "\(binding.keyLabel) \(binding.help) at \(cols)×\(rows)")
        }
        if expectedPages > 1 { #expect(pages[0].contains("Keys 1/\(expectedPages) (Space: more")) }
    }

    /// Whether `line` has `key`, two or more spaces, then all of `help` (followed by the
    /// line's end or a space): one help entry, whole.
    static func shows(_ key: String, then help: String, in line: String) -> Bool {
        var rest = Substring(line)
        while let r = rest.range(of: key) {
            let after = rest[r.upperBound...]
            let text = after.drop { $0 == " " }
            if after.count - text.count >= 2, text.hasPrefix(help) {
                let tail = text.dropFirst(help.count)
                if tail.isEmpty || tail.first == " " { return true }
            }
            rest = rest[r.upperBound...]
        }
        return false
    }

    /// A message longer than the screen is wide (a typed value's error with its range)
    /// takes the row above the status line instead of losing its end.
    @Test func aLongMessageWrapsOntoTheRowAbove() {
        var e = explorer(Parameters(servers: 10, canaryShare: Rational(1, 20)), rows: 24, cols: 64)
        let lines = e.drive(":2.5".map { Key.char($0) } + [.enter]).lines
        let message = e.state.message ?? ""
        #expect(message.count > 63, "\(message)")
        let shown = (lines[22] + " " + lines[23]).split(separator: " ").joined(separator: " ")
        #expect(shown == message.split(separator: " ").joined(separator: " "), "\(lines[22]) / \(lines[23])")
    }

    @Test func tooSmallTerminalSaysSo() {
        let lines = explorer(rows: 8, cols: 30).frame.lines
        #expect(lines.contains { $0.contains("terminal too small") })
        #expect(lines.contains { $0.contains("need 64×20, have 30×8") })
        var e = explorer(rows: 8, cols: 30)
        #expect(e.press(.resize(Size(rows: 32, cols: 100))).lines[3].contains("9/10 = 90.00%"))
    }

    // Catches an engine limit reaching the screen as a crash or a blank headline: the
    // explorer says what cannot be computed and why.
    @Test func engineLimitIsShownInTheHeadline() {
        let p = Parameters(servers: 10_000, canaryShare: Rational(1, 2), canaryServers: 5_000, strategy: .replicate, replicas: 2_000)
        let lines = explorer(p, rows: 32, cols: 200).frame.lines
        #expect(lines[3] == " Cannot compute: replicas split 2001 ways between the pools; the exact engine carries at most 1000 (use fewer canary servers or replicas)")
    }

    @Test func statusLineShowsClampMessages() {
        var e = explorer(Parameters(servers: 1))
        #expect(e.press(.char("-")).lines.last == " at least 1 server")
    }

    @Test func presentationSlideShowsTitleAndNarration() {
        var e = Explorer.settled(ExplorerState(parameters: Parameters(), size: Size(rows: 32, cols: 100), presentation: Presentation(slides: Story.slides)))
        var lines = e.frame.lines
        #expect(lines[0].hasPrefix(" slide 1/13 · The callback problem"))
        #expect(lines[3].contains("1/2 = 50.00%"))
        #expect(lines.contains { $0.contains("server B ── order not found") })
        lines = e.drive("4").lines
        #expect(lines[0].hasPrefix(" slide 4/13 · A 90/10 canary over two servers"))
        #expect(lines[3].contains("9/50 = 18.00%"))
        #expect(lines.contains { $0.contains("stable → canary") && $0.contains("9/100 = 9.00%") })
    }

    // Catches a headline whose huge fraction is cut anywhere but in the middle of its
    // digits, loses its digit counts or its percent, or leaves no room for the bar (the old
    // check, headline ≤ 100 columns, held by construction: the canvas clips).
    @Test func hugeFractionsAreShortenedToFit() throws {
        let p = Parameters(servers: 1_000_000_000, retries: 100)
        let failure = try CallbackEngine.evaluate(p).failure
        // (10⁹ − 1)¹⁰¹ has 909 digits, 10⁹⁰⁹ has 910: first and last four digits of each.
        let top = failure.numerator.description, bottom = failure.denominator.description
        #expect((top.count, bottom.count) == (909, 910))
        let shortened = "\(top.prefix(4))…\(top.suffix(4))(909 digits)/\(bottom.prefix(4))…\(bottom.suffix(4))(910 digits)"
        #expect(failure.percent() != "100.00%")
        let text = " Callback failure  \(shortened) = \(failure.percent())"
        // At 80 columns not even the fraction's ends fit beside the bar: the bar is left out
        // and the fraction keeps its digit counts.
        #expect(explorer(p, cols: 80, glyphs: .ascii).frame.lines[3] == text)
        // At 100 the ends fit beside the bar (two fifths of 98 = 39 cells, the value rounds
        // down to 38); at 160 the counted form fits too.
        let ends = " Callback failure  \(top.prefix(4))…\(top.suffix(4))/\(bottom.prefix(4))…\(bottom.suffix(4)) = \(failure.percent())"
        let at100 = explorer(p, cols: 100, glyphs: .ascii).frame.lines[3]
        #expect(at100.hasPrefix(ends + " "))
        #expect(at100.hasSuffix(" " + String(repeating: "#", count: 38)))
        let at160 = explorer(p, cols: 160, glyphs: .ascii).frame.lines[3]
        #expect(at160.hasPrefix(text + " "))
        #expect(at160.hasSuffix(" " + String(repeating: "#", count: 62)))
    }

    /// Catches a headline bar whose length depends on its label (issue 14, item 6: 90 % at
    /// 10 servers drew longer than 90.91 % at 11).
    @Test func aBiggerFailureNeverDrawsAShorterBar() {
        var e = explorer(cols: 100, glyphs: .ascii)
        func cells(_ line: String) -> Int { line.filter { $0 == "#" }.count }
        let ten = cells(e.frame.lines[3]), eleven = cells(e.press(.char("+")).lines[3])
        // 39 cells: 9/10 → 35.1, 10/11 → 35.45, both floor to 35.
        #expect(ten == 35 && eleven == 35)
        let hundred = cells(e.press(.char("*")).lines[3])
        #expect(hundred == 38)  // 109/110 of 39 = 38.6
    }

    // Catches a headline whose percent is cut off at the narrow end of the allowed sizes
    // (it was: from 64 to 79 columns the shortened fraction pushed it off, "… = 99.99").
    @Test func headlineKeepsItsPercentOnNarrowScreens() throws {
        let p = Parameters(servers: 1_000_000_000, retries: 100)
        let percent = try CallbackEngine.evaluate(p).failure.percent()
        for cols in [64, 70, 80, 100] {
            let headline = explorer(p, rows: 20, cols: cols, glyphs: .ascii).frame.lines[3]
            #expect(headline.contains(" = \(percent)") || headline.hasSuffix(" \(percent)"), "\(cols) columns: \(headline)")
        }
    }

    // Catches a chart value clipped or pushed off the screen at some terminal size: every
    // bar on every view, at the smallest size and larger, ends in its whole percent.
    @Test(arguments: [Size(rows: 20, cols: 64), Size(rows: 24, cols: 80), Size(rows: 30, cols: 95),
                      Size(rows: 30, cols: 96), Size(rows: 32, cols: 100), Size(rows: 60, cols: 200)])
    func everyBarEndsInItsPercent(size: Size) {
        let configurations = [
            Parameters(servers: 10),
            Parameters(servers: 7, canaryShare: Rational(1, 3), canaryServers: 2, strategy: .replicate, retries: 3, replicas: 4),
            Parameters(servers: 1_000_000_000, canaryShare: Rational(1, 20), canaryServers: 3, strategy: .canaryFallback, retries: 12),
            // A canary at N = 1 cannot be computed: the sweep shows n/a rows with long notes.
            Parameters(servers: 2, canaryShare: Rational(1, 10), strategy: .replicate, replicas: 1),
        ]
        for p in configurations {
            var e = explorer(p, rows: size.rows, cols: size.cols)
            for view in View.allCases {
                let report = BarLabelCheck.check(e.frame)
                #expect(report.problems.isEmpty, "\(size) \(view) \(p): \(report.problems)")
                // Every view but impact draws charts, so the check is not vacuous.
                #expect(view == .impact || report.values > 0, "\(size) \(view) \(p): no chart value found")
                e.press(.char("v"))
            }
        }
    }

    // The check above can fail: a value cut short, or a bar with no value, is reported.
    @Test func barLabelCheckCatchesACutValue() {
        let list = BarList("t", [.init("same server", probability: Rational(9, 10))])
        var whole = Canvas(Size(rows: 2, cols: 40))
        list.draw(in: Rect(row: 0, col: 0, height: 2, width: 40), on: &whole, glyphs: .ascii)
        #expect(BarLabelCheck.check(whole).problems.isEmpty)
        #expect(BarLabelCheck.check(whole).bars == 1)
        // The same row on a canvas four columns too narrow for its value.
        var cut = Canvas(Size(rows: 2, cols: 36))
        for (i, cell) in whole.cells.enumerated() where i % 40 < 36 { cut.put(String(cell.ch), row: i / 40, col: i % 40, role: cell.role) }
        #expect(BarLabelCheck.check(cut).problems.count == 1, "\(cut.lines)")
        var bare = Canvas(Size(rows: 1, cols: 20))
        bare.put("#####", row: 0, col: 2, role: .bar)
        #expect(BarLabelCheck.check(bare).problems.count == 1)
    }

    // Catches a formula line that overruns the screen: a long law is cut with … inside it.
    @Test func formulaLineFitsUnderTheHeadline() {
        var state = ExplorerState(parameters: Parameters(servers: 10, canaryShare: Rational(1, 10), strategy: .local, retries: 3),
                                  size: Size(rows: 24, cols: 64))
        state.glyphs = .ascii
        let lines = Screen.render(state, ScreenData(current: .result(try! CallbackEngine.evaluate(state.parameters)))).lines
        #expect(lines[4].hasPrefix("                   = c*((M - c)/M)^(k + 1)"))
        #expect(lines[4].hasSuffix("…"))
        #expect(lines[4].count <= 64)
    }
}

/// The incidents view (SPEC §6) and its keys. Numbers from SPEC §6's table.
struct IncidentViewTests {
    @Test func keysSetTheIncidentsAndTheViewShowsThem() {
        var e = Explorer.settled(ExplorerState(parameters: Parameters(servers: 10, strategy: .affinity), size: Size(rows: 32, cols: 100)))
        e.drive("vvvvv")
        #expect(e.state.view == .incidents)
        // Before any key the view assumes a scale event to N + 1 (consistent: 1/11).
        var lines = e.frame.lines
        #expect(lines.contains { $0.hasPrefix(" Across a scale event 10 → 11 (consistent hashing)") })
        #expect(lines.contains { $0.hasPrefix(" ▶ affinity") && $0.hasSuffix("1/11 = 9.09%") })
        lines = e.drive("H").lines
        #expect(e.state.parameters.incidents.hashing == .modulo)
        #expect(lines.contains { $0.hasPrefix(" ▶ affinity") && $0.hasSuffix("10/11 = 90.91%") })
        // A crash: affinity modulo 9/10; two crashes a day on 1,000 orders a minute with
        // 30-second callbacks: 500 orders in flight × 2 × 9/10 = 900 a day.
        e.drive("XX")
        #expect(e.state.parameters.incidents.crashesPerDay == 2)
        lines = e.frame.lines
        #expect(lines.contains { $0.hasPrefix("   crashes") && $0.hasSuffix("900 a day = 0.06%") })
        #expect(lines[1].hasPrefix(" Incidents: 10 → 11 (G) · modulo · 0 scale/day · 2 crashes/day"))
        e.drive("G")
        #expect(e.state.parameters.incidents.scaleTo == 11)
        // TTL below zero means never; x below zero stays at 0 and says so.
        #expect(e.press(.char("t")).lines.last == " state never expires already")
        e.drive("xxx")
        #expect(e.state.parameters.incidents.crashesPerDay == 0)
    }
}

/// Live words can grow past the width they were written for: they wrap at spaces.
struct NarrationWrapTests {
    @Test func wrapsAtSpacesWithinTheWidth() {
        #expect(Screen.wrapped("one two three four", width: 9) == ["one two", "three", "four"])
        #expect(Screen.wrapped("short", width: 9) == ["short"])
        #expect(Screen.wrapped("unbreakableword x", width: 5) == ["unbreakableword", "x"])
    }

    /// Catches slide 13's first line cut at 80 columns ("… then 90.91% of").
    @Test func aLongSlideLineKeepsItsEnd() {
        let state = ExplorerState(parameters: Story.slides[12].parameters, size: Size(rows: 24, cols: 80),
                                  presentation: Presentation(index: 12, slides: Story.slides))
        let text = Explorer.settled(state).frame.text
        #expect(text.contains("  in-flight callbacks miss."))
    }
}

/// Issue 14, item 11: the overview's routing rows each keep their fraction at 100 columns.
/// 10 servers, 5 % canary on 1: same server (1/20)² + (19/20)²/9 = 37/360; same pool,
/// other server (19/20)²·8/9 = 361/450; each crossing (1/20)(19/20) = 19/400.
struct RoutingRowsTests {
    @Test func everyRoutingRowShowsItsFraction() {
        let state = ExplorerState(parameters: Parameters(servers: 10, canaryShare: Rational(1, 20)), size: Size(rows: 32, cols: 100))
        let lines = Explorer.settled(state).frame.lines
        for expected in ["37/360 = 10.28%", "361/450 = 80.22%", "19/400 = 4.75%"] {
            #expect(lines.contains { $0.contains(expected) }, "\(expected) missing")
        }
    }
}
