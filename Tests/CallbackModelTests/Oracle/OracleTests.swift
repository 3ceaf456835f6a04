import BigInt
import Testing
@testable import CallbackModel

extension OracleFraction {
    /// The engine's exact value, carried over by numerator and denominator.
    init(_ r: Rational) { self.init(r.numerator, r.denominator) }
}

extension OracleAnswer {
    /// The engine's result in the oracle's terms, so the two compare field by field.
    init(_ r: CallbackResult) {
        self.init(
            failure: OracleFraction(r.failure),
            stableOriginFailure: OracleFraction(r.failureByOrigin[.stable] ?? .zero),
            canaryOriginFailure: r.failureByOrigin[.canary].map(OracleFraction.init),
            sameServer: OracleFraction(r.routing[.sameServer] ?? .zero),
            samePoolOtherServer: OracleFraction(r.routing[.samePoolOtherServer] ?? .zero),
            stableToCanary: OracleFraction(r.routing[.stableToCanary] ?? .zero),
            canaryToStable: OracleFraction(r.routing[.canaryToStable] ?? .zero),
            expectedAttempts: OracleFraction(r.expectedAttempts),
            writesPerOrder: OracleFraction(r.writesPerOrder)
        )
    }
}

extension OracleConfiguration {
    var parameters: Parameters {
        Parameters(servers: BigInt(servers), canaryShare: Rational(canary.numerator, canary.denominator),
                   canaryServers: BigInt(canaryServers), strategy: Strategy(rawValue: strategy.rawValue)!,
                   retries: retries, replicas: BigInt(replicas))
    }
}

/// The oracle first earns trust on SPEC §1's hand-derived table, then the engine is held
/// to it on random small configurations.
struct OracleTests {
    struct Example: CustomStringConvertible, Sendable {
        let n: Int, canaryPercent: Int, m: Int, strategy: OracleStrategy, k: Int, r: Int
        let failure: OracleFraction, stable: OracleFraction, canary: OracleFraction?, attempts: OracleFraction
        var description: String { "N=\(n) c=\(canaryPercent)% \(strategy.rawValue) k=\(k) r=\(r)" }
    }

    /// SPEC §1 "Worked examples (exact)", row by row.
    static let workedExamples: [Example] = [
        Example(n: 2, canaryPercent: 0, m: 1, strategy: .local, k: 0, r: 0,
                failure: OracleFraction(1, 2), stable: OracleFraction(1, 2), canary: nil, attempts: .one),
        Example(n: 10, canaryPercent: 0, m: 1, strategy: .local, k: 0, r: 0,
                failure: OracleFraction(9, 10), stable: OracleFraction(9, 10), canary: nil, attempts: .one),
        Example(n: 2, canaryPercent: 10, m: 1, strategy: .local, k: 0, r: 0,
                failure: OracleFraction(9, 50), stable: OracleFraction(1, 10), canary: OracleFraction(9, 10), attempts: .one),
        Example(n: 100, canaryPercent: 1, m: 1, strategy: .canaryFallback, k: 0, r: 0,
                failure: OracleFraction(99, 10000), stable: .zero, canary: OracleFraction(99, 100), attempts: .one),
        Example(n: 10, canaryPercent: 0, m: 1, strategy: .local, k: 2, r: 0,
                failure: OracleFraction(729, 1000), stable: OracleFraction(729, 1000), canary: nil, attempts: OracleFraction(271, 100)),
        Example(n: 10, canaryPercent: 0, m: 1, strategy: .replicate, k: 0, r: 2,
                failure: OracleFraction(7, 10), stable: OracleFraction(7, 10), canary: nil, attempts: .one),
        Example(n: 10, canaryPercent: 10, m: 1, strategy: .canaryFallback, k: 2, r: 0,
                failure: OracleFraction(729, 10000), stable: .zero, canary: OracleFraction(729, 1000), attempts: OracleFraction(1171, 1000)),
        Example(n: 10, canaryPercent: 0, m: 1, strategy: .broadcast, k: 0, r: 0,
                failure: .zero, stable: .zero, canary: nil, attempts: .one),
    ]

