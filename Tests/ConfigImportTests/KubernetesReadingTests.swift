import BigInt
import CallbackModel
import ConfigImport
import Testing

/// How Kubernetes manifests are read.
struct KubernetesReadingTests {
    static func deployment(_ name: String, replicas: String? = "3", app: String = "api", track: String? = nil) -> String {
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: \(name)
        spec:
        \(replicas.map { "  replicas: \($0)\n" } ?? "")  template:
            metadata:
              labels:
                app: \(app)\(track.map { "\n        track: \($0)" } ?? "")
        """
    }

    static func service(_ name: String = "api", affinity: String? = nil, timeout: String? = nil) -> String {
        var s = "apiVersion: v1\nkind: Service\nmetadata:\n  name: \(name)\nspec:\n  selector:\n    app: api\n"
        if let affinity { s += "  sessionAffinity: \(affinity)\n" }
        if let timeout { s += "  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: \(timeout)\n" }
        return s
    }

    static func read(_ documents: String..., selecting name: String? = nil) throws -> ImportedConfig {
        try ConfigReader.read(documents.joined(separator: "\n---\n"), selecting: name)
    }

    @Test func replicasAreOneClass() throws {
        let c = try Self.read(Self.deployment("api", replicas: "6"), Self.service())
        #expect(c.pools == [ServerClass(name: "api", size: 6, weight: 1)])
        #expect(c.routing == .perRequest)
        #expect(note(c, line: 6) == "Deployment api: 6 pods, one class of 6 servers")
        #expect(c.notes.contains { $0.reading.contains("kube-proxy picks a pod per connection") })
    }

    @Test func missingReplicasIsOne() throws {
        let c = try Self.read(Self.deployment("api", replicas: nil))
        #expect(c.pools == [ServerClass(name: "api", size: 1, weight: 1)])
        #expect(c.notes.contains { $0.reading.contains("no spec.replicas, so 1 pod") })
    }

    @Test func clientIPPinsByTheProvider() throws {
        let c = try Self.read(Self.deployment("api"), Self.service(affinity: "ClientIP", timeout: "600"))
        #expect(c.routing == .providerAddress)
        #expect(c.notes.contains { $0.directive == "sessionAffinityConfig.clientIP.timeoutSeconds: 600" && $0.reading.contains("600 s") })
    }

    /// Only the workloads whose pod labels the Service selects are its servers; a canary
    /// Deployment behind the same Service is a class of its own, marked canary.
    @Test func theServiceSelectsItsWorkloads() throws {
        let c = try Self.read(Self.deployment("api", replicas: "9"), Self.deployment("api-canary", replicas: "1"),
                              Self.deployment("worker", replicas: "5", app: "worker"), Self.service())
        #expect(c.pools == [ServerClass(name: "api", size: 9, weight: 1), ServerClass(name: "api-canary", size: 1, weight: 1, canary: true)])
        #expect(c.notes.contains { $0.directive == "worker" && $0.reading.hasPrefix("ignored: Service api does not select") })
        // Ten equal pods: 1 − 1/10, as --servers 10.
        #expect(try failure(c) == Rational(9, 10))
    }

    /// A canary alone behind its Service is the whole service, not a canary.
    @Test func aLoneCanaryIsTheService() throws {
        let c = try Self.read(Self.deployment("api-canary", replicas: "2"), Self.service())
        #expect(c.pools == [ServerClass(name: "api-canary", size: 2, weight: 1)])
    }

    /// A canary only on a clear signal: `no-canary` labelled `track: stable` was one, and so was
    /// any name merely ending in the letters "canary".
    @Test func aCanaryNeedsAClearSignal() throws {
        let stable = try Self.read(Self.deployment("api"), Self.deployment("no-canary", track: "stable"), Self.service())
        #expect(stable.pools.allSatisfy { !$0.canary }, "\(stable.pools)")
        let word = try Self.read(Self.deployment("api"), Self.deployment("apicanary"), Self.service())
        #expect(word.pools.allSatisfy { !$0.canary }, "\(word.pools)")
        let labelled = try Self.read(Self.deployment("api"), Self.deployment("api-2", track: "canary"), Self.service())
        #expect(labelled.pools.map(\.canary) == [false, true], "\(labelled.pools)")
    }

    @Test func otherKindsAreListedAsIgnored() throws {
        let c = try Self.read("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n", Self.deployment("api"),
                              "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: api\n")
        #expect(c.notes.contains { $0.description == "line 2: kind: ConfigMap settings → ignored: not a Deployment, StatefulSet or Service" })
        #expect(c.notes.contains { $0.directive == "kind: HorizontalPodAutoscaler api" && $0.reading.contains("--scale-to") })
    }

    @Test func servicesAreChosenByName() throws {
        let text = [Self.deployment("api"), Self.service("a"), Self.service("b")].joined(separator: "\n---\n")
        #expect(selectionError(text) == "the file has 2 Services (a, b): choose one with --upstream NAME")
        #expect(try ConfigReader.read(text, selecting: "b").name == "b")
    }

    @Test(arguments: [
        ("kind: Service\nmetadata: {name: x}\nspec: [\n", 4, 1, "not valid YAML"),
        ("kind: Deployment\nmetadata: {name: x}\nspec:\n  replicas: many\n", 4, 13, "spec.replicas must be a whole number"),
        ("kind: Deployment\nmetadata: {name: x}\nspec:\n  replicas: 2\n  template: {metadata: {labels: {app: x}}}\n---\nkind: Service\nmetadata: {name: s}\nspec:\n  sessionAffinity: Sticky\n  selector: {app: x}\n",
         10, 20, "sessionAffinity 'Sticky' is unknown"),
    ])
    func malformed(_ row: (String, Int, Int, String)) {
        let p = problem(row.0)
        #expect(p?.line == row.1 && p?.column == row.2, "\(String(describing: p))")
        #expect(p?.message.contains(row.3) == true, "\(String(describing: p))")
    }

    /// libyaml's own words named its C setter ("set with yaml_set_max_nest_level())").
    @Test func deepNestingIsSaidPlainly() {
        let p = problem("kind: Deployment\nx: " + String(repeating: "[", count: 2000) + "\n")
        #expect(p?.message == "not valid YAML: nesting deeper than 1000 levels", "\(String(describing: p))")
    }
}
