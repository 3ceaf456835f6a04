import BigInt
import Testing
@testable import CallbackModel

/// Weighted classes and the provider pin on the issue's own examples, derived by hand,
/// and against the flags they generalise.
struct PoolsTests {
    func pools(_ texts: [String], strategy: Strategy = .local, retries: Int = 0) throws -> Parameters {
        var p = Parameters(strategy: strategy, retries: retries)
        for t in texts { try p.set(.pool, text: t) }
        return p
    }

    // big:2:3, small:4:1: Σ size × weight = 10, each big server 3/10, each small 1/10.
    // The callback misses unless it lands on the origin: 1 − (2·(3/10)² + 4·(1/10)²) =
    // 1 − 22/100 = 39/50. Catches shares taken per class instead of per server.
    @Test func issueWorkedExample() throws {
        let r = try CallbackEngine.evaluate(try pools(["big:2:3", "small:4:1"]))
        #expect(r.failure == Rational(39, 50))
        #expect(r.parameters.servers == 6)
    }

    // Weights 1, 1, 1, 3 (one class of three, one of one): shares 1/6, 1/6, 1/6, 1/2;
    // 1 − (3·(1/6)² + (1/2)²) = 1 − 1/3 = 2/3.
    @Test func weightsOneOneOneThree() throws {
        #expect(try CallbackEngine.evaluate(try pools(["a:3:1", "b:1:3"])).failure == Rational(2, 3))
    }

    // ip_hash at 4 equal servers: every attempt lands where the provider's address maps,
    // so retries change nothing: 3/4 with 0 or 3 retries. Expected attempts: the 1/4
    // found at once take 1, the 3/4 missed take all k + 1: 1 + 3k/4 (13/4 at k = 3).
    @Test func providerPinnedRetriesDoNotHelp() throws {
        for k in [0, 3] {
            var p = Parameters(servers: 4, retries: k)
            p.callbackRouting = .providerAddress
            let r = try CallbackEngine.evaluate(p)
            #expect(r.failure == Rational(3, 4))
            #expect(r.expectedAttempts == .one + Rational(3 * k, 4))
        }
    }

    // The pin holds across incidents too: 4 servers, 3 retries, a crash. The origin
    // survives with 3/4 and the pinned server is one of the 3 left: it is the origin with
    // 1/3, so 3/4·2/3 + 1/4 = 3/4. Routed per request instead: 3/4·(2/3)⁴ + 1/4 = 43/108.
    // Catches an incident run that forgets how callbacks are routed.
    @Test func providerPinHoldsAcrossACrash() throws {
        var p = Parameters(servers: 4, retries: 3)
        p.incidents.crashesPerDay = 1
        p.callbackRouting = .providerAddress
        #expect(try CallbackEngine.evaluate(p).incidents?.crash.value == Rational(3, 4))
        p.callbackRouting = .perRequest
        #expect(try CallbackEngine.evaluate(p).incidents?.crash.value == Rational(43, 108))
    }

    // A crash of the only server of the pool it hits has no answer, so neither have the
    // orders it fails a day, nor the total: counting them as 0 made the total read low.
    @Test func anUnknownCrashLeavesTheTotalUnknown() throws {
        var p = try pools(["a:1:3", "b:1:1"])
        p.incidents.crashesPerDay = 1
        let i = try #require(try CallbackEngine.evaluate(p).incidents)
        #expect(i.crash.value == nil && i.perDay.crash == nil && i.perDay.total == nil)
        // No crashes a day: none fail, whether or not a crash could be computed.
        p.incidents.crashesPerDay = 0
        p.incidents.stateTTL = 60
        #expect(try CallbackEngine.evaluate(p).incidents?.perDay.crash == .zero)
    }

    // Affinity follows the order id, not the address: pinning by address changes nothing.
    @Test func affinityIgnoresTheProviderPin() throws {
        var p = Parameters(servers: 5, strategy: .affinity, retries: 2)
        p.callbackRouting = .providerAddress
        #expect(try CallbackEngine.evaluate(p).failure == .zero)
    }

    // Classes that all share one weight are N equal servers: every strategy, retries and
    // replicas give exactly the --servers answer. Catches a class split that is not a
    // true multivariate hypergeometric (it would differ from one pool's replicas).
    @Test func equalWeightsAreTheServersAnswer() throws {
        for strategy in Strategy.allCases where strategy != .canaryFallback {
            for (k, r) in [(0, 1), (2, 3), (5, 2)] {
                var p = try pools(["a:3:2", "b:4:2", "c:2:2"], strategy: strategy, retries: k)
                p.replicas = BigInt(r)
                var flags = Parameters(servers: 9, strategy: strategy, retries: k)
                flags.replicas = BigInt(r)
                #expect(try CallbackEngine.evaluate(p).failure == CallbackEngine.evaluate(flags).failure, "\(strategy) k=\(k) r=\(r)")
            }
        }
    }

