import BigInt
import Foundation
import Testing
@testable import CallbackModel

/// Issue 16 item 10: settings inside every range that computed for a minute.
struct CostBoundTests {
    static let billionWithCanary = Parameters(servers: 1_000_000_000, canaryShare: Rational(1, 8), canaryServers: 999,
                                              strategy: .replicate, retries: 100, replicas: 999)

    // Catches the bound going missing: this took 45.7 s (release) before.
    @Test func replicasTimesRetriesWithACanaryIsRefusedAtOnce() {
        let start = Date()
        let error = #expect(throws: EngineLimit.self) { try CallbackEngine.evaluate(Self.billionWithCanary) }
        #expect(Date().timeIntervalSince(start) < 1)
        #expect(error?.description.hasPrefix("too costly: 999 replicas split between the canary pool and the rest, over 101 attempts") == true)
        // compare and sweep say it in the row, as the explorer does.
        #expect(Explorations.compare(Self.billionWithCanary).first { $0.key == .replicate }?.outcome == .unavailable(error?.description ?? "?"))
    }

    // Catches a bound so tight it refuses what answers in about a second.
    @Test func everydaySettingsStayWithinTheBound() throws {
        var p = Self.billionWithCanary
        p.replicas = 10
        #expect(CostBound.work(p) <= CostBound.maxWork)
        p.retries = 100; p.strategy = .canaryFallback; p.canaryShare = Rational(exactText: "0.12345678901234567890123456789012345678")!
        #expect(CostBound.work(p) <= CostBound.maxWork)
        let noCanary = Parameters(servers: 1_000_000_000, strategy: .replicate, retries: 100, replicas: 999_999_999)
        #expect(CostBound.work(noCanary) <= CostBound.maxWork)
    }

    // Catches long decimals slipping past: 0. + 50,000 zeros + 1 took 20.8 s.
    @Test func aCanaryOfManyDigitsIsRefusedWhenRead() {
        let text = "0." + String(repeating: "0", count: 50_000) + "1"
        guard case .failure(let violation) = Bounds.of(.canary, given: nil).check(text) else {
            Issue.record("accepted")
            return
        }
        #expect(violation.sentence(naming: "--canary").hasPrefix("--canary '0.0000000000000000000000…' has 50002 digits: allowed at most 40 digits"))
        let forty = Bounds.of(.canary, given: nil).check("12." + String(repeating: "3", count: 38))
        #expect((try? forty.get()) != nil)
    }
}
