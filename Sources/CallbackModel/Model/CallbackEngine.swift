import BigInt

/// Which world the program runs in: the lifted pools (any N) or every server named (small N).
public enum EngineMode: Sendable {
    case lifted
    case enumerated
}

public enum CallbackEngine {
    /// Largest N the server-by-server enumeration accepts (it is for checking, not for use).
    public static let maxEnumeratedServers = BigInt(12)

    /// Validates the parameters and infers the result. Throws `ParameterError` or `EngineLimit`.
    public static func evaluate(_ parameters: Parameters, mode: EngineMode = .lifted) throws -> CallbackResult {
        try parameters.validate()
        try CostBound.check(parameters)
        let topology = Topology(parameters)
        switch mode {
        case .lifted:
            return try evaluate(parameters, in: LiftedPools(topology))
        case .enumerated:
            guard parameters.servers <= maxEnumeratedServers else {
                throw EngineLimit("enumeration names every server; it accepts at most \(maxEnumeratedServers)")
            }
            return try evaluate(parameters, in: EnumeratedServers(topology))
        }
    }

    static func evaluate<S: ServerSpace>(_ parameters: Parameters, in space: S) throws -> CallbackResult {
        let program = CallbackProgram(space: space, strategy: parameters.strategy,
                                      retries: parameters.retries, replicas: parameters.replicas)
        let trace = try program.run()
        let final = trace.final
        var byOrigin: [Pool: Rational] = [:]
        for pool in space.topology.pools {
            if let given = final.conditioned(on: { space.pool(of: $0.origin) == pool }) {
                byOrigin[pool] = given.probability { !$0.found }
            }
        }
        let firstRoutes = final.map(\.firstRoute)
        var routing: [RouteCase: Rational] = [:]
        for c in RouteCase.allCases { routing[c] = firstRoutes[c] }
        return CallbackResult(
            parameters: parameters,
            failure: final.probability { !$0.found },
            failureByOrigin: byOrigin,
            routing: routing,
            expectedAttempts: trace.expectedAttempts,
            writesPerOrder: final.expectation { Rational($0.writes) }
        )
    }
}
