import BigInt
import Testing
@testable import CallbackModel

/// Weighted server classes and callbacks pinned by the provider's address (issue 17),
/// held to the server-by-server oracle, which knows nothing of classes: it is given one
/// weight per server.
struct WeightedOracleTests {
    struct Class {
        let size: Int
        let weight: Int
        let canary: Bool
    }

    static func parameters(_ classes: [Class], _ strategy: OracleStrategy, k: Int, r: Int, pinned: Bool) -> Parameters {
        var p = Parameters(strategy: Strategy(rawValue: strategy.rawValue)!, retries: k, replicas: BigInt(r))
        p.pools = classes.enumerated().map { i, c in
            ServerClass(name: "c\(i)", size: BigInt(c.size), weight: Rational(c.weight), canary: c.canary)
        }
        p.callbackRouting = pinned ? .providerAddress : .perRequest
        return p
    }

    static func configuration(_ classes: [Class], _ strategy: OracleStrategy, k: Int, r: Int, pinned: Bool) -> OracleConfiguration {
        var c = OracleConfiguration(servers: 0, canary: .zero, canaryServers: 1, strategy: strategy, retries: k, replicas: r)
        c.weighted = classes.flatMap { cls in Array(repeating: (cls.weight, cls.canary), count: cls.size) }
        c.pinnedByProvider = pinned
        return c
    }

    static let seed = SplitMix64.seed(fromEnvironment: "ORACLE_SEED", fallback: 0x57E1_6473_D)

    // Catches a class's share or per-server weight, the replica split over three classes
    // (the multivariate chain), the canary kind of a class, or the provider pin (one
    // landing and one lookup for every attempt) going wrong: random classes of 1 to 3
    // servers and weights 1 to 4, every strategy, k = 0…3, every replica count.
    @Test func liftedClassesAgreeWithTheOracle() throws {
        var rng = SplitMix64(seed: Self.seed)
        var compared = 0
        for _ in 0 ..< 24 {
            let count = Int.random(in: 1 ... 3, using: &rng)
            var classes = (0 ..< count).map { _ in
                Class(size: Int.random(in: 1 ... 3, using: &rng), weight: Int.random(in: 1 ... 4, using: &rng), canary: false)
            }
            // At most one canary class, never all of them.
            if count > 1 && Bool.random(using: &rng) {
                let last = classes[count - 1]
                classes[count - 1] = Class(size: last.size, weight: last.weight, canary: true)
            }
            let n = classes.reduce(0) { $0 + $1.size }
            for strategy in OracleStrategy.allCases {
                if strategy == .canaryFallback && !classes.contains(where: \.canary) { continue }
                let pinned = Bool.random(using: &rng)
                let k = Int.random(in: 0 ... 3, using: &rng)
                let replicaCounts = strategy == .replicate ? Array(0 ... n - 1) : [0]
                for r in replicaCounts {
                    let expected = BruteForceModel.evaluate(Self.configuration(classes, strategy, k: k, r: r, pinned: pinned))
                    let p = Self.parameters(classes, strategy, k: k, r: r, pinned: pinned)
                    let engine = OracleAnswer(try CallbackEngine.evaluate(p))
                    #expect(engine == expected, "seed \(Self.seed) \(Self.configuration(classes, strategy, k: k, r: r, pinned: pinned))\n  engine \(engine)\n  oracle \(expected)")
                    compared += 1
                }
            }
        }
        #expect(compared > 150)
    }

    // The enumerated world (every server named, weights from the classes) agrees too.
    @Test func enumeratedClassesAgreeWithLifted() throws {
        let classes = [Class(size: 2, weight: 3, canary: false), Class(size: 1, weight: 1, canary: false), Class(size: 2, weight: 2, canary: true)]
        for strategy in OracleStrategy.allCases {
            for pinned in [false, true] {
                let p = Self.parameters(classes, strategy, k: 2, r: 2, pinned: pinned)
                let lifted = try CallbackEngine.evaluate(p)
                let enumerated = try CallbackEngine.evaluate(p, mode: .enumerated)
                #expect(lifted.failure == enumerated.failure, "\(strategy) pinned \(pinned)")
                #expect(lifted.expectedAttempts == enumerated.expectedAttempts, "\(strategy) pinned \(pinned)")
            }
        }
    }
}