    // Two classes, one a canary, with weights that give it a share c: the canary flags'
    // answer. Stable 8 servers of weight 19/160 each (19/20 in all), canary 2 of 1/40
    // (1/20): the 5 % canary on 2 of 10.
    @Test func twoClassesAreTheCanaryFlags() throws {
        for strategy in Strategy.allCases {
            for (k, r) in [(0, 1), (3, 4)] {
                var p = try pools(["stable:8:19/160", "new:2:1/40:canary"], strategy: strategy, retries: k)
                p.replicas = BigInt(r)
                var flags = Parameters(servers: 10, canaryShare: Rational(1, 20), canaryServers: 2, strategy: strategy, retries: k)
                flags.replicas = BigInt(r)
                let a = try CallbackEngine.evaluate(p), b = try CallbackEngine.evaluate(flags)
                #expect(a.failure == b.failure, "\(strategy) k=\(k) r=\(r)")
                #expect(a.failureByOrigin == b.failureByOrigin, "\(strategy) k=\(k) r=\(r)")
                #expect(a.routing == b.routing, "\(strategy) k=\(k) r=\(r)")
            }
        }
    }

    // A scale event resizes the first class that is not a canary; affinity hashes ids over
    // every server that is not a canary (one ring). big:2:1 small:2:1 scaled to 5: big
    // grows to 3, the ring from 4 servers to 5; with consistent hashing a key moves only to
    // the new server, with probability 1/5 — as at --servers 4 --scale-to 5.
    @Test func scaleEventResizesTheFirstClass() throws {
        var p = try pools(["big:2:1", "small:2:1"], strategy: .affinity)
        p.incidents.scaleTo = 5
        let r = try CallbackEngine.evaluate(p, incident: .scale(to: 5), hashing: .consistent)
        #expect(r.failure == Rational(1, 5))
        #expect(r.parameters.servers == 4)
    }

    // Pools of one weight are one ring for affinity, whatever the classes: a:2:1 b:4:1 is
    // --servers 6. Scale to 8, modulo: 1 − 6/lcm(6, 8) = 3/4; consistent: 2/8 = 1/4; a
    // crash, modulo: 1 − (5/6)·(1/5) = 5/6 (the origin crashed, or survived and moved).
    // Weighted: a:2:1 c:1:2, consistent, scaled to 4 (a gains one server of weight 1):
    // keys move with 1/5 of the ring's weight.
    @Test func affinityHashesOverOneRing() throws {
        for (incident, hashing, failure) in [(Incident.scale(to: 8), Hashing.modulo, Rational(3, 4)),
                                             (.scale(to: 8), .consistent, Rational(1, 4)),
                                             (.crash, .modulo, Rational(5, 6))] {
            let split = try pools(["a:2:1", "b:4:1"], strategy: .affinity)
            #expect(try CallbackEngine.evaluate(split, incident: incident, hashing: hashing).failure == failure, "\(incident) \(hashing)")
            let one = Parameters(servers: 6, strategy: .affinity)
            #expect(try CallbackEngine.evaluate(one, incident: incident, hashing: hashing).failure == failure, "\(incident) \(hashing)")
        }
        let weighted = try pools(["a:2:1", "c:1:2"], strategy: .affinity)
        #expect(try CallbackEngine.evaluate(weighted, incident: .scale(to: 4), hashing: .consistent).failure == Rational(1, 5))
    }

    @Test func refusals() throws {
        var tooMany = Parameters()
        for i in 0 ... ServerClass.maxClasses { try tooMany.set(.pool, text: "p\(i):1:\(i + 1)") }
        #expect(throws: ParameterError.self) { try tooMany.validate() }
        #expect(throws: ParameterError.self) { try pools(["a:1:1", "a:2:1"]).validate() }
        #expect(throws: ParameterError.self) { try pools(["a:1:1:canary"]).validate() }
        #expect(throws: ParameterError.self) { try pools(["a:3:1", "b:1:1"], strategy: .canaryFallback).validate() }
        #expect(throws: SettingRefusal.self) { try pools(["a:0:1"]) }
        #expect(throws: SettingRefusal.self) { try pools(["a:1:0"]) }
        #expect(throws: SettingRefusal.self) { try pools(["a:1:1:stable"]) }
        #expect(throws: SettingRefusal.self) { try pools(["a:1"]) }
        #expect(throws: SettingRefusal.self) { try pools(["a b:1:1"]) }
    }

    // Setting N with pools resizes the first pool that is not a canary; its bound keeps
    // that pool at one server or more.
    @Test func serversResizeTheFirstPool() throws {
        var p = try pools(["new:1:1:canary", "big:2:3", "small:4:1"])
        p.servers = 10
        // 7 servers to 10: big grows by 3.
        #expect(p.pools.map(\.size) == [1, 5, 4])
        #expect(p.servers == 10)
        // The other pools keep 1 + 4 = 5, so N ≥ 6.
        #expect(Bounds.of(.servers, given: p).contains(Rational(6)))
        #expect(!Bounds.of(.servers, given: p).contains(Rational(5)))
    }
}
