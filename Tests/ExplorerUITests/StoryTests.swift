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

    /// The talk's numbers, derived by hand in SPEC, at each slide's configuration.
    @Test func slidesReachTheSpecsNumbers() throws {
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

    /// What the engine says each narrated number is, slide by slide, in the order the
    /// narration states them.
    struct Claim: Sendable {
        let what: String
        let value: @Sendable (Context, NarratedNumber) throws -> Rational
        init(_ what: String, _ value: @escaping @Sendable (Context, NarratedNumber) throws -> Rational) {
            self.what = what
            self.value = value
        }
        init(_ what: String, _ value: @escaping @Sendable (Context) throws -> Rational) {
            self.init(what) { context, _ in try value(context) }
        }
    }

    struct Context {
        let p: Parameters
        let r: CallbackResult
        func failure(servers: BigInt) throws -> Rational {
            var q = p
            q.servers = servers
            return try CallbackEngine.evaluate(q).failure
        }
    }

    static let servers = Claim("the number of servers") { Rational($0.p.servers) }
    static let failure = Claim("the failure") { $0.r.failure }
    static let failureAtN = Claim("the failure at that N") { context, number in try context.failure(servers: number.atServers!) }

    static let claims: [[Claim]] = [
        [servers, failure],
        [Claim("the chance the callback finds its order") { $0.r.success }, servers, failure],
        [Claim("the formula at this N, the failure") { $0.r.failure }, failureAtN, failureAtN, failureAtN],
        [Claim("stable origin and found") { (.one - $0.p.canaryShare) * (.one - $0.r.failureByOrigin[.stable]!) },
         Claim("canary origin and found") { $0.p.canaryShare * (.one - $0.r.failureByOrigin[.canary]!) },
         Claim("first attempt stable → canary") { $0.r.routing[.stableToCanary]! },
         Claim("first attempt canary → stable") { $0.r.routing[.canaryToStable]! },
         failure],
        [failure],
        [failure],
        [failure, Claim("writes per order") { $0.r.writesPerOrder }],
        [Claim("the canary share") { $0.p.canaryShare }, Claim("the canary servers") { Rational($0.p.canaryServers) }, servers,
         Claim("canary-origin failure") { $0.r.failureByOrigin[.canary]! },
         Claim("stable-origin failure") { $0.r.failureByOrigin[.stable]! }, failure],
        [servers, Claim("the retries") { Rational($0.p.retries) }, failure, failure,
         Claim("expected attempts") { $0.r.expectedAttempts }],
        [Claim("the replicas") { Rational($0.p.replicas) }, Claim("servers holding the order (one write each)") { $0.r.writesPerOrder },
         servers, failure, Claim("writes per order") { $0.r.writesPerOrder }],
        [Claim("orders per minute") { $0.p.ordersPerMinute }, Claim("the order value") { $0.p.orderValue }, servers,
         Claim("failed orders per minute") { $0.r.impact.failedPerMinute },
         Claim("money lost per minute") { $0.r.impact.lostPerMinute }, Claim("money lost per day") { $0.r.impact.lostPerDay }],
        [Claim("the SLO") { $0.p.slo }, Claim("the error budget") { $0.r.impact.budget }, failure,
         Claim("the burn rate") { $0.r.impact.burnRate }, Claim("the budget window in days") { _ in Impact.budgetWindowDays },
         Claim("minutes the budget lasts") { $0.r.impact.budgetLastsDays! * Impact.minutesPerDay }],
    ]

    // Catches narration that no longer matches its slide: a slide's configuration changed
    // (or the engine changed) while the speaker's text still says the old numbers. Every
    // number in the text is read from it and compared with the engine at that slide.
    @Test(arguments: Story.slides.indices)
    func narrationMatchesTheEngine(slide index: Int) throws {
        #expect(Self.claims.count == Story.slides.count)
        let slide = Story.slides[index]
        let numbers = NarrationNumbers.parse(slide.narration.joined(separator: " "), servers: slide.parameters.servers)
        let claims = Self.claims[index]
        try #require(numbers.count == claims.count,
                     "slide \(index + 1) states \(numbers) but the test expects \(claims.map(\.what))")
        let context = Context(p: slide.parameters, r: try CallbackEngine.evaluate(slide.parameters))
        for (number, claim) in zip(numbers, claims) {
            let engine = try claim.value(context, number)
            #expect(number.value == engine, "slide \(index + 1) says \(number) for \(claim.what); the engine says \(engine)")
        }
    }

    // The reader above reads what a listener hears (so the check cannot pass by reading nothing).
    @Test func narrationNumbersAreReadAsSpoken() {
        let numbers = NarrationNumbers.parse(
            "Failure is 1 − 1/N: 80 % at 5 servers; 1 in N; two callbacks in three; 0.9³ = 72.9 %, $12,960,000, 900× and 30-day, N writes, half.",
            servers: 10)
        #expect(numbers.map(\.value) == [Rational(9, 10), Rational(4, 5), Rational(1, 10), Rational(2, 3), Rational(729, 1000),
                                          Rational(729, 1000), 12_960_000, 900, 30, 10, Rational(1, 2)])
        #expect(numbers[1].atServers == 5)
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
