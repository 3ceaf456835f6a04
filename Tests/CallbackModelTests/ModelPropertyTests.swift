import BigInt
import PropertyBased
import Testing
@testable import CallbackModel

/// Laws of the model that hold for every valid configuration, at any N.
struct ModelPropertyTests {
    static let shares: [Rational] = [0, Rational(1, 100), Rational(5, 100), Rational(1, 10), Rational(1, 2), Rational(99, 100)]
    static let sizes: [BigInt] = [1, 2, 3, 7, 10, 40, 1000, 1_000_000_000]

    static func parameters(_ n: Int, _ share: Int, _ m: Int, _ s: Int, _ k: Int, _ r: Int) -> Parameters {
        let servers = sizes[n]
        var p = Parameters(servers: servers, canaryShare: shares[share], canaryServers: 1 + BigInt(m) % max(1, servers - 1),
                           strategy: Strategy.allCases[s], retries: k, replicas: BigInt(r) % servers)
        if servers == 1 { p.canaryShare = 0 }
        return p
    }

    static let input = (Gen.int(in: 0 ... 7), Gen.int(in: 0 ... 5), Gen.int(in: 0 ... 4), Gen.int(in: 0 ... 5), Gen.int(in: 0 ... 6), Gen.int(in: 0 ... 5))

    /// The engine's result, or an error naming the parameters (recorded by `propertyCheck`
    /// as a failure, where `(try? …)!` would crash the whole test runner).
    static func evaluate(_ p: Parameters) throws -> CallbackResult {
        do {
            return try CallbackEngine.evaluate(p)
        } catch {
            throw EvaluationFailed(description: "\(p): \(error)")
        }
    }

    struct EvaluationFailed: Error, CustomStringConvertible {
        let description: String
    }

    @Test func breakdownsAreConsistent() async {
        await propertyCheck(count: 120, input: Self.input.0, Self.input.1, Self.input.2, Self.input.3, Self.input.4, Self.input.5) { n, c, m, s, k, r in
            let p = Self.parameters(n, c, m, s, k, r)
            let result = try Self.evaluate(p)
            // Catches a lookup on the origin that misses (e.g. a placement that forgets the
            // origin): a first attempt landing there always finds the order, at any N.
            #expect(result.success >= result.routing[.sameServer]!, "\(p)")
            #expect(result.failure >= 0 && result.failure <= 1)
            #expect(RouteCase.allCases.reduce(Rational.zero) { $0 + result.routing[$1]! } == 1)
            // P(fail) = Σ over pools of P(origin pool) · P(fail | origin pool).
            let topology = Topology(p)
            let total = topology.pools.reduce(Rational.zero) { $0 + topology.share($1) * result.failureByOrigin[$1]! }
            #expect(total == result.failure)
            #expect(result.expectedAttempts >= 1 && result.expectedAttempts <= Rational(k + 1))
            if [.shared, .affinity, .broadcast].contains(p.strategy) { #expect(result.failure == 0) }
            #expect((result.failureByOrigin[.canary] == nil) == !p.hasCanary)
        }
    }

    @Test func moreRetriesOrReplicasNeverHurt() async {
        await propertyCheck(count: 80, input: Self.input.0, Self.input.1, Self.input.2, Self.input.3, Self.input.4, Self.input.5) { n, c, m, s, k, r in
            let p = Self.parameters(n, c, m, s, k, r)
            // An engine error is thrown and recorded with its parameters, not a crash.
            let base = try Self.evaluate(p)
            var more = p
            more.retries += 1
            #expect(try Self.evaluate(more).failure <= base.failure, "\(more)")
            if p.strategy == .replicate && p.replicas + 1 <= p.servers - 1 {
                var wider = p
                wider.replicas += 1
                #expect(try Self.evaluate(wider).failure <= base.failure, "\(wider)")
            }
        }
    }

    /// Uniform pools, local strategy: (1 − 1/N)^(k+1), derived by hand, at any size.
    @Test(arguments: sizes)
    func localFailureClosedFormByHand(n: BigInt) throws {
        for k in [0, 1, 5] {
            let r = try CallbackEngine.evaluate(Parameters(servers: n, retries: k))
            #expect(r.failure == (.one - Rational(BigInt(1), n)).power(k + 1))
        }
    }

    /// Replicate over uniform servers: 1 − (1+r)/N per attempt, by hand.
    @Test func replicateByHand() throws {
        for (n, r) in [(10, 2), (40, 5), (1000, 999)] {
            let p = Parameters(servers: BigInt(n), strategy: .replicate, replicas: BigInt(r))
            #expect(try CallbackEngine.evaluate(p).failure == .one - Rational(1 + r, n))
        }
    }
}

/// Out-of-range values are refused with the value and the allowed range named.
struct ValidationTests {
    @Test(arguments: [
        (Parameters(servers: 0), ParameterName.servers),
        (Parameters(servers: 1_000_000_001), .servers),
        (Parameters(canaryShare: 1), .canary),
        (Parameters(canaryShare: Rational(-1, 10)), .canary),
        (Parameters(servers: 5, canaryShare: Rational(1, 10), canaryServers: 5), .canaryServers),
        (Parameters(servers: 1, canaryShare: Rational(1, 10)), .canary),
        (Parameters(retries: 101), .retries),
        (Parameters(servers: 3, strategy: .replicate, replicas: 3), .replicas),
        (Parameters(ordersPerMinute: 0), .ordersPerMinute),
        (Parameters(orderValue: -1), .orderValue),
        (Parameters(slo: 1), .slo),
    ])
    func refuses(_ p: Parameters, _ name: ParameterName) {
        #expect(throws: ParameterError.self) { try p.validate() }
        do { try p.validate() } catch { #expect(error.parameter == name) }
    }

    @Test func canaryServersIgnoredWithoutCanary() throws {
        try Parameters(servers: 3, canaryServers: 7).validate()
        try Parameters(servers: 3, strategy: .local, replicas: 9).validate()
    }
}
