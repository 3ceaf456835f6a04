import BigInt
import CallbackModel
import Dispatch

/// The engine's answers for one frame: only what the visible view needs.
public struct ScreenData: Sendable {
    public var current: Result<CallbackResult, ResultError>
    public var compare: [Row<Strategy>]?
    public var sweep: [Row<BigInt>]?
}

/// Why the engine has no answer (parameters out of range or too costly), as text.
public struct ResultError: Error, Sendable, Equatable {
    public let message: String
}

/// Memoises engine results by parameters, so a key that does not change them (a view,
/// focus or help key) costs nothing, and undo is instant. The reducer never calls it.
public final class ResultCache {
    private var results: [Parameters: Result<CallbackResult, ResultError>] = [:]
    private static let capacity = 5_000

    public init() {}

    public func result(_ p: Parameters) -> Result<CallbackResult, ResultError> {
        if let cached = results[p] { return cached }
        let r = Self.evaluate(p)
        store(p, r)
        return r
    }

    private func store(_ p: Parameters, _ r: Result<CallbackResult, ResultError>) {
        if results.count >= Self.capacity { results.removeAll(keepingCapacity: true) }
        results[p] = r
    }

    private static func evaluate(_ p: Parameters) -> Result<CallbackResult, ResultError> {
        do {
            return .success(try CallbackEngine.evaluate(p))
        } catch let e as ParameterError {
            return .failure(ResultError(message: e.description))
        } catch {
            return .failure(ResultError(message: "\(error)"))
        }
    }

    /// Evaluates every configuration not yet cached on all cores at once: a new N in the
    /// overview needs sixteen, each up to ~10 ms at 100 retries. The engine is pure.
    func prefetch(_ configurations: [Parameters]) {
        let missing = Array(Set(configurations.filter { results[$0] == nil }))
        guard missing.count > 1 else { return }
        let answers = Answers(count: missing.count)
        DispatchQueue.concurrentPerform(iterations: missing.count) { i in
            answers.set(i, Self.evaluate(missing[i]))
        }
        for (p, r) in zip(missing, answers.values) { store(p, r) }
    }

    /// The data a state's view draws.
    public func data(for state: ExplorerState) -> ScreenData {
        let p = state.parameters
        let strategies = state.view == .overview || state.view == .compare ? Strategy.allCases : []
        let servers = state.view == .overview || state.view == .sweep ? Self.sweepServers(around: p.servers) : []
        let compare = strategies.map { s in var q = p; q.strategy = s; return (s, q) }
        let sweep = servers.map { n in var q = p; q.servers = n; return (n, q) }
        prefetch([p] + compare.map(\.1) + sweep.map(\.1))
        var data = ScreenData(current: result(p))
        if !compare.isEmpty { data.compare = compare.map { Row(key: $0.0, outcome: outcome(result($0.1))) } }
        if !sweep.isEmpty { data.sweep = sweep.map { Row(key: $0.0, outcome: outcome(result($0.1))) } }
        return data
    }

    /// The standard sweep with the current N added in its place.
    static func sweepServers(around n: BigInt) -> [BigInt] {
        var list = Explorations.defaultSweepServers
        if !list.contains(n) { list.append(n); list.sort() }
        return list
    }

    private func outcome(_ r: Result<CallbackResult, ResultError>) -> RowOutcome {
        switch r {
        case .success(let v): .result(v)
        case .failure(let e): .unavailable(e.message)
        }
    }
}

/// One slot per parallel evaluation; each index is written by exactly one iteration.
private final class Answers: @unchecked Sendable {
    private(set) var values: [Result<CallbackResult, ResultError>]
    init(count: Int) { values = Array(repeating: .failure(ResultError(message: "not evaluated")), count: count) }
    func set(_ i: Int, _ r: Result<CallbackResult, ResultError>) {
        values.withUnsafeMutableBufferPointer { $0[i] = r }
    }
}
