import CallbackModel
import Foundation
import RouletteDialect
import Testing

/// Every scenario's printed probabilities against values derived by hand.
struct ScenarioTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios")

    static func run(_ name: String, style: NumberStyle = .exact) throws -> [String] {
        let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        #expect(text.hasPrefix("#lang roulette/example/disrupt\n"))
        return try lines(text, style: style)
    }

    /// How the dialect writes an exact probability: a terminating decimal, else p/q.
    static func shown(_ r: Rational) -> String { r.terminatingDecimal ?? r.description }

    @Test func twoServers() throws {
        // Same server with probability 1/2·1/2 + 1/2·1/2.
        #expect(try Self.run("two-servers.rkt") == ["callback finds the order:", "(pmf | #t ↦ 0.5 | #f ↦ 0.5)"])
    }

    @Test func twoServersRouting() throws {
        #expect(try Self.run("two-servers-routing.rkt") == [
            "routing cases (order server, callback server):",
            "(pmf | '(A A) ↦ 0.25 | '(A B) ↦ 0.25 | '(B A) ↦ 0.25 | '(B B) ↦ 0.25)",
            "callback fails: 0.5",
        ])
    }

    @Test func nServers() throws {
        let expected = [2, 3, 5, 10, 20, 50, 100].map { n in
            "\(n) servers: callback fails \(Self.shown(.one - Rational(1, n)))"
        }
        #expect(try Self.run("n-servers.rkt") == expected)
        #expect(expected[1] == "3 servers: callback fails 2/3")
    }

    @Test func tenServers() throws {
        #expect(try Self.run("ten-servers.rkt") == ["callback finds the order:", "(pmf | #t ↦ 0.1 | #f ↦ 0.9)"])
    }

    @Test func canary() throws {
        // stable 9/10, canary 1/10, independent: 81/100, 9/100, 9/100, 1/100; the cross cases fail.
        #expect(try Self.run("canary.rkt") == [
            "routing cases (order pool, callback pool):",
            "(pmf | '(stable stable) ↦ 0.81 | '(stable canary) ↦ 0.09 | '(canary stable) ↦ 0.09 | '(canary canary) ↦ 0.01)",
            "callback fails: 0.18",
        ])
    }

    @Test func retries() throws {
        #expect(try Self.run("retries.rkt") == ["10 servers, 2 retries: callback fails \(Self.shown(Rational(9, 10).power(3)))"])
    }

    @Test func replication() throws {
        // The origin and 2 distinct replicas cover 3 of 10 servers.
        #expect(try Self.run("replication.rkt") == ["10 servers, 2 replicas: callback fails \(Self.shown(Rational(10 - 3, 10)))"])
    }

    @Test func consistentHashing() throws {
        // Brute force over the 60 ids: the callback moves when id mod 3 ≠ id mod 4.
        let moved = (0..<60).filter { $0 % 3 != $0 % 4 }.count
        #expect(moved == 45)
        #expect(try Self.run("consistent-hashing.rkt") == [
            "same pool: callback fails 0",
            "pool grows 3 → 4: callback fails \(Self.shown(Rational(moved, 60)))",
        ])
    }

    /// SPEC §6's incident table, one row per line that scale-event.rkt and crash.rkt print
    /// after their heading, in order: the two labels, the engine configuration the line
    /// models (10 servers, replicas used by `replicate` only), and the table's values.
    static let incidentRows: [(scaleLabel: String, crashLabel: String, strategy: Strategy, hashing: Hashing, acrossScale: Rational, acrossCrash: Rational)] = [
        ("local (state on the origin only)", "local (state on the origin only)",
         .local, .consistent, Rational(10, 11), Rational(9, 10)),
        ("affinity, modulo hashing (id mod 10, then id mod 11)", "affinity, modulo hashing (id mod 10, then place id mod 9)",
         .affinity, .modulo, Rational(10, 11), Rational(9, 10)),
        ("affinity, consistent hashing (only the new server's ids move)", "affinity, consistent hashing (only the crashed server's ids move)",
         .affinity, .consistent, Rational(1, 11), Rational(1, 10)),
        ("broadcast (a copy on each of the ten old servers)", "broadcast (a copy on every server)",
         .broadcast, .consistent, Rational(1, 11), .zero),
        ("shared (one store every server reads)", "shared (one store, untouched by the crash)",
         .shared, .consistent, .zero, .zero),
        ("replicate r = 2 (origin + 2 random old servers)", "replicate r = 2 (origin + 2 random servers)",
         .replicate, .consistent, Rational(8, 11), Rational(7, 10)),
    ]

    static func engineFailure(_ strategy: Strategy, _ incident: Incident, _ hashing: Hashing) throws -> Rational {
        try CallbackEngine.evaluate(Parameters(servers: 10, strategy: strategy, replicas: 2), incident: incident, hashing: hashing).failure
    }

    @Test func scaleEvent() throws {
        var expected = ["scale-out 10 → 11 servers, callback routed over the eleven:"]
        for row in Self.incidentRows {
            let engine = try Self.engineFailure(row.strategy, .scale(to: 11), row.hashing)
            #expect(engine == row.acrossScale, "\(row.scaleLabel): engine \(engine)")
            expected.append("\(row.scaleLabel): callback fails \(Self.shown(engine))")
        }
        #expect(try Self.run("scale-event.rkt") == expected)
        #expect(expected[1] == "local (state on the origin only): callback fails 10/11")
    }

    @Test func crash() throws {
        var expected = ["one of 10 servers crashes, callback routed over the nine left:"]
        for row in Self.incidentRows {
            let engine = try Self.engineFailure(row.strategy, .crash, row.hashing)
            #expect(engine == row.acrossCrash, "\(row.crashLabel): engine \(engine)")
            expected.append("\(row.crashLabel): callback fails \(Self.shown(engine))")
        }
        #expect(try Self.run("crash.rkt") == expected)
        #expect(expected[6] == "replicate r = 2 (origin + 2 random servers): callback fails 0.7")
    }

    @Test func compareAll() throws {
        let values = try Self.run("compare.rkt", style: .fractions).map { $0.split(separator: " ").last.map(String.init) ?? "" }
        let expected: [Rational] = [
            Rational(1, 2), Rational(9, 10), Rational(99, 100), Rational(18, 100),
            Rational(729, 1000), Rational(7, 10), Rational(3, 4), .zero,
        ]
        #expect(values == expected.map(\.description))
    }

    @Test func givenFailure() throws {
        // Failing means crossing over: stable→canary 0.9·0.1 and canary→stable 0.1·0.9, so the
        // order is on either pool with 0.09 / 0.18 = 1/2. A random retry is independent of the
        // first attempt: 1/10. Given one of two attempts succeeded (1 − 0.9² = 0.19), the first
        // did with 0.1 / 0.19.
        let crossing = Rational(9, 10) * Rational(1, 10)
        let pool = crossing / (crossing + crossing)
        let first = Rational(1, 10) / (.one - Rational(81, 100))
        #expect(try Self.run("given-failure.rkt") == [
            "given that the callback failed, the order went to:",
            "(pmf | 'stable ↦ \(Self.shown(pool)) | 'canary ↦ \(Self.shown(pool)))",
            "given that the first attempt failed, the retry succeeds: \(Self.shown(Rational(1, 10)))",
            "given that one of two attempts succeeded, the first did: \(Self.shown(first))",
        ])
        #expect(Self.shown(first) == "10/19")
    }
}
