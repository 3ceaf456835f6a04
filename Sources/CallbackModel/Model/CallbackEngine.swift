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
    /// `stepByStep` runs the k+1 attempts one by one instead of through the mixture
    /// (`CallbackProgram.mixture`): slower, and kept as the tests' oracle.
    public static func evaluate(_ parameters: Parameters, mode: EngineMode = .lifted, stepByStep: Bool = false) throws -> CallbackResult {
        var result = try evaluate(parameters, incident: nil, mode: mode, stepByStep: stepByStep)
        if parameters.incidents.isAsked { result.incidents = try IncidentReport(result) }
        return result
    }

    /// The same program with an incident between placement and the callbacks (SPEC §6).
    public static func evaluate(_ parameters: Parameters, incident: Incident?, hashing: Hashing = .consistent,
                                mode: EngineMode = .lifted, stepByStep: Bool = false) throws -> CallbackResult {
        try parameters.validate()
        try CostBound.check(parameters)
        let topology = Topology(parameters)
        if let incident, let why = incident.impossibility(topology) { throw EngineLimit(why) }
        switch mode {
        case .lifted:
            let space = incident.map { LiftedPools(topology, incident: $0, hashing: hashing) } ?? LiftedPools(topology)
            return try evaluate(parameters, in: space, stepByStep: stepByStep)
        case .enumerated:
            guard incident == nil else {
                throw EngineLimit("incidents are computed on the lifted pools; the tests' brute-force oracle checks them")
            }
            guard parameters.servers <= maxEnumeratedServers else {
                throw EngineLimit("enumeration names every server; it accepts at most \(maxEnumeratedServers)")
            }
            return try evaluate(parameters, in: EnumeratedServers(topology), stepByStep: stepByStep)
        }
    }

    static func evaluate<S: ServerSpace>(_ parameters: Parameters, in space: S, stepByStep: Bool) throws -> CallbackResult where S.W == Rational {
        let program = CallbackProgram(space: space, strategy: parameters.strategy,
                                      retries: parameters.retries, replicas: Rational(parameters.replicas),
                                      routing: parameters.callbackRouting)
        return stepByStep ? try stepwise(program, parameters) : try mixture(program, parameters)
    }

    /// Every number from the mixture Σᵢ pᵢ·mᵢ^(k+1) (see `CallbackProgram.mixture`):
    /// one attempt step, then powers by squaring instead of k+1 steps.
    static func mixture<S: ServerSpace>(_ program: CallbackProgram<S>, _ parameters: Parameters) throws -> CallbackResult where S.W == Rational {
        let space = program.space
        let components = try program.mixture()
        let attempts = parameters.retries + 1
        // Sums of p·m^(k+1) are long; `PowerSum` adds them over one denominator.
        var failure = PowerSum(exponent: attempts), expectedAttempts = PowerSum(exponent: attempts)
        var writes = Rational.zero
        var poolMass: [Pool: Rational] = [:], poolFailure: [Pool: PowerSum] = [:]
        var routing: [RouteCase: Rational] = [:]
        for c in RouteCase.allCases { routing[c] = .zero }
        for component in components {
            let p = component.weight, m = component.miss
            failure.add(p, times: m)
            // E[attempts | i] = Σ_{j<k+1} m^j = (1 − m^(k+1))/(1 − m), or k+1 when m = 1;
            // p·(1 − m^(k+1))/(1 − m) = q − q·m^(k+1) with q = p/(1 − m).
            if m == .one {
                expectedAttempts.add(p * Rational(attempts))
            } else {
                let q = p / (.one - m)
                expectedAttempts.add(q)
                expectedAttempts.add(-q, times: m)
            }
            writes += p * component.placed.writes
            let pool = space.pool(of: component.placed.origin)
            poolMass[pool, default: .zero] += p
            poolFailure[pool, default: PowerSum(exponent: attempts)].add(p, times: m)
            for (run, q) in component.firstAttempt.support {
                if let route = run.firstRoute { routing[route]! += p * q }
            }
        }
        var byOrigin: [Pool: Rational] = [:], powers: [BigInt: BigInt] = [:]
        for pool in space.pools {
            if let mass = poolMass[pool], !mass.isZero { byOrigin[pool] = poolFailure[pool]!.value(sharing: &powers) / mass }
        }
        return CallbackResult(parameters: parameters, failure: failure.value(sharing: &powers), failureByOrigin: byOrigin, routing: routing,
                              expectedAttempts: expectedAttempts.value(sharing: &powers), writesPerOrder: writes)
    }

    /// The k+1 attempts one by one, and every number as a query on the final distribution.
    static func stepwise<S: ServerSpace>(_ program: CallbackProgram<S>, _ parameters: Parameters) throws -> CallbackResult where S.W == Rational {
        let space = program.space
        let trace = try program.runStepByStep()
        let final = trace.final
        var byOrigin: [Pool: Rational] = [:]
        for pool in space.pools {
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
            writesPerOrder: final.expectation { $0.writes }
        )
    }
}
