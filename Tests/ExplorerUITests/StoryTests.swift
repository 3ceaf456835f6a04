import BigInt
import Testing
import CallbackModel
@testable import ExplorerUI

/// Each slide's narration states numbers; the engine must agree with every one of them.
/// The expected values are the talk's, derived by hand in SPEC.
struct StoryTests {
    func failure(_ i: Int) throws -> Rational { try CallbackEngine.evaluate(Story.slides[i].parameters).failure }

    @Test func slidesAreInTheTalksOrder() {
        #expect(Story.slides.map(\.title) == [
            "The callback problem", "Three servers", "Scaling out makes it worse", "A 90/10 canary over two servers",
            "Fix: shared state", "Fix: session affinity", "Fix: broadcast", "Canary with fallback",
            "Retries", "Partial replication", "Business impact", "The error budget",
        ])
    }

    @Test func narrationMatchesTheEngine() throws {
        #expect(try failure(0) == Rational(1, 2))
        #expect(try failure(1) == Rational(2, 3))
        #expect(try failure(2) == Rational(99, 100))
        #expect(try failure(3) == Rational(18, 100))
        for i in 4 ... 6 { #expect(try failure(i) == 0) }
        let fallback = try CallbackEngine.evaluate(Story.slides[7].parameters)
        #expect(fallback.failure == Rational(99, 10000))
        #expect(fallback.failureByOrigin[.canary] == Rational(99, 100))
        #expect(fallback.failureByOrigin[.stable] == 0)
        let retries = try CallbackEngine.evaluate(Story.slides[8].parameters)
        #expect(retries.failure == Rational(729, 1000))
        #expect(retries.expectedAttempts == Rational(271, 100))
        let replication = try CallbackEngine.evaluate(Story.slides[9].parameters)
        #expect(replication.failure == Rational(7, 10))
        #expect(replication.writesPerOrder == 3)
        let impact = try CallbackEngine.evaluate(Story.slides[10].parameters).impact
        #expect(impact.failedPerMinute == 900)
        #expect(impact.lostPerMinute == 9000)
        #expect(impact.lostPerDay == 12_960_000)
        let budget = try CallbackEngine.evaluate(Story.slides[11].parameters).impact
        #expect(budget.burnRate == 900)
        // 30 days / 900 = 48 minutes.
        #expect(budget.budgetLastsDays! * Impact.minutesPerDay == 48)
    }

    @Test func everySlideIsAValidConfiguration() throws {
        for slide in Story.slides { try slide.parameters.validate() }
    }
}

/// The slide's number in block digits: drawn where the room allows, left out where not.
struct BigPercentTests {
    @Test func blockDigitsByHand() {
        #expect(BigText.rows("18.00%", glyphs: .ascii) == [
            " #  ###   ### ### #   #",
            "##  # #   # # # #    # ",
            " #  ###   # # # #   #  ",
            " #  # #   # # # #  #   ",
            "### ### # ### ### #   #",
        ])
    }

    func slide(_ index: Int, rows: Int, cols: Int) -> [String] {
        let state = ExplorerState(parameters: Story.slides[index].parameters, size: Size(rows: rows, cols: cols),
                                  glyphs: .ascii, presentation: Presentation(index: index))
        return Explorer.settled(state).frame.lines
    }

    @Test func aRoomySlideShowsItsPercentLarge() {
        // Slide 4 (18 %) at 100×32: narration two lines and a blank from row 5, then the digits.
        let lines = slide(3, rows: 32, cols: 100)
        let digits = BigText.rows("18.00%", glyphs: .ascii)
        // Centred: (98 − (23 + 2 + 17)) / 2 = 28 columns into the body, which starts at column 1.
        for (i, row) in digits.enumerated() {
            let trimmed = String(row.reversed().drop { $0 == " " }.reversed())
            #expect(lines[8 + i] == String(repeating: " ", count: 29) + trimmed + (i == 4 ? "  of callbacks fail" : ""), "row \(i)")
        }
    }

    @Test func aCrampedSlideLeavesThemOut() {
        #expect(!slide(3, rows: 24, cols: 80).joined().contains("of callbacks fail"))
    }
}
