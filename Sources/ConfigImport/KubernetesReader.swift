import BigInt
import CallbackModel
import Yams

/// Kubernetes manifests (several YAML documents): the workloads a Service selects, one
/// class per Deployment or StatefulSet of `spec.replicas` pods, and the Service's
/// `sessionAffinity`. Parsed with Yams, so every node keeps its line and column.
enum KubernetesReader {
    static let workloadKinds: Set<String> = ["Deployment", "StatefulSet", "ReplicaSet"]

    struct Workload {
        let name: String
        let replicas: BigInt
        let labels: [String: String]
        let canary: Bool
        let node: Node
        let note: ImportNote
    }

    struct Service {
        let name: String
        let selector: [String: String]
        let node: Node
    }

    static func read(_ source: String, service wanted: String?, flag: String = "--upstream") throws(ImportError) -> ImportedConfig {
        do { return try readDocuments(source, service: wanted, flag: flag) } catch let error as ImportError { throw error } catch let problem as ConfigProblem {
            throw .malformed(problem)
        } catch let error as YamlError {
            throw .malformed(position(of: error))
        } catch {
            throw .malformed(ConfigProblem(line: 1, column: 1, "cannot read the YAML: \(error)"))
        }
    }

    private static func readDocuments(_ source: String, service wanted: String?, flag: String) throws -> ImportedConfig {
        var workloads: [Workload] = [], services: [Service] = []
        var notes: [ImportNote] = []
        var documents: [Node] = []
        var sequence = try Yams.compose_all(yaml: source)
        while let document = sequence.next() { documents.append(document) }
        // The sequence ends at a parse error and keeps it rather than throwing it.
        if let error = sequence.error { throw error }
        while !documents.isEmpty {
            let document = documents.removeFirst()
            guard document.mapping != nil else { throw at(document, "a manifest must be a mapping with apiVersion, kind, metadata") }
            guard let kindNode = document["kind"], let kind = kindNode.scalar?.string else { throw at(document, "a manifest needs a 'kind:'") }
            let name = document["metadata"]?["name"]?.scalar?.string ?? ""
            switch kind {
            case "List":
                documents.insert(contentsOf: document["items"]?.sequence ?? [], at: 0)
            case _ where workloadKinds.contains(kind):
                workloads.append(try workload(document, kind: kind, name: name))
            case "Service":
                services.append(Service(name: name, selector: try labels(document["spec"]?["selector"], "spec.selector"), node: document))
            case "Ingress":
                // ingress-nginx sends requests straight to the pods, past the Service's
                // sessionAffinity, and balances them by its own annotations.
                notes.append(ImportNote(line: kindNode.mark?.line, directive: "kind: Ingress\(name.isEmpty ? "" : " \(name)")",
                                        reading: "ignored: an Ingress's annotations (upstream-hash-by, affinity) are not read; callbacks through an ingress controller reach the pods by its balancing, not the Service's sessionAffinity"))
            case "HorizontalPodAutoscaler":
                notes.append(ImportNote(line: kindNode.mark?.line, directive: "kind: HorizontalPodAutoscaler\(name.isEmpty ? "" : " \(name)")",
                                        reading: "ignored: the autoscaler changes the replica count with load; the model takes spec.replicas (--scale-to N2 shows a scale event)"))
            default:
                notes.append(ImportNote(line: kindNode.mark?.line, directive: "kind: \(kind)\(name.isEmpty ? "" : " \(name)")",
                                        reading: "ignored: not a Deployment, StatefulSet or Service"))
            }
        }
        let service: Service?
        if services.isEmpty {
            service = nil
        } else {
            service = try Selection.pick(services.map { ($0.name, $0) }, named: wanted, kind: .kubernetes, flag: flag).item
        }
        var chosen = workloads
        if let service {
            chosen = workloads.filter { w in !service.selector.isEmpty && service.selector.allSatisfy { w.labels[$0.key] == $0.value } }
            for w in workloads where !chosen.contains(where: { $0.node == w.node }) {
                notes.append(ImportNote(line: w.node["kind"]?.mark?.line, directive: "\(w.name)",
                                        reading: "ignored: Service \(Echo.safe(service.name)) does not select its pods"))
            }
            guard !chosen.isEmpty else { throw at(service.node["spec"] ?? service.node, "Service \(Echo.safe(service.name)) selects no Deployment or StatefulSet in the file") }
        } else {
            guard !workloads.isEmpty else { throw ConfigProblem(line: 1, column: 1, "no Deployment, StatefulSet or Service found") }
            if workloads.count > 1 {
                guard let wanted else {
                    throw ImportError.selection("the file has \(workloads.count) workloads and no Service to say which serve together (\(workloads.map { Echo.safe($0.name) }.joined(separator: ", "))): add the Service, or choose one with \(flag) NAME")
                }
                chosen = workloads.filter { $0.name == wanted }
                guard !chosen.isEmpty else {
                    throw ImportError.selection("\(flag) '\(Echo.safe(wanted))' is not in the file: its workloads are \(workloads.map { Echo.safe($0.name) }.joined(separator: ", "))")
                }
            }
        }
        guard chosen.count <= ServerClass.maxClasses else {
            throw at(service?.node ?? chosen[0].node, "\(chosen.count) workloads: the model takes at most \(ServerClass.maxClasses) classes")
        }
        notes += chosen.map(\.note)
        let serving = chosen.filter { $0.replicas > 0 }
        guard !serving.isEmpty else { throw at(chosen[0].node, "no replicas: every selected workload has replicas: 0") }
        // A canary needs something to be a canary of: alone, it is the service.
        let canaries = serving.count > 1 && serving.contains { !$0.canary }
        let pools = zip(serving, ClassName.distinct(serving.map(\.name))).map { w, name in
            ServerClass(name: name, size: w.replicas, weight: .one, canary: canaries && w.canary)
        }
        var routing = CallbackRouting.perRequest
        if let service {
            routing = try affinity(service, notes: &notes)
        } else {
            notes.append(ImportNote(line: nil, directive: "", reading: "no Service in the file: the pods are taken to be reached through one, without session affinity"))
        }
        if serving.count > 1 {
            notes.append(ImportNote(line: nil, directive: "",
                                    reading: "kube-proxy spreads requests evenly over the ready pods of every selected workload, so each workload is a class of weight 1"))
        }
        // Stable, so notes about the whole config stay after the directives, in order.
        notes = notes.enumerated().sorted { ($0.element.line ?? .max, $0.offset) < ($1.element.line ?? .max, $1.offset) }.map(\.element)
        return ImportedConfig(kind: .kubernetes, name: service?.name ?? serving[0].name, pools: pools, routing: routing,
                              strategy: nil, hashing: nil, notes: notes)
    }

