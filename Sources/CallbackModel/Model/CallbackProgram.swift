import BigInt

/// The callback story as a probabilistic program over a `ServerSpace`:
/// the order is routed, its state is written according to the strategy, then up to
/// k+1 callback attempts are routed and look the order up. The engine infers every
/// number in the report from what this program produces.
///
/// The program is generic in its weights: over `Rational` it is the numeric engine, over
/// `RationalFunction` (with `SymbolicPools`) it derives the same answers as formulas.
public struct CallbackProgram<Space: ServerSpace> {
    public typealias W = Space.W

    public let space: Space
    public let strategy: Strategy
    public let retries: Int
    public let replicas: W
    public let routing: CallbackRouting

    public init(space: Space, strategy: Strategy, retries: Int, replicas: W, routing: CallbackRouting) {
        self.space = space
        self.strategy = strategy
        self.retries = retries
        self.replicas = replicas
        self.routing = routing
    }

    /// Callbacks pinned by the provider's address: one landing and one lookup for every
    /// attempt. Affinity routes by the order id instead, so it is never pinned this way.
    var pinnedByProvider: Bool { routing == .providerAddress && strategy != .affinity }

    /// The program's state between steps. Once the order is found, the holders no longer
    /// matter and are forgotten, so finished runs merge.
    public struct Run: Hashable, Sendable {
        public var origin: Space.Server
        public var holders: Space.Holders?
        public var writes: W
        public var firstRoute: RouteCase?
        public var found: Bool
        /// With callbacks pinned by the provider's address: the server they all land on
        /// and whether the order is found there (decided once, at placement).
        public var pin: Pin?
    }

    public struct Pin: Hashable, Sendable {
        public let server: Space.Server
        public let found: Bool
    }

    /// Step one: the order is routed and its state written where the strategy says; then
    /// any incident (a scale event, a crash) happens before the callbacks (SPEC §6).
    public func placement() throws(EngineLimit) -> Weighted<Run, W> {
        let placed = try written().flatMap { (run: Run) throws(EngineLimit) -> Weighted<Run, W> in
            try space.incidentStep(origin: run.origin, holders: run.holders!, pinned: strategy == .affinity).map { placed in
                var next = run
                next.origin = placed.origin
                next.holders = placed.holders
                return next
            }
        }
        guard pinnedByProvider else { return placed }
        // The provider's address maps to a server of those live when callbacks come.
        return placed.flatMap { run in
            space.routeCallback(origin: run.origin).flatMap { server in
                space.finds(run.holders!, at: server, origin: run.origin).map { found in
                    var next = run
                    next.pin = Pin(server: server, found: found)
                    return next
                }
            }
        }
    }

    func written() throws(EngineLimit) -> Weighted<Run, W> {
        let n = space.serverCount
        return try space.routeOrder().flatMap { (origin: Space.Server) throws(EngineLimit) -> Weighted<Run, W> in
            func placed(_ holders: Space.Holders, writes: W = .one) -> Run {
                Run(origin: origin, holders: holders, writes: writes, firstRoute: nil, found: false, pin: nil)
            }
            switch strategy {
            case .local, .affinity:
                return .certain(placed(space.originOnly(origin)))
            case .shared:
                return .certain(placed(space.sharedStore(origin)))
            case .broadcast:
                return .certain(placed(space.everyServer(origin), writes: n))
            case .replicate:
                return try space.originPlusRandomServers(origin, count: replicas).map { placed($0, writes: .one + replicas) }
            case .canaryFallback:
                // Stable servers share one store, and a canary that misses falls back to it;
                // a canary-origin order lives only on that canary.
                let holders = space.pool(of: origin) == .stable ? space.sharedStore(origin) : space.originOnly(origin)
                return .certain(placed(holders))
            }
        }
    }

    /// Where a callback attempt for an order from `origin` lands: routed, or pinned by affinity.
    func landing(_ origin: Space.Server) -> Weighted<Space.Server, W> {
        strategy == .affinity ? .certain(origin) : space.routeCallback(origin: origin)
    }

