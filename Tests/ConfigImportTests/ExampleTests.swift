import BigInt
import CallbackModel
import ConfigImport
import Testing

/// Each file in examples/ to its derived parameters and its exact failure. The numbers are
/// derived by hand in the comments, not taken from the tool's output.
struct ExampleTests {
    /// Servers of weights 1, 1, 1, 3 (total 6): a request reaches each small one with 1/6 and
    /// the big one with 1/2. Local state fails unless the callback lands where the order did:
    /// 1 − Σ pᵢ² = 1 − (3·1/36 + 9/36) = 1 − 1/3 = 2/3. The backup server takes no traffic.
    @Test func nginxWeights() throws {
        let c = try ConfigReader.read(path: Examples.path("nginx.conf"))
        #expect(c.kind == .nginx)
        #expect(c.name == "payments")
        #expect(c.pools == [ServerClass(name: "weight-1", size: 3, weight: 1), ServerClass(name: "weight-3", size: 1, weight: 3)])
        #expect(c.routing == .perRequest)
        #expect(c.strategy == nil && c.hashing == nil)
        #expect(try failure(c) == Rational(2, 3))
        #expect(parameters(c).servers == 4)
    }

    /// The same servers with 2 retries, each attempt landing anew by the weights: an order on
    /// a small server fails all 3 attempts with (5/6)³, on the big one with (1/2)³:
    /// 3·(1/6)·125/216 + (1/2)·(1/8) = 125/432 + 27/432 = 152/432 = 19/54.
    @Test func nginxWeightsWithRetries() throws {
        let c = try ConfigReader.read(path: Examples.path("nginx.conf"))
        #expect(try failure(c) { $0.retries = 2 } == Rational(19, 54))
    }

    /// ip_hash pins every attempt of a callback to the one server the provider's address maps
    /// to, uniform over 4 equal servers: right with 1/4, and retries go to the same server,
    /// so 3 retries leave it at 3/4. The server marked down is not counted.
    @Test func nginxIPHashIgnoresRetries() throws {
        let c = try ConfigReader.read(path: Examples.path("nginx-ip-hash.conf"))
        #expect(c.pools == [ServerClass(name: "payments", size: 4, weight: 1)])
        #expect(c.routing == .providerAddress)
        #expect(try failure(c) { $0.retries = 3 } == Rational(3, 4))
        #expect(try failure(c) == Rational(3, 4))
    }

    /// hash $arg_order_id consistent: affinity, so the callback reaches the order's server (0).
    /// Scaling 4 → 5 on a consistent ring moves only the keys the new server takes, 1/5 of
    /// them, to a server without the state: 1/(N+1) = 1/5.
    @Test func nginxConsistentHashOnTheOrderID() throws {
        let c = try ConfigReader.read(path: Examples.path("nginx-hash.conf"))
        #expect(c.strategy == .affinity)
        #expect(c.hashing == .consistent)
        #expect(c.routing == .perRequest)
        #expect(try failure(c) == 0)
        let r = try CallbackEngine.evaluate(parameters(c) { $0.incidents.scaleTo = 5 })
        #expect(r.incidents?.scale?.value == Rational(1, 5))
    }

    /// url_param order_id with hash-type consistent reads as the nginx hash above: 0, and 1/5
    /// across 4 → 5. The cookie does not change it; the backup server is not counted.
    @Test func haproxyURLParamConsistent() throws {
        let c = try ConfigReader.read(path: Examples.path("haproxy.cfg"))
        #expect(c.kind == .haproxy)
        #expect(c.name == "checkout")
        #expect(c.pools == [ServerClass(name: "checkout", size: 4, weight: 1)])
        #expect(c.strategy == .affinity && c.hashing == .consistent && c.routing == .perRequest)
        #expect(try failure(c) == 0)
        let r = try CallbackEngine.evaluate(parameters(c) { $0.incidents.scaleTo = 5 })
        #expect(r.incidents?.scale?.value == Rational(1, 5))
    }

    /// Four pods behind sessionAffinity: ClientIP: pinned by the provider's address, 3/4
    /// whatever the retries.
    @Test func kubernetesClientIP() throws {
        let c = try ConfigReader.read(path: Examples.path("kubernetes.yaml"))
        #expect(c.kind == .kubernetes)
        #expect(c.name == "orders")
        #expect(c.pools == [ServerClass(name: "orders", size: 4, weight: 1)])
        #expect(c.routing == .providerAddress)
        #expect(try failure(c) == Rational(3, 4))
        #expect(try failure(c) { $0.retries = 3 } == Rational(3, 4))
        #expect(c.notes.contains { $0.directive.contains("timeoutSeconds: 10800") })
        #expect(c.notes.contains { $0.directive.contains("ConfigMap") && $0.reading.hasPrefix("ignored") })
    }

    /// The flags the summary offers reproduce the config.
    @Test func equivalentFlags() throws {
        let c = try ConfigReader.read(path: Examples.path("nginx.conf"))
        #expect(c.equivalentFlags == "--pool weight-1:3:1 --pool weight-3:1:3 --callback-routing per-request")
        let h = try ConfigReader.read(path: Examples.path("haproxy.cfg"))
        #expect(h.equivalentFlags == "--pool checkout:4:1 --callback-routing per-request --strategy affinity --hashing consistent")
    }
}
