/// Where the first callback attempt lands relative to the server that took the order.
public enum RouteCase: String, CaseIterable, Sendable, Hashable {
    case sameServer = "same server"
    case samePoolOtherServer = "same pool, other server"
    case stableToCanary = "stable → canary"
    case canaryToStable = "canary → stable"

    public var key: String {
        switch self {
        case .sameServer: "same_server"
        case .samePoolOtherServer: "same_pool_other_server"
        case .stableToCanary: "stable_to_canary"
        case .canaryToStable: "canary_to_stable"
        }
    }

    // Hash and compare by case, not by the raw string (see Pool): the engine merges
    // states that carry a route case on every attempt.
    private var ordinal: Int {
        switch self {
        case .sameServer: 0
        case .samePoolOtherServer: 1
        case .stableToCanary: 2
        case .canaryToStable: 3
        }
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
    public static func == (a: RouteCase, b: RouteCase) -> Bool { a.ordinal == b.ordinal }
}
