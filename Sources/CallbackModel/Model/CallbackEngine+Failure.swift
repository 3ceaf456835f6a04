import BigInt

extension CallbackEngine {
    /// P(fail) alone for the program with an incident (SPEC §6). An incident's run is read
    /// for its failure only (`IncidentReport`), and at 100 retries the answers nobody reads
    /// (failure by origin, E[attempts], routing) cost as much again as the failure.
    /// The same program and the same mixture as `evaluate(_:incident:hashing:)`, for
    /// parameters the engine has already validated and costed: a steady result's (a
    /// `CallbackResult` comes only from the engine), so they are not checked again.
    static func failure(_ parameters: Parameters, incident: Incident, hashing: Hashing = .consistent) throws -> Rational {
        let topology = Topology(parameters)
        if let why = incident.impossibility(topology) { throw EngineLimit(why) }
        let program = CallbackProgram(space: LiftedPools(topology, incident: incident, hashing: hashing), strategy: parameters.strategy,
                                      retries: parameters.retries, replicas: Rational(parameters.replicas),
                                      routing: parameters.callbackRouting)
        var failure = PowerSum(exponent: parameters.retries + 1)
        for component in try program.mixture() { failure.add(component.weight, times: component.miss) }
        return failure.value
    }
}