    private static func workload(_ document: Node, kind: String, name: String) throws -> Workload {
        let spec = document["spec"]
        var replicas = BigInt(1)
        var reading: String
        var line = document["kind"]?.mark?.line
        if let node = spec?["replicas"] {
            guard let text = node.scalar?.string, let n = BigInt(text), n >= 0, text.allSatisfy(\.isASCII) else {
                throw at(node, "spec.replicas must be a whole number of 0 or more")
            }
            replicas = n
            line = node.mark?.line
            reading = "\(kind) \(Echo.safe(name)): \(n) \(n == 1 ? "pod" : "pods"), one class of \(n) \(n == 1 ? "server" : "servers")"
        } else {
            reading = "\(kind) \(Echo.safe(name)): no spec.replicas, so 1 pod (Kubernetes' default; an autoscaler may change it)"
        }
        if replicas == 0 { reading = "\(kind) \(Echo.safe(name)): replicas 0, it takes no traffic" }
        let labels = try self.labels(spec?["template"]?["metadata"]?["labels"], "spec.template.metadata.labels")
        // Only a clear signal makes a canary: a label valued `canary` (track: canary) or a name
        // that is, or ends in, the word "-canary"; a `stable` label outweighs the name (no-canary).
        let values = Set(labels.values.map { $0.lowercased() })
        let lower = name.lowercased()
        let canary = !values.contains("stable") && (values.contains("canary") || lower == "canary" || lower.hasSuffix("-canary"))
        if canary && replicas > 0 { reading += "; a canary (its name or a label says so) when other workloads serve beside it" }
        return Workload(name: name, replicas: replicas, labels: labels, canary: canary, node: document,
                        note: ImportNote(line: line, directive: spec?["replicas"] == nil ? "kind: \(kind) \(name)" : "replicas: \(replicas)", reading: reading))
    }

