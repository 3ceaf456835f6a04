import Foundation
import Testing
import CallbackModel
import Decks
import ExplorerUI

/// Decks a speaker writes: read exactly, and every mistake reported at its line:column.
struct DeckReaderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Catches the copy speakers start from drifting from the talk the program shows.
    @Test func theShippedTalkIsTheBuiltInOne() throws {
        let shipped = try String(contentsOf: Self.root.appendingPathComponent("decks/talk.yaml"), encoding: .utf8)
        #expect(shipped == Story.yaml)
        #expect(Story.slides.count == 13)
    }

    static let threeSlides = """
    title: Our checkout service
    slides:
      - title: Today
        parameters: {servers: 40, canary: 5, canary-servers: 2, retries: 2}
        view: overview
        narration:
          - "We run {servers} servers; {failure} of callbacks miss ({failure_fraction})."
      - title: With affinity
        parameters:
          servers: 40
          strategy: affinity
        view: compare
        narration:
          - "Affinity: {failure}."
      - title: The canary alone
        parameters: {servers: 40, canary: 12.5}
        view: breakdown
        narration:
          - "Canary-origin orders fail {canary_failure}; at 10 servers {failure servers=10}."
    """

    @Test func aDeckOfOnesOwnReads() throws {
        let deck = try DeckReader.read(Self.threeSlides)
        #expect(deck.title == "Our checkout service")
        #expect(deck.slides.map(\.title) == ["Today", "With affinity", "The canary alone"])
        #expect(deck.slides.map(\.chart) == [.overview, .compare, .breakdown])
        let today = deck.slides[0].parameters
        #expect(today.servers == 40 && today.canaryShare == Rational(1, 20) && today.canaryServers == 2 && today.retries == 2)
        #expect(deck.slides[1].parameters.strategy == .affinity)
        // 12.5 % is read exactly: 1/8.
        #expect(deck.slides[2].parameters.canaryShare == Rational(1, 8))
        // The words need the slide's configuration and the override at 10 servers.
        let canary = deck.slides[2]
        var ten = canary.parameters
        ten.servers = 10
        #expect(canary.narration.configurations(at: canary.parameters) == [ten])
    }

    /// Catches a live value printed from the wrong configuration. 40 servers, local, no
    /// canary: 39/40 = 97.5 %; at 10 servers 9/10.
    @Test func wordsRenderLiveValues() throws {
        let narration = try Narration(["{servers} servers: {failure} ({failure_fraction}); at 10: {failure servers=10}."])
        let p = Parameters(servers: 40)
        let words = narration.render(at: p) { Explorations.outcome($0) }
        #expect(words == ["40 servers: 97.5% (39/40); at 10: 90%."])
        #expect(narration.render(at: p) { _ in nil } == ["… servers: … (…); at 10: …."])
    }

    static let bad: [(String, String)] = [
        ("slides:\n  - title: A\n    parameters: {servers: 0}\n", "3:27: servers 0 is out of range: allowed 1 to 1,000,000,000"),
        ("slides:\n  - title: A\n    parameters: {canary: 150}\n", "3:26: canary 150 is out of range: allowed 0 ≤ canary < 100 (percent)"),
        ("slides:\n  - title: A\n    parameters: {servers: 5, canary: 10, canary-servers: 5}\n",
         "3:58: canary-servers 5 is out of range: allowed 1 to 4 (servers − 1)"),
        ("slides:\n  - title: A\n    colour: red\n", "3:5: unknown key 'colour' in a slide: allowed title, parameters, view, narration, diagram"),
        ("slides:\n  - title: A\n    view: pie\n", "3:11: view 'pie' is unknown: allowed overview, compare, sweep, breakdown, impact, incidents"),
        ("slides:\n  - title: A\n    narration:\n      - \"It fails {falure}.\"\n",
         "4:19: unknown value '{falure}': allowed failure, success, failure_fraction, servers, canary, canary_servers, strategy, retries, replicas, holders, attempts, writes, stable_failure, canary_failure, same_server, same_pool, stable_to_canary, canary_to_stable, orders_per_minute, order_value, failed_per_minute, lost_per_minute, lost_per_day, lost_per_year, slo, budget, burn, budget_lasts, scale_failure, crash_failure"),
        ("slides:\n  - title: A\n    narration:\n      - At {failure servers=x}.\n", "4:12: servers 'x' is not a whole number: allowed 1 to 1,000,000,000"),
        ("slides:\n  - title: [A\n", "3:1: not valid YAML: did not find expected ',' or ']'"),
        ("title: x\n", "1:1: the deck has no 'slides:'"),
        ("slides: []\n", "1:9: 'slides' must be a list of at least one slide"),
        ("slides:\n  - parameters: {servers: 3}\n", "2:5: a slide needs a 'title:'"),
        // The incident settings read through the same reader as the flags.
        ("slides:\n  - title: A\n    parameters: {hashing: ring}\n", "3:27: hashing 'ring' is unknown: allowed modulo, consistent"),
        ("slides:\n  - title: A\n    parameters: {callback-delay: 1:50}\n",
         "3:34: callback-delay the percents sum to 50, not 100: allowed seconds (30), or seconds:percent pairs summing to 100 (1:50,30:45,600:5)"),
    ]

    /// A speaker's own load balancer on a slide: pools as --pool takes them, and callbacks
    /// pinned by the provider's address. big:2:3 small:4:1 fail 39/50 (issue 17, by hand).
    @Test func poolsOnASlide() throws {
        let deck = try DeckReader.read("""
        slides:
          - title: Ours
            parameters:
              pool: [big:2:3, small:4:1]
              callback-routing: provider-address
              retries: 3
        """)
        let p = deck.slides[0].parameters
        #expect(p.pools.map(\.name) == ["big", "small"] && p.servers == 6 && p.callbackRouting == .providerAddress)
        var perRequest = p
        perRequest.callbackRouting = .perRequest
        perRequest.retries = 0
        #expect(try CallbackEngine.evaluate(perRequest).failure == Rational(39, 50))
        // Pinned: retries change nothing.
        #expect(try CallbackEngine.evaluate(p).failure == Rational(39, 50))
    }

    static let badPools: [(String, String)] = [
        ("slides:\n  - title: A\n    parameters:\n      pool: [a:1:1, b:0:1]\n",
         "4:21: pool 'b:0:1' has a size '0' that is not a whole number from 1 to 1,000,000,000: allowed \(ServerClass.textForm)"),
        ("slides:\n  - title: A\n    parameters:\n      pool: a:2:1\n      servers: 4\n",
         "5:16: 'servers' cannot be combined with 'pool': the pools give the servers and the canary"),
    ]

    @Test(arguments: badPools.indices)
    func poolMistakesNameTheirPlace(_ index: Int) {
        let (text, expected) = Self.badPools[index]
        do {
            _ = try DeckReader.read(text)
            Issue.record("read without error: \(text)")
        } catch {
            #expect(error.description == expected)
        }
    }

    /// Catches a mistake reported without its place, or at the wrong one.
    @Test(arguments: bad.indices)
    func mistakesNameTheirLineAndColumn(_ index: Int) {
        let (text, expected) = Self.bad[index]
        #expect(throws: DeckError.self) { try DeckReader.read(text) }
        do {
            _ = try DeckReader.read(text)
        } catch {
            #expect(error.description == expected)
        }
    }
}
