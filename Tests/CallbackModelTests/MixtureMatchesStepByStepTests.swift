import BigInt
import Testing
@testable import CallbackModel

/// The engine evaluates through the mixture Σᵢ pᵢ·mᵢ^(k+1) (`CallbackProgram.mixture`);
/// the attempt-by-attempt run it replaced is the oracle. Every field must be identical.
struct MixtureMatchesStepByStepTests {
    static let shares: [Rational] = [0, Rational(1, 100), Rational(5, 100), Rational(1, 3), Rational(9, 10)]
    static let sizes: [BigInt] = [1, 2, 3, 7, 10, 1000, 1_000_000_000]

    // Catches a mixture that forgets a placement case, mis-weights the geometric sum for
    // E[attempts], or lets the first attempt's routing depend on k: every strategy ×
    // canary or not × sampled k in 0…100 × replicas, on the lifted and the enumerated world.
    @Test func mixtureEqualsStepByStep() throws {
        var rng = SplitMix64(seed: 0x5EED_0F_B17)
        var compared = 0
        for strategy in Strategy.allCases {
            for share in Self.shares {
                for _ in 0 ..< 4 {
                    let n = Self.sizes[Int.random(in: 0 ..< Self.sizes.count, using: &rng)]
                    if n == 1 && !share.isZero { continue }
                    // k: the ends and a random one in between.
                    let k = [0, 1, 100, Int.random(in: 2 ... 99, using: &rng)][compared % 4]
                    let m = 1 + BigInt(Int.random(in: 0 ... 6, using: &rng)) % max(1, n - 1)
                    let r = BigInt(Int.random(in: 0 ... 6, using: &rng)) % n
                    let p = Parameters(servers: n, canaryShare: share, canaryServers: m, strategy: strategy, retries: k, replicas: r)
                    let fast = try CallbackEngine.evaluate(p)
                    let slow = try CallbackEngine.evaluate(p, stepByStep: true)
                    #expect(fast == slow, "\(p)")
                    if n <= 7 {
                        let named = try CallbackEngine.evaluate(p, mode: .enumerated)
                        #expect(named == slow, "\(p)")
                    }
                    compared += 1
                }
            }
        }
        #expect(compared > 100)
    }

    // Catches an incident's failure alone (`CallbackEngine.failure`, what the incidents'
    // reports read) that drifts from the full run: every strategy × canary or not × k up to
    // 100 × a crash or a scale event either way × both hashings, against step by step.
    @Test func incidentFailureAloneEqualsStepByStep() throws {
        var rng = SplitMix64(seed: 0x1C1D_E47)
        var compared = 0
        for strategy in Strategy.allCases {
            for share in Self.shares {
                for round in 0 ..< 3 {
                    let n = Self.sizes[Int.random(in: 1 ..< Self.sizes.count, using: &rng)]
                    let k = [0, 100, Int.random(in: 1 ... 99, using: &rng)][round]
                    let m = 1 + BigInt(Int.random(in: 0 ... 6, using: &rng)) % max(1, n - 1)
                    let r = BigInt(Int.random(in: 0 ... 6, using: &rng)) % n
                    let p = Parameters(servers: n, canaryShare: share, canaryServers: m, strategy: strategy, retries: k, replicas: r)
                    let incident = [Incident.crash, .scale(to: n + 1), .scale(to: max(1, n - 1))][Int.random(in: 0 ... 2, using: &rng)]
                    let hashing = Hashing.allCases.randomElement(using: &rng)!
                    let slow = Result { try CallbackEngine.evaluate(p, incident: incident, hashing: hashing, stepByStep: true).failure }
                    let alone = Result { try CallbackEngine.failure(p, incident: incident, hashing: hashing) }
                    #expect(String(describing: alone) == String(describing: slow), "\(p) \(incident) \(hashing)")
                    if case .success = slow { compared += 1 }
                }
            }
        }
        #expect(compared > 60)
    }

    // Catches a routing breakdown that changes with k: it is the first attempt's alone.
    @Test func firstAttemptRoutingDoesNotDependOnRetries() throws {
        for strategy in Strategy.allCases {
            let base = Parameters(servers: 10, canaryShare: Rational(1, 10), canaryServers: 2, strategy: strategy, replicas: 3)
            var many = base
            many.retries = 100
            #expect(try CallbackEngine.evaluate(base).routing == CallbackEngine.evaluate(many).routing, "\(strategy)")
        }
    }
}