    /// One callback attempt: routed (or pinned by affinity), then a lookup.
    func attempt(_ run: Run, landing: Weighted<Space.Server, W>) -> Weighted<Run, W> {
        guard !run.found, let holders = run.holders else { return .certain(run) }
        if let pin = run.pin {
            var next = run
            next.firstRoute = run.firstRoute ?? routeCase(from: run.origin, to: pin.server)
            next.found = pin.found
            if pin.found { next.holders = nil }
            return .certain(next)
        }
        return landing.flatMap { server in
            space.finds(holders, at: server, origin: run.origin).map { found in
                var next = run
                next.firstRoute = run.firstRoute ?? routeCase(from: run.origin, to: server)
                next.found = found
                if found { next.holders = nil }
                return next
            }
        }
    }

    /// One placement case of the mixture: its probability, what the first attempt does
    /// given it, and the probability m that one attempt misses.
    public struct Component {
        public let placed: Run
        public let weight: W
        /// The first attempt, given this placement (weights sum to 1).
        public let firstAttempt: Weighted<Run, W>
        public let miss: W
    }

    /// The program as a finite mixture over placements, derived by running the placement
    /// step and then exactly one attempt step from each placement.
    ///
    /// Why this is the whole program. Fix a placement i (origin o, holders h, and with
    /// callbacks pinned by the provider's address the pinned server and its lookup; probability
    /// pᵢ). A pinned attempt repeats the pinned outcome, so mᵢ is 0 or 1 and mᵢ^(k+1) = mᵢ. An attempt's landing is drawn from `landing(o)`, which depends on o only, and
    /// its lookup from `finds(h, at: s, origin: o)`, which depends on (h, s, o) only: state
    /// never moves and nothing an attempt does changes o or h. So, given i, the attempts
    /// are independent and identically distributed, each missing with probability
    /// mᵢ = P(attempt misses | i), the `found == false` mass of one `attempt` step. The
    /// program stops at the first hit and makes at most k+1 attempts, hence
    ///   P(all k+1 miss | i) = mᵢ^(k+1), and by total probability
    ///   P(fail) = Σᵢ pᵢ·mᵢ^(k+1).
    /// Attempt j+1 (j = 0…k) is made iff the first j missed, with probability mᵢ^j, so
    ///   E[attempts | i] = Σ_{j=0}^{k} mᵢ^j = (1 − mᵢ^(k+1))/(1 − mᵢ)   (k+1 when mᵢ = 1),
    ///   E[attempts] = Σᵢ pᵢ·(1 − mᵢ^(k+1))/(1 − mᵢ).
    /// The first attempt's route is recorded by the first attempt alone, so the routing
    /// breakdown is Σᵢ pᵢ·P(route | i), the same for every k. Conditioning on the origin
    /// pool keeps the components of that pool: P(fail | pool) = Σ_{i∈pool} pᵢ·mᵢ^(k+1) / Σ_{i∈pool} pᵢ.
    /// `runStepByStep` runs the k+1 attempts one by one; tests hold the two to each other.
    public func mixture() throws(EngineLimit) -> [Component] {
        try placement().support.map { placed, weight in
            let first = attempt(placed, landing: landing(placed.origin))
            return Component(placed: placed, weight: weight, firstAttempt: first, miss: first.probability { !$0.found })
        }
    }

    func routeCase(from origin: Space.Server, to server: Space.Server) -> RouteCase {
        if space.isSameServer(origin, server) { return .sameServer }
        switch (space.pool(of: origin), space.pool(of: server)) {
        case (.stable, .canary): return .stableToCanary
        case (.canary, .stable): return .canaryToStable
        default: return .samePoolOtherServer
        }
    }
}

extension CallbackProgram where Space.W == Rational {
    /// The final distribution plus E[attempts] = Σ over attempts of P(that attempt is made).
    public struct Trace {
        public let final: Distribution<Run>
        public let expectedAttempts: Rational
    }

    /// The program run attempt by attempt, k+1 steps on the numeric core: the engine's
    /// evaluation before the mixture, kept as the oracle the mixture is tested against.
    public func runStepByStep() throws(EngineLimit) -> Trace {
        var state = try placement().distribution
        // Every attempt for an order from the same origin is routed the same way.
        var routes: [Space.Server: Weighted<Space.Server, Rational>] = [:]
        for origin in Set(state.outcomes.map(\.origin)) { routes[origin] = landing(origin) }
        var attempts = UnreducedSum()
        for _ in 0 ... retries {
            attempts.add(state.unreducedProbability { !$0.found })
            state = state.flatMap { attempt($0, landing: routes[$0.origin]!).distribution }
        }
        return Trace(final: state, expectedAttempts: attempts.value)
    }
}
