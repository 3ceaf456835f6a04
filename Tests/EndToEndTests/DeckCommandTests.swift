import Foundation
import Testing

/// `present --deck FILE`: a speaker's own slides, in the real binary.
struct DeckCommandTests {
    static func file(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("deck-\(UUID().uuidString).yaml")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func aMalformedDeckIsOneLineAndExit65() throws {
        let deck = try Self.file("slides:\n  - title: A\n    parameters: {canary: 150}\n")
        defer { try? FileManager.default.removeItem(at: deck) }
        let out = try Binary.run(["present", "--deck", deck.path])
        #expect(out.status == 65)
        #expect(out.stderr == "callback-explorer: \(deck.path):3:26: canary 150 is out of range: allowed 0 ≤ canary < 100 (percent)\n")
    }

    @Test func aMissingDeckIsExit66() throws {
        let out = try Binary.run(["present", "--deck", "/nonexistent/deck.yaml"])
        #expect(out.status == 66)
        #expect(out.stderr.contains("/nonexistent/deck.yaml"))
    }

    @Test func aSlideOutsideTheDeckIsExit64() throws {
        let deck = try Self.file("slides:\n  - title: Only\n")
        defer { try? FileManager.default.removeItem(at: deck) }
        let out = try Binary.run(["present", "--deck", deck.path, "--slide", "2"])
        #expect(out.status == 64)
        #expect(out.stderr.contains("--slide '2' is not allowed: allowed a whole number from 1 to 1"))
    }
}

@Suite(.enabled(if: Tmux.available || ProcessInfo.processInfo.environment["CI"] != nil))
struct DeckTmuxTests {
    /// Three slides of one's own, walked in a real terminal; the words follow a change.
    @Test func threeSlidesOfOnesOwn() throws {
        let deck = try DeckCommandTests.file("""
        slides:
          - title: Today
            parameters: {servers: 40}
            narration: ["We run {servers} servers and {failure} of callbacks miss."]
          - title: Affinity
            parameters: {servers: 40, strategy: affinity}
            view: compare
            narration: ["With affinity: {failure}."]
          - title: Retries
            parameters: {servers: 4, retries: 1}
            narration: ["{retries} retry at {servers} servers: {failure} fail."]
        """)
        defer { try? FileManager.default.removeItem(at: deck) }
        let t = Tmux()
        defer { t.kill() }
        try t.start("\(Binary.url.path) present --deck \(deck.path)")
        // 39/40 = 97.5 %.
        try t.waitFor("slide 1/3 · Today", "We run 40 servers and 97.5% of callbacks miss.")
        try t.send("+")
        // 40/41 = 97.56…%.
        try t.waitFor("We run 41 servers and 97.56% of callbacks miss.")
        try t.send(" ")
        try t.waitFor("slide 2/3 · Affinity", "With affinity: 0%.")
        try t.send(" ")
        // (3/4)² = 9/16 = 56.25 %.
        try t.waitFor("slide 3/3 · Retries", "1 retry at 4 servers: 56.25% fail.")
        try t.send("q")
        #expect(try t.waitFor("EXIT=0").contains("EXIT=0"))
    }
}
