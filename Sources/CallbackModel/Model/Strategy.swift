/// Where an order's state lives and how a callback finds it (SPEC §1).
public enum Strategy: String, CaseIterable, Sendable, Hashable {
    case local
    case shared
    case affinity
    case broadcast
    case replicate
    case canaryFallback = "canary-fallback"

    public var name: String { rawValue }

    public var complexity: String {
        switch self {
        case .local: "none (the bug)"
        case .shared: "low"
        case .affinity: "medium"
        case .broadcast: "high"
        case .replicate: "high"
        case .canaryFallback: "medium"
        }
    }

    public var next: Strategy {
        let all = Strategy.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    public var previous: Strategy {
        let all = Strategy.allCases
        return all[(all.firstIndex(of: self)! + all.count - 1) % all.count]
    }
}

/// The two routing pools of the load balancer.
public enum Pool: String, CaseIterable, Sendable, Hashable {
    case stable
    case canary

    // A raw-valued enum hashes and compares its raw string by default; pools sit in every
    // state the engine merges, so use the case alone.
    public func hash(into hasher: inout Hasher) { hasher.combine(self == .stable) }
    public static func == (a: Pool, b: Pool) -> Bool {
        switch (a, b) {
        case (.stable, .stable), (.canary, .canary): true
        default: false
        }
    }
}
