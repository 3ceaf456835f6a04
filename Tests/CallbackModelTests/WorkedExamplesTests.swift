import BigInt
import Testing
@testable import CallbackModel

/// The SPEC §1 worked-examples table, each row derived by hand there, checked exactly.
struct WorkedExamplesTests {
    struct Example: CustomStringConvertible, Sendable {
        let n: Int, canaryPercent: Int, m: Int, strategy: Strategy, k: Int, r: Int
        let failure: Rational, stable: Rational, canary: Rational?, attempts: Rational
        var description: String { "N=\(n) c=\(canaryPercent)% \(strategy.name) k=\(k) r=\(r)" }
    }

    static let examples: [Example] = [
        Example(n: 2, canaryPercent: 0, m: 1, strategy: .local, k: 0, r: 1,
                failure: Rational(1, 2), stable: Rational(1, 2), canary: nil, attempts: 1),
        Example(n: 10, canaryPercent: 0, m: 1, strategy: .local, k: 0, r: 1,
                failure: Rational(9, 10), stable: Rational(9, 10), canary: nil, attempts: 1),
        Example(n: 2, canaryPercent: 10, m: 1, strategy: .local, k: 0, r: 1,
                failure: Rational(9, 50), stable: Rational(1, 10), canary: Rational(9, 10), attempts: 1),
        Example(n: 100, canaryPercent: 1, m: 1, strategy: .canaryFallback, k: 0, r: 1,
                failure: Rational(99, 10000), stable: 0, canary: Rational(99, 100), attempts: 1),
        Example(n: 10, canaryPercent: 0, m: 1, strategy: .local, k: 2, r: 1,
                failure: Rational(729, 1000), stable: Rational(729, 1000), canary: nil, attempts: Rational(271, 100)),
        Example(n: 10, canaryPercent: 0, m: 1, strategy: .replicate, k: 0, r: 2,
                failure: Rational(7, 10), stable: Rational(7, 10), canary: nil, attempts: 1),
        Example(n: 10, canaryPercent: 10, m: 1, strategy: .canaryFallback, k: 2, r: 1,
                failure: Rational(729, 10000), stable: 0, canary: Rational(729, 1000), attempts: Rational(1171, 1000)),
        Example(n: 10, canaryPercent: 0, m: 1, strategy: .broadcast, k: 0, r: 1,
                failure: 0, stable: 0, canary: nil, attempts: 1),
    ]

    @Test(arguments: examples)
    func workedExample(_ e: Example) throws {
        let p = Parameters(servers: BigInt(e.n), canaryShare: Rational(e.canaryPercent, 100),
                           canaryServers: BigInt(e.m), strategy: e.strategy, retries: e.k, replicas: BigInt(e.r))
        // Server-by-server enumeration too, where N is small enough to name every server.
        for mode in e.n <= 12 ? [EngineMode.lifted, .enumerated] : [.lifted] {
            let result = try CallbackEngine.evaluate(p, mode: mode)
            #expect(result.failure == e.failure, "\(mode)")
            #expect(result.failureByOrigin[.stable] == e.stable, "\(mode)")
            #expect(result.failureByOrigin[.canary] == e.canary, "\(mode)")
            #expect(result.expectedAttempts == e.attempts, "\(mode)")
        }
    }

    /// The talk: 1 − 1/N, so scaling out makes the bug worse.
    @Test(arguments: [(2, "50.00%"), (3, "66.67%"), (5, "80.00%"), (10, "90.00%"), (100, "99.00%")])
    func scalingOutMakesItWorse(n: Int, percent: String) throws {
        let result = try CallbackEngine.evaluate(Parameters(servers: BigInt(n)))
        #expect(result.failure == .one - Rational(1, n))
        #expect(result.failure.percent() == percent)
    }

    /// 90/10 over two servers: 81 % stable-stable and 1 % canary-canary succeed; 9 % + 9 % cross.
    @Test func canarySplitFailsEighteenPercent() throws {
        let r = try CallbackEngine.evaluate(Parameters(servers: 2, canaryShare: Rational(1, 10)))
        #expect(r.failure == Rational(18, 100))
        #expect(r.routing[.sameServer] == Rational(82, 100))
        #expect(r.routing[.stableToCanary] == Rational(9, 100))
        #expect(r.routing[.canaryToStable] == Rational(9, 100))
        #expect(r.routing[.samePoolOtherServer] == 0)
    }

    @Test func fixesReachZero() throws {
        for s in [Strategy.shared, .affinity, .broadcast] {
            let r = try CallbackEngine.evaluate(Parameters(servers: 10, canaryShare: Rational(1, 10), strategy: s))
            #expect(r.failure == 0, "\(s)")
        }
        #expect(try CallbackEngine.evaluate(Parameters(servers: 10, strategy: .broadcast)).writesPerOrder == 10)
        #expect(try CallbackEngine.evaluate(Parameters(servers: 10, strategy: .replicate, replicas: 3)).writesPerOrder == 4)
        #expect(try CallbackEngine.evaluate(Parameters(servers: 10, strategy: .shared)).writesPerOrder == 1)
    }

    /// 1,000 orders/min at $10 with 10 servers: 900 lost orders, $9,000 a minute, $12,960,000 a day.
    @Test func businessImpactAtTenServers() throws {
        let impact = try CallbackEngine.evaluate(Parameters(servers: 10)).impact
        #expect(impact.failedPerMinute == 900)
        #expect(impact.lostPerMinute == 9000)
        #expect(impact.lostPerDay == 12_960_000)
        #expect(impact.lostPerYear == Rational(12_960_000 * 365))
        #expect(impact.budget == Rational(1, 1000))
        #expect(impact.burnRate == 900)
        #expect(impact.budgetLastsDays == Rational(30, 900))
    }

    /// A billion servers, a hundred retries, five replicas and a canary: exact and quick,
    /// because the lifted program's state does not grow with N.
    @Test func billionServersIsExact() throws {
        let n = BigInt(1_000_000_000)
        let p = Parameters(servers: n, canaryShare: Rational(5, 100), canaryServers: 3,
                           strategy: .replicate, retries: 100, replicas: 5)
        let r = try CallbackEngine.evaluate(p)
        #expect(r.failure > 0 && r.failure < 1)
        // Catches replicas lost at a billion servers (the pools' replica split): five copies
        // must beat none, and without the canary SPEC §5's (1 − (r + 1)/N)^(k+1) holds.
        var none = p
        none.replicas = 0
        #expect(try r.failure < CallbackEngine.evaluate(none).failure)
        var uniform = p
        uniform.canaryShare = 0
        #expect(try CallbackEngine.evaluate(uniform).failure == (.one - Rational(BigInt(6), n)).power(101))
        // Uniform pools, local strategy, k retries: (1 − 1/N)^(k+1), by hand.
        let local = try CallbackEngine.evaluate(Parameters(servers: n, retries: 100))
        #expect(local.failure == (.one - Rational(BigInt(1), n)).power(101))
    }
}
