import BigInt
import Foundation
import Testing
@testable import CallbackModel

/// The engine across incidents against the named-server oracle, and the oracle against SPEC §6.
struct IncidentOracleTests {
    static func configuration(_ n: Int, _ s: OracleStrategy, retries: Int = 0, replicas: Int = 0) -> OracleConfiguration {
        OracleConfiguration(servers: n, canary: .zero, canaryServers: 1, strategy: s, retries: retries, replicas: replicas)
    }

    /// The oracle reproduces SPEC §6's table (so it can be trusted for the rest).
    @Test func oracleReproducesTheSpecTable() {
        let rows: [(OracleStrategy, OracleHashing, Int, OracleFraction, OracleFraction)] = [
            (.local, .consistent, 0, OracleFraction(10, 11), OracleFraction(9, 10)),
            (.affinity, .modulo, 0, OracleFraction(10, 11), OracleFraction(9, 10)),
            (.affinity, .consistent, 0, OracleFraction(1, 11), OracleFraction(1, 10)),
            (.broadcast, .consistent, 0, OracleFraction(1, 11), .zero),
            (.shared, .consistent, 0, .zero, .zero),
            (.replicate, .consistent, 2, OracleFraction(8, 11), OracleFraction(7, 10)),
        ]
        for (strategy, hashing, replicas, scale, crash) in rows {
            let c = Self.configuration(10, strategy, replicas: replicas)
            #expect(IncidentOracle.failure(c, .scale(to: 11), hashing) == scale, "\(strategy) \(hashing)")
            #expect(IncidentOracle.failure(c, .crash, hashing) == crash, "\(strategy) \(hashing)")
        }
    }

    // Catches an incident step that means something else than SPEC §6 (a scale-in that
    // keeps the removed servers' state, modulo ids counted wrong, retries re-hashed).
    @Test func engineAgreesWithTheOracleAcrossIncidents() throws {
        let seed = SplitMix64.seed(fromEnvironment: "ORACLE_SEED", fallback: 0x1_4C1D_E475)
        var rng = SplitMix64(seed: seed)
        var compared = 0
        for _ in 0 ..< 160 {
            let n = Int.random(in: 1 ... 7, using: &rng)
            let strategy = OracleStrategy.allCases.randomElement(using: &rng)!
            let retries = Int.random(in: 0 ... 2, using: &rng)
            let replicas = strategy == .replicate ? Int.random(in: 0 ... n - 1, using: &rng) : 0
            let hashing = OracleHashing.allCases.randomElement(using: &rng)!
            let incident: OracleIncident = n >= 2 && Bool.random(using: &rng) ? .crash : .scale(to: Int.random(in: 1 ... 8, using: &rng))
            let c = Self.configuration(n, strategy, retries: retries, replicas: replicas)
            let p = Parameters(servers: BigInt(n), strategy: Strategy(rawValue: strategy.rawValue)!, retries: retries, replicas: BigInt(replicas))
            let engineIncident: Incident
            switch incident {
            case .scale(let n2): engineIncident = .scale(to: BigInt(n2))
            case .crash: engineIncident = .crash
            }
            let expected = IncidentOracle.failure(c, incident, hashing)
            let engine = try CallbackEngine.evaluate(p, incident: engineIncident, hashing: Hashing(rawValue: hashing.rawValue)!).failure
            #expect(OracleFraction(engine.numerator, engine.denominator) == expected,
                    "seed \(seed) params \(c) \(incident) \(hashing): engine \(engine), oracle \(expected)")
            // The failure alone, as the incidents' reports ask for it.
            let alone = try CallbackEngine.failure(p, incident: engineIncident, hashing: Hashing(rawValue: hashing.rawValue)!)
            #expect(alone == engine, "seed \(seed) params \(c) \(incident) \(hashing): alone \(alone), engine \(engine)")
            compared += 1
        }
        #expect(compared == 160)
    }
}
