import BigInt
import Testing
@testable import CallbackModel

/// SPEC §6's worked examples, no canary, k = 0, derived by hand there.
struct IncidentExamplesTests {
    static func failure(_ p: Parameters, _ incident: Incident, _ hashing: Hashing = .consistent) throws -> Rational {
        try CallbackEngine.evaluate(p, incident: incident, hashing: hashing).failure
    }

    static let ten = Parameters(servers: 10)

    static let rows: [(Strategy, Hashing, BigInt, Rational, Rational)] = [
        // strategy, hashing, replicas, across 10 → 11, across a crash at 10
        (.local, .consistent, 1, Rational(10, 11), Rational(9, 10)),
        (.affinity, .modulo, 1, Rational(10, 11), Rational(9, 10)),
        (.affinity, .consistent, 1, Rational(1, 11), Rational(1, 10)),
        (.broadcast, .consistent, 1, Rational(1, 11), 0),
        (.shared, .consistent, 1, 0, 0),
        (.replicate, .consistent, 2, Rational(8, 11), Rational(7, 10)),
    ]

    @Test(arguments: rows.indices)
    func specRow(_ i: Int) throws {
        let (strategy, hashing, replicas, scale, crash) = Self.rows[i]
        var p = Self.ten
        p.strategy = strategy
        p.replicas = replicas
        #expect(try Self.failure(p, .scale(to: 11), hashing) == scale, "\(strategy) \(hashing) scale")
        #expect(try Self.failure(p, .crash, hashing) == crash, "\(strategy) \(hashing) crash")
    }

    /// Retries do not help affinity (the id always maps to the same server) and do help
    /// local and broadcast.
    @Test func retriesAcrossAScaleEvent() throws {
        var p = Self.ten
        p.retries = 2
        p.strategy = .affinity
        #expect(try Self.failure(p, .scale(to: 11)) == Rational(1, 11))
        p.strategy = .local
        // Each attempt finds the origin with 1/11: (10/11)³.
        #expect(try Self.failure(p, .scale(to: 11)) == Rational(1000, 1331))
        p.strategy = .broadcast
        // The 10 old servers hold it: each attempt misses with 1/11.
        #expect(try Self.failure(p, .scale(to: 11)) == Rational(1, 1331))
    }

    /// Scale-in removes servers from the end, with their state: 10 → 5, local. The origin
    /// survives with 1/2, then each callback finds it with 1/5: failure 1 − 1/10.
    @Test func scaleIn() throws {
        #expect(try Self.failure(Self.ten, .scale(to: 5)) == Rational(9, 10))
        var p = Self.ten
        p.strategy = .affinity
        // Consistent: the keys of the removed half move: 1/2. Modulo: same index only when
        // id mod 10 = id mod 5 and that index < 5: 5 of lcm 10 → 1/2 stay.
        #expect(try Self.failure(p, .scale(to: 5)) == Rational(1, 2))
        #expect(try Self.failure(p, .scale(to: 5), .modulo) == Rational(1, 2))
        // 10 → 9 modulo: 9 of lcm 90 stay.
        #expect(try Self.failure(p, .scale(to: 9), .modulo) == Rational(9, 10))
    }

    @Test func aBillionServersAnswerAtOnce() throws {
        var p = Parameters(servers: 1_000_000_000, strategy: .affinity)
        p.retries = 100
        let f = try Self.failure(p, .scale(to: 1_000_000_001), .modulo)
        // a/lcm(a, a+1) = 1/(a+1) stay.
        #expect(f == Rational(1_000_000_000, 1_000_000_001))
    }
}
