import CallbackModel

/// The parameters the explorer lets you change, in header order.
public enum Field: Int, CaseIterable, Sendable {
    case servers, canary, canaryServers, strategy, retries, replicas

    public var label: String {
        switch self {
        case .servers: "Servers"
        case .canary: "Canary"
        case .canaryServers: "Canary N"
        case .strategy: "Strategy"
        case .retries: "Retries"
        case .replicas: "Replicas"
        }
    }

    /// The model's symbol (SPEC §5), for a header too narrow for the names; the strategy
    /// shows its value alone.
    public var symbol: String {
        switch self {
        case .servers: "N"
        case .canary: "c"
        case .canaryServers: "M"
        case .strategy: ""
        case .retries: "k"
        case .replicas: "r"
        }
    }

    public var next: Field { Field(rawValue: (rawValue + 1) % Field.allCases.count)! }
    public var previous: Field { Field(rawValue: (rawValue + Field.allCases.count - 1) % Field.allCases.count)! }
}

/// What the chart area shows; `v` cycles through them.
public enum View: Int, CaseIterable, Sendable {
    case overview, compare, sweep, breakdown, impact, incidents

    public var title: String {
        switch self {
        case .overview: "overview"
        case .compare: "strategies"
        case .sweep: "sweep over N"
        case .breakdown: "by origin & routing"
        case .impact: "impact & error budget"
        case .incidents: "incidents"
        }
    }

    public var next: View { View(rawValue: (rawValue + 1) % View.allCases.count)! }
}

extension Field {
    /// The model's name for the parameter, whose bound the keys and typed entry obey.
    public var parameter: ParameterName {
        switch self {
        case .servers: .servers
        case .canary: .canary
        case .canaryServers: .canaryServers
        case .strategy: .strategy
        case .retries: .retries
        case .replicas: .replicas
        }
    }
}