    // Catches an oracle that misreads the spec (routing weights, retries, placements):
    // it must reproduce the numbers the spec derives by hand.
    @Test(arguments: workedExamples)
    func oracleReproducesTheWorkedExamples(_ e: Example) {
        let answer = BruteForceModel.evaluate(OracleConfiguration(
            servers: e.n, canary: OracleFraction(e.canaryPercent, 100), canaryServers: e.m,
            strategy: e.strategy, retries: e.k, replicas: e.r))
        #expect(answer.failure == e.failure)
        #expect(answer.stableOriginFailure == e.stable)
        #expect(answer.canaryOriginFailure == e.canary)
        #expect(answer.expectedAttempts == e.attempts)
        let routing = answer.sameServer + answer.samePoolOtherServer + answer.stableToCanary + answer.canaryToStable
        #expect(routing == .one)
    }

    // Catches the story's other hand-derived numbers in the oracle: the 90/10 split over two
    // servers (81 % + 1 % stay, 9 % + 9 % cross) and writes per order.
    @Test func oracleReproducesTheStory() {
        let split = BruteForceModel.evaluate(OracleConfiguration(
            servers: 2, canary: OracleFraction(1, 10), canaryServers: 1, strategy: .local, retries: 0, replicas: 0))
        #expect(split.failure == OracleFraction(18, 100))
        #expect(split.sameServer == OracleFraction(82, 100))
        #expect(split.stableToCanary == OracleFraction(9, 100))
        #expect(split.canaryToStable == OracleFraction(9, 100))
        #expect(split.samePoolOtherServer == .zero)
        for (strategy, writes) in [(OracleStrategy.broadcast, 10), (.replicate, 4), (.shared, 1), (.local, 1)] {
            let answer = BruteForceModel.evaluate(OracleConfiguration(
                servers: 10, canary: .zero, canaryServers: 1, strategy: strategy, retries: 0, replicas: 3))
            #expect(answer.writesPerOrder == OracleFraction(writes), "\(strategy)")
        }
        for strategy in [OracleStrategy.shared, .affinity, .broadcast] {
            let answer = BruteForceModel.evaluate(OracleConfiguration(
                servers: 10, canary: OracleFraction(1, 10), canaryServers: 1, strategy: strategy, retries: 1, replicas: 0))
            #expect(answer.failure == .zero, "\(strategy)")
        }
    }

    /// Seed of `engineAgreesWithTheOracle`; `ORACLE_SEED=… swift test` tries another.
    static let seed = SplitMix64.seed(fromEnvironment: "ORACLE_SEED", fallback: 0xC411_BAC4_0_5EED)

    // Catches any strategy, routing weight, replica placement, retry or bookkeeping
    // (by origin, routing, E[attempts], writes) bug in the lifted engine at small N: every
    // strategy × {no canary, a random canary} × k = 0…3 × r = 0…N−1 on N = 1…7 and some
    // more random N, compared exactly with the server-by-server oracle.
    @Test func engineAgreesWithTheOracle() {
        let seed = Self.seed
        var rng = SplitMix64(seed: seed)
        let sizes = Array(1 ... 7) + (0 ..< 5).map { _ in Int.random(in: 1 ... 7, using: &rng) }
        var compared = 0
        for n in sizes {
            // No canary, and (when there are two servers or more) a random canary share
            // a/b and a random canary pool size.
            var canaries: [(OracleFraction, Int)] = [(.zero, 1 + Int.random(in: 0 ... 5, using: &rng))]
            if n >= 2 {
                let b = Int.random(in: 2 ... 20, using: &rng)
                canaries.append((OracleFraction(Int.random(in: 1 ..< b, using: &rng), b), Int.random(in: 1 ... n - 1, using: &rng)))
            }
            for (c, m) in canaries {
                for strategy in OracleStrategy.allCases {
                    for k in 0 ... 3 {
                        // Every replica count for replicate; a random (ignored) one otherwise.
                        let replicaCounts = strategy == .replicate ? Array(0 ... n - 1) : [Int.random(in: 0 ... n - 1, using: &rng)]
                        for r in replicaCounts {
                            let configuration = OracleConfiguration(servers: n, canary: c, canaryServers: m,
                                                                    strategy: strategy, retries: k, replicas: r)
                            let expected = BruteForceModel.evaluate(configuration)
                            do {
                                let engine = OracleAnswer(try CallbackEngine.evaluate(configuration.parameters))
                                #expect(engine == expected, "seed \(seed) params \(configuration)\n  engine \(engine)\n  oracle \(expected)")
                            } catch {
                                Issue.record("seed \(seed) params \(configuration): engine threw \(error)")
                            }
                            compared += 1
                        }
                    }
                }
            }
        }
        // Not vacuous: hundreds of configurations, every N from 1 to 7.
        #expect(compared > 500, "seed \(seed): only \(compared) configurations compared")
    }
}
