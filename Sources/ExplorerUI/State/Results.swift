import BigInt
import CallbackModel

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
        if results.count >= Self.capacity { results.removeAll(keepingCapacity: true) }
        let r: Result<CallbackResult, ResultError>
        do {
            r = .success(try CallbackEngine.evaluate(p))
        } catch let e as ParameterError {
            r = .failure(ResultError(message: e.description))
        } catch {
            r = .failure(ResultError(message: "\(error)"))
        }
        results[p] = r
        return r
    }

    /// The data a state's view draws.
    public func data(for state: ExplorerState) -> ScreenData {
        let p = state.parameters
        var data = ScreenData(current: result(p))
        if state.view == .overview || state.view == .compare {
            data.compare = Strategy.allCases.map { s in
                var q = p
                q.strategy = s
                return Row(key: s, outcome: outcome(result(q)))
            }
        }
        if state.view == .overview || state.view == .sweep {
            data.sweep = Self.sweepServers(around: p.servers).map { n in
                var q = p
                q.servers = n
                return Row(key: n, outcome: outcome(result(q)))
            }
        }
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
