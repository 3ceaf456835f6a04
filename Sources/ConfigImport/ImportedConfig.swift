import CallbackModel

/// The load balancers whose configs the import reads.
public enum ConfigKind: String, CaseIterable, Sendable, Hashable {
    case nginx, haproxy, kubernetes

    /// How the kind is called in notes and headers.
    public var title: String {
        switch self {
        case .nginx: "nginx"
        case .haproxy: "HAProxy"
        case .kubernetes: "Kubernetes"
        }
    }

    /// What one routing unit of this kind is called (the name `--upstream`/`--backend` selects).
    public var unit: String {
        switch self {
        case .nginx: "upstream"
        case .haproxy: "backend"
        case .kubernetes: "Service"
        }
    }
}

/// One directive of the config and how the import read it, with the reason.
public struct ImportNote: Sendable, Hashable, CustomStringConvertible {
    /// Line of the directive in the file; nil for a note about the whole config.
    public let line: Int?
    /// The directive as written; it and the reading have control characters shown as text.
    public let directive: String
    public let reading: String

    public init(line: Int?, directive: String, reading: String) {
        self.line = line
        self.directive = Echo.safe(directive)
        self.reading = Echo.safe(reading)
    }

    public var description: String {
        let place = line.map { "line \($0): " } ?? ""
        return directive.isEmpty ? place + reading : "\(place)\(directive) → \(reading)"
    }
}

/// A load-balancer config read into the model's terms.
public struct ImportedConfig: Sendable, Hashable {
    public let kind: ConfigKind
    /// The upstream, backend or Service read.
    public let name: String
    public let pools: [ServerClass]
    public let routing: CallbackRouting
    /// Set when the config decides where state is found (a hash on the order id: affinity);
    /// nil leaves the flags' strategy.
    public let strategy: Strategy?
    public let hashing: Hashing?
    public let notes: [ImportNote]

    public init(kind: ConfigKind, name: String, pools: [ServerClass], routing: CallbackRouting, strategy: Strategy?,
                hashing: Hashing?, notes: [ImportNote]) {
        self.kind = kind
        self.name = name
        self.pools = pools
        self.routing = routing
        self.strategy = strategy
        self.hashing = hashing
        self.notes = notes
    }

    /// The config over the flags' parameters: the servers, how callbacks are routed, and the
    /// strategy and hashing when the config decides them.
    public func apply(to p: inout Parameters) {
        p.pools = pools
        p.callbackRouting = routing
        if let strategy { p.strategy = strategy }
        if let hashing { p.incidents.hashing = hashing }
    }
}
