import BigInt

/// The callback story as a probabilistic program over a `ServerSpace`:
/// the order is routed, its state is written according to the strategy, then up to
/// k+1 callback attempts are routed and look the order up. The engine infers every
/// number in the report from the distribution this program produces.
public struct CallbackProgram<Space: ServerSpace> {
    public let space: Space
    public let strategy: Strategy
    public let retries: Int
    public let replicas: BigInt

    public init(space: Space, strategy: Strategy, retries: Int, replicas: BigInt) {
        self.space = space
        self.strategy = strategy
        self.retries = retries
        self.replicas = replicas
    }

    /// The program's state between steps. Once the order is found, the holders no longer
    /// matter and are forgotten, so finished runs merge.
    public struct Run: Hashable, Sendable {
        public var origin: Space.Server
        public var holders: Space.Holders?
        public var writes: BigInt
        public var firstRoute: RouteCase?
        public var found: Bool
    }

    /// The final distribution plus E[attempts] = Σ over attempts of P(that attempt is made).
    public struct Trace {
        public let final: Distribution<Run>
        public let expectedAttempts: Rational
    }

    public func run() throws(EngineLimit) -> Trace {
        let n = space.topology.servers
        var state: Distribution<Run> = try space.routeOrder().flatMap { (origin: Space.Server) throws(EngineLimit) -> Distribution<Run> in
            switch strategy {
            case .local, .affinity:
                return .certain(Run(origin: origin, holders: space.originOnly(origin), writes: 1, firstRoute: nil, found: false))
            case .shared:
                return .certain(Run(origin: origin, holders: space.sharedStore(origin), writes: 1, firstRoute: nil, found: false))
            case .broadcast:
                return .certain(Run(origin: origin, holders: space.everyServer(origin), writes: n, firstRoute: nil, found: false))
            case .replicate:
                return try space.originPlusRandomServers(origin, count: replicas).map {
                    Run(origin: origin, holders: $0, writes: 1 + replicas, firstRoute: nil, found: false)
                }
            case .canaryFallback:
                // Stable servers share one store, and a canary that misses falls back to it;
                // a canary-origin order lives only on that canary.
                let holders = space.pool(of: origin) == .stable ? space.sharedStore(origin) : space.originOnly(origin)
                return .certain(Run(origin: origin, holders: holders, writes: 1, firstRoute: nil, found: false))
            }
        }
        // An incident (a scale event, a crash) happens after the state is placed and before
        // the callbacks: it may take the origin or holders away (SPEC §6).
        state = try state.flatMap { (run: Run) throws(EngineLimit) -> Distribution<Run> in
            try space.incidentStep(origin: run.origin, holders: run.holders!, pinned: strategy == .affinity).map { placed in
                var next = run
                next.origin = placed.origin
                next.holders = placed.holders
                return next
            }
        }
        // Every attempt for an order from the same origin is routed the same way: build
        // each origin's routing choice once rather than once per attempt per state.
        var routes: [Space.Server: Distribution<Space.Server>] = [:]
        for origin in Set(state.outcomes.map(\.origin)) {
            routes[origin] = strategy == .affinity ? .certain(origin) : space.routeCallback(origin: origin)
        }
        var attempts = UnreducedSum()
        for _ in 0 ... retries {
            attempts.add(state.unreducedProbability { !$0.found })
            state = state.flatMap { attempt($0, landing: routes[$0.origin]!) }
        }
        return Trace(final: state, expectedAttempts: attempts.value)
    }

    /// One callback attempt: routed (or pinned by affinity), then a lookup.
    func attempt(_ run: Run, landing: Distribution<Space.Server>) -> Distribution<Run> {
        guard !run.found, let holders = run.holders else { return .certain(run) }
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

    func routeCase(from origin: Space.Server, to server: Space.Server) -> RouteCase {
        if space.isSameServer(origin, server) { return .sameServer }
        switch (space.pool(of: origin), space.pool(of: server)) {
        case (.stable, .canary): return .stableToCanary
        case (.canary, .stable): return .canaryToStable
        default: return .samePoolOtherServer
        }
    }
}
