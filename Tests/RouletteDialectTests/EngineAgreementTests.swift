import CallbackModel
import RouletteDialect
import Testing

/// The engine's model and the scenario programs are two independent derivations of the
/// same story: they must agree exactly.
struct EngineAgreementTests {
    /// compare.rkt's lines, in order, and the engine configuration each one models.
    static let cases: [(line: Int, parameters: Parameters)] = [
        (0, Parameters(servers: 2)),
        (1, Parameters(servers: 10)),
        (2, Parameters(servers: 100)),
        (3, Parameters(servers: 2, canaryShare: Rational(1, 10), canaryServers: 1)),
        (4, Parameters(servers: 10, retries: 2)),
        (5, Parameters(servers: 10, strategy: .replicate, replicas: 2)),
        (7, Parameters(servers: 10, strategy: .shared)),
    ]

    @Test func compareScenarioMatchesTheEngine() throws {
        let printed = try ScenarioTests.run("compare.rkt", style: .fractions)
        for (line, parameters) in Self.cases {
            let program = printed[line].split(separator: " ").last.flatMap { Rational(exactText: String($0)) }
            #expect(program == (try CallbackEngine.evaluate(parameters).failure), "\(printed[line])")
        }
    }

    @Test func tenServersScenarioMatchesTheEngine() throws {
        let failure = try CallbackEngine.evaluate(Parameters(servers: 10)).failure
        #expect(try ScenarioTests.run("ten-servers.rkt", style: .fractions).last == "(pmf | #t ↦ \(Rational.one - failure) | #f ↦ \(failure))")
    }

    @Test func nServersScenarioMatchesTheEngine() throws {
        let printed = try ScenarioTests.run("n-servers.rkt", style: .fractions)
        for (line, n) in [2, 3, 5, 10, 20, 50, 100].enumerated() {
            let failure = try CallbackEngine.evaluate(Parameters(servers: .init(n))).failure
            #expect(printed[line] == "\(n) servers: callback fails \(failure)")
        }
    }
}
