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
}
