import BigInt

/// A computed point, or why that point cannot be computed (e.g. a canary at N = 1).
public enum RowOutcome: Sendable, Hashable {
    case result(CallbackResult)
    case unavailable(String)
}

/// One row of a sweep or comparison: a result, or why that point cannot be computed.
public struct Row<Key: Sendable & Hashable>: Sendable, Hashable {
    public let key: Key
    public let outcome: RowOutcome

    public init(key: Key, outcome: RowOutcome) {
        self.key = key
        self.outcome = outcome
    }

    public var result: CallbackResult? {
        if case .result(let r) = outcome { return r }
        return nil
    }
}

public enum Explorations {
    public static let defaultSweepServers: [BigInt] = [1, 2, 3, 5, 10, 20, 50, 100, 1000]

    /// Failure against N with everything else fixed.
    public static func sweep(_ base: Parameters, servers: [BigInt] = defaultSweepServers) -> [Row<BigInt>] {
        sweepConfigurations(base, servers: servers).map { Row(key: $0.0, outcome: outcome($0.1)) }
    }

    /// Every strategy at the same parameters.
    public static func compare(_ base: Parameters) -> [Row<Strategy>] {
        compareConfigurations(base).map { Row(key: $0.0, outcome: outcome($0.1)) }
    }

    /// The configurations a sweep evaluates, by server count.
    public static func sweepConfigurations(_ base: Parameters, servers: [BigInt] = defaultSweepServers) -> [(BigInt, Parameters)] {
        servers.map { n in
            var p = base
            p.servers = n
            return (n, p)
        }
    }

    /// The configurations a comparison evaluates, by strategy.
    public static func compareConfigurations(_ base: Parameters) -> [(Strategy, Parameters)] {
        Strategy.allCases.map { s in
            var p = base
            p.strategy = s
            return (s, p)
        }
    }

    /// One configuration's answer, or why it has none (out of range, too costly).
    public static func outcome(_ p: Parameters) -> RowOutcome {
        do {
            return .result(try CallbackEngine.evaluate(p))
        } catch let e as ParameterError {
            return .unavailable(e.description)
        } catch {
            return .unavailable("\(error)")
        }
    }
}
