import BigInt
import Testing
@testable import CallbackModel

/// The engine's refusals: configurations too costly to answer exactly say why, in words,
/// instead of hanging or crashing.
struct EngineLimitTests {
    // Catches the enumeration's guard going missing or off by one (13 named servers would
    // enumerate for ever at high r), and a message that does not say what the limit is.
    @Test func enumerationRefusesMoreThanTwelveServers() throws {
        #expect(CallbackEngine.maxEnumeratedServers == 12)
        let over = Parameters(servers: 13, strategy: .replicate, replicas: 6)
        let error = #expect(throws: EngineLimit.self) { try CallbackEngine.evaluate(over, mode: .enumerated) }
        #expect(error?.description == "enumeration names every server; it accepts at most 12")
        // The lifted engine answers the same configuration, and twelve servers still enumerate.
        _ = try CallbackEngine.evaluate(over, mode: .lifted)
        _ = try CallbackEngine.evaluate(Parameters(servers: 12, strategy: .local, retries: 1), mode: .enumerated)
    }

    // Catches the replica split between pools growing without bound: 5,000 canaries and
    // 2,000 replicas would split 2,001 ways, past `Hypergeometric.maxOutcomes`.
    @Test func replicaSplitPastTheLimitIsRefused() {
        #expect(Hypergeometric.maxOutcomes == 1_000)
        let p = Parameters(servers: 10_000, canaryShare: Rational(1, 2), canaryServers: 5_000,
                           strategy: .replicate, replicas: 2_000)
        let error = #expect(throws: EngineLimit.self) { try CallbackEngine.evaluate(p) }
        #expect(error?.description == "replicas split 2001 ways between the pools; the exact engine carries at most 1000 (use fewer canary servers or replicas)")
        // The sweep and compare tables say so in the row instead of failing the whole table.
        let row = Explorations.compare(p).first { $0.key == .replicate }
        #expect(row?.outcome == .unavailable(error?.description ?? "?"))
    }

    // Catches an off-by-one at the limit: a split into exactly 1,000 ways is still answered
    // (and agrees with SPEC §5's closed form where it has one, the uniform case below).
    @Test func replicaSplitAtTheLimitIsAnswered() throws {
        let direct = try Hypergeometric.distribution(successes: 5_000, failures: 4_999, draws: 999)
        #expect(direct.outcomes.count == 1_000)
        #expect(throws: EngineLimit.self) { try Hypergeometric.distribution(successes: 5_000, failures: 4_999, draws: 1_000) }
        let uniform = Parameters(servers: 10_000, strategy: .replicate, replicas: 2_000)
        #expect(try CallbackEngine.evaluate(uniform).failure == .one - Rational(2_001, 10_000))
    }
}
