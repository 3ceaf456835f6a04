import BigInt
import CallbackModel

/// The engine's answers the explorer has, by configuration. A value in the model, so a
/// frame is a pure function of state and answers; the loop fills it from evaluations it
/// runs off the input thread. Undo and keys that change no parameter cost nothing.
public struct Answers: Sendable, Equatable {
    private var outcomes: [Parameters: RowOutcome] = [:]
    /// Enough for every configuration of a long session's views; past it the oldest
    /// generation is dropped whole rather than tracking recency per entry.
    static let capacity = 5_000

    public init() {}

    public subscript(_ p: Parameters) -> RowOutcome? { outcomes[p] }

    public var count: Int { outcomes.count }

    public mutating func record(_ answers: [Evaluated]) {
        if outcomes.count + answers.count > Self.capacity { outcomes.removeAll(keepingCapacity: true) }
        for a in answers { outcomes[a.parameters] = a.outcome }
    }

    /// Of these configurations, the ones with no answer yet, in order.
    public func missing(_ configurations: [Parameters]) -> [Parameters] {
        var seen = Set<Parameters>()
        return configurations.filter { outcomes[$0] == nil && seen.insert($0).inserted }
    }
}

/// One configuration and what the engine said about it.
public struct Evaluated: Sendable, Equatable {
    public let parameters: Parameters
    public let outcome: RowOutcome

    public init(_ parameters: Parameters, _ outcome: RowOutcome) {
        self.parameters = parameters
        self.outcome = outcome
    }

    /// Runs the engine: the only place the explorer calls it.
    public static func evaluate(_ p: Parameters) -> Evaluated {
        let outcome = Explorations.outcome(p)
        if case .result(let r) = outcome { Panels.prepare(r) }
        return Evaluated(p, outcome)
    }
}

/// What the visible view draws, looked up in the answers; nil where an answer is still
/// being computed.
public struct ScreenData: Sendable {
    public var current: RowOutcome?
    public var compare: [Row<Strategy>]?
    public var sweep: [Row<BigInt>]?
    /// A slide's words with their live values.
    public var narration: [String]?

    public init(current: RowOutcome?, compare: [Row<Strategy>]? = nil, sweep: [Row<BigInt>]? = nil, narration: [String]? = nil) {
        self.current = current
        self.compare = compare
        self.sweep = sweep
        self.narration = narration
    }

    /// Configurations a state's view needs, the headline's first.
    public static func needs(_ state: ExplorerState) -> [Parameters] {
        let p = state.parameters
        let words = state.presentation?.slide.narration.configurations(at: p) ?? []
        return [p] + comparing(state).map(\.1) + sweeping(state).map(\.1) + words
    }

    public init(_ state: ExplorerState, _ answers: Answers) {
        current = answers[state.parameters]
        narration = state.presentation?.slide.narration.render(at: state.parameters) { answers[$0] }
        let compare = Self.comparing(state), sweep = Self.sweeping(state)
        // A table is drawn only once every row is known, so rows never jump about.
        if !compare.isEmpty, compare.allSatisfy({ answers[$0.1] != nil }) {
            self.compare = compare.map { Row(key: $0.0, outcome: answers[$0.1]!) }
        }
        if !sweep.isEmpty, sweep.allSatisfy({ answers[$0.1] != nil }) {
            self.sweep = sweep.map { Row(key: $0.0, outcome: answers[$0.1]!) }
        }
    }

    static func comparing(_ state: ExplorerState) -> [(Strategy, Parameters)] {
        switch state.view {
        case .overview, .compare: return Explorations.compareConfigurations(state.parameters)
        case .incidents: return Explorations.compareConfigurations(incidentParameters(state.parameters))
        default: return []
        }
    }

    /// The incidents view shows a scale event even before one is set: to N + 1.
    public static func incidentParameters(_ p: Parameters) -> Parameters {
        var q = p
        if q.incidents.scaleTo == nil { q.incidents.scaleTo = p.servers + 1 }
        return q
    }

    static func sweeping(_ state: ExplorerState) -> [(BigInt, Parameters)] {
        guard state.view == .overview || state.view == .sweep else { return [] }
        return Explorations.sweepConfigurations(state.parameters, servers: sweepServers(around: state.parameters.servers,
                                                                                        rows: sweepRows(state)))
    }

    /// Points added, in this order, when the sweep panel has rows to spare (a tall terminal).
    static let extraSweepServers: [BigInt] = [4, 7, 15, 30, 200, 500, 10_000, 100_000, 1_000_000, 1_000_000_000]

    /// The standard sweep with the current N added in its place, and more points while
    /// they fit in `rows`.
    static func sweepServers(around n: BigInt, rows: Int = 0) -> [BigInt] {
        var list = Explorations.defaultSweepServers
        if !list.contains(n) { list.append(n) }
        for extra in extraSweepServers where list.count < rows && !list.contains(extra) { list.append(extra) }
        return list.sorted()
    }

    /// Rows the sweep panel has for points (the standard ones always count as fitting;
    /// a slide's text takes room, so slides keep the standard sweep).
    static func sweepRows(_ state: ExplorerState) -> Int {
        guard state.presentation == nil, let layout = Layout.of(state.size) else { return 0 }
        switch state.view {
        case .sweep: return layout.body.height - 1
        // In the overview the sweep has half the width: extra points only where that half is
        // wide enough for their labels and fractions.
        case .overview where layout.body.width >= 2 * Screen.twoColumns: return layout.body.height - 1
        default: return 0
        }
    }
}