    private static func affinity(_ service: Service, notes: inout [ImportNote]) throws -> CallbackRouting {
        let spec = service.node["spec"]
        let node = spec?["sessionAffinity"]
        let value = node?.scalar?.string ?? "None"
        let routing: CallbackRouting
        switch value {
        case "None":
            notes.append(ImportNote(line: node?.mark?.line ?? service.node["kind"]?.mark?.line, directive: "Service \(service.name): sessionAffinity: None" + (node == nil ? " (the default)" : ""),
                                    reading: "kube-proxy picks a pod per connection (iptables at random, IPVS round robin): read as an independent choice per request (the model's assumption; a provider that keeps its connection open stays on one pod for that connection)"))
            routing = .perRequest
        case "ClientIP":
            notes.append(ImportNote(line: node?.mark?.line, directive: "sessionAffinity: ClientIP",
                                    reading: "pinned by the caller's address, and a callback's caller is the provider: every attempt of a callback lands on the one pod its address maps to, so retries do not help"))
            routing = .providerAddress
        default:
            throw at(node ?? service.node, "sessionAffinity '\(Echo.safe(value))' is unknown: allowed None, ClientIP")
        }
        if let timeout = spec?["sessionAffinityConfig"]?["clientIP"]?["timeoutSeconds"] {
            let seconds = Echo.safe(timeout.scalar?.string ?? "?")
            notes.append(ImportNote(line: timeout.mark?.line, directive: "sessionAffinityConfig.clientIP.timeoutSeconds: \(seconds)",
                                    reading: value == "ClientIP"
                                        ? "the pin lasts \(seconds) s after the provider's last request; a provider calling back more often than that stays pinned, as modelled"
                                        : "no effect without sessionAffinity: ClientIP"))
        }
        return routing
    }

    private static func labels(_ node: Node?, _ what: String) throws -> [String: String] {
        guard let node else { return [:] }
        guard let mapping = node.mapping else { throw at(node, "\(what) must be a mapping of labels") }
        var out: [String: String] = [:]
        for (key, value) in mapping {
            guard let k = key.scalar?.string, let v = value.scalar?.string else { throw at(value, "\(what) must map names to values") }
            out[k] = v
        }
        return out
    }

    static func at(_ node: Node, _ message: String) -> ConfigProblem {
        ConfigProblem(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, message)
    }

    /// libyaml's nesting limit (its MAX_NESTING_LEVEL, which Yams leaves at 1000).
    static let maxNesting = 1000

    /// libyaml's nesting refusal names its C setter, which means nothing to someone importing a config.
    static func plain(_ problem: String) -> String {
        problem.hasPrefix("Maximum nesting level reached") ? "nesting deeper than \(maxNesting) levels" : problem
    }

    static func position(of error: YamlError) -> ConfigProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ConfigProblem(line: mark.line, column: mark.column, "not valid YAML: \(plain(problem))")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ConfigProblem(line: context.mark.line, column: context.mark.column, "key '\(duplicates.joined(separator: ", "))' appears twice")
        case .reader(let problem, _, _, _):
            return ConfigProblem(line: 1, column: 1, "not readable as text: \(problem)")
        default:
            return ConfigProblem(line: 1, column: 1, "not valid YAML: \(error)")
        }
    }
}
