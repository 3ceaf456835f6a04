import BigInt
import CallbackModel
import ConfigImport
import Testing

/// How each line of an HAProxy backend is read.
struct HAProxyReadingTests {
    static func backend(_ body: String, defaults: String = "") throws -> ImportedConfig {
        try ConfigReader.read("defaults\n\(defaults)\nbackend app\n\(body)\n")
    }

    @Test func serverParameters() throws {
        let c = try Self.backend("""
              server s1 10.0.0.1:80 weight 3 check
              server s2 10.0.0.2:80 check
              server s3 10.0.0.3:80 backup
              server s4 10.0.0.4:80 disabled
              server s5 10.0.0.5:80 weight 0
              server-template web 1-3 web.internal:80 check
            """)
        #expect(c.pools == [ServerClass(name: "weight-3", size: 1, weight: 3), ServerClass(name: "weight-1", size: 4, weight: 1)])
        #expect(note(c, line: 4).hasPrefix("a server of weight 3; its other parameters (check)"))
        #expect(note(c, line: 6).hasPrefix("excluded: a backup server"))
        #expect(note(c, line: 7).hasPrefix("excluded: disabled"))
        #expect(note(c, line: 8).hasPrefix("excluded: weight 0"))
        #expect(note(c, line: 9).hasPrefix("3 servers of weight 1"))
        #expect(c.notes.contains { $0.reading == "class weight-1: 4 servers of weight 1 (s2, web1…web3)" })
    }

    /// A template's servers are counted, never listed one by one.
    @Test func aBigTemplateIsCounted() throws {
        let c = try Self.backend("server-template pod 11-1000010 pods.internal:80 check")
        #expect(c.pools == [ServerClass(name: "app", size: 1_000_000, weight: 1)])
        #expect(c.notes.contains { $0.reading == "class app: 1000000 servers of weight 1 (pod11…pod1000010)" })
        #expect(problem("backend a\n  server-template p 1-9999999999 x:80\n")?.message.contains("more than 1,000,000,000 servers") == true)
    }

    @Test(arguments: ["roundrobin", "static-rr", "leastconn", "random", "random(2)"])
    func choicesPerRequest(_ algorithm: String) throws {
        let c = try Self.backend("balance \(algorithm)\nserver s 1.2.3.4:80")
        #expect(c.routing == .perRequest && c.strategy == nil)
        #expect(note(c, line: 4).contains("(the model's assumption)"))
    }

    @Test func firstIsReadWithAWarning() throws {
        let c = try Self.backend("balance first\nserver s 1.2.3.4:80")
        #expect(c.routing == .perRequest)
        #expect(note(c, line: 4).hasPrefix("warning: 'first' fills the servers in order"))
    }

    @Test func sourcePinsByTheProvider() throws {
        let c = try Self.backend("balance source\nserver s 1.2.3.4:80")
        #expect(c.routing == .providerAddress && c.strategy == nil)
    }

    @Test(arguments: [
        ("balance uri", "", Strategy?.some(.affinity), Hashing?.some(.modulo), CallbackRouting.perRequest),
        ("balance uri", "hash-type consistent", .affinity, .consistent, .perRequest),
        ("balance url_param order_id", "hash-type map-based", .affinity, .modulo, .perRequest),
        ("balance url_param user", "", nil, nil, .perRequest),
        ("balance hdr(X-Order-Id)", "hash-type consistent sdbm avalanche", .affinity, .consistent, .perRequest),
        ("balance hdr(Host)", "", nil, nil, .providerAddress),
        ("balance hdr(User-Agent)", "", nil, nil, .perRequest),
        ("balance rdp-cookie", "", nil, nil, .perRequest),
    ])
    func hashedAlgorithms(_ row: (String, String, Strategy?, Hashing?, CallbackRouting)) throws {
        let c = try Self.backend("\(row.0)\n\(row.1)\nserver s 1.2.3.4:80")
        #expect(c.strategy == row.2)
        #expect(c.hashing == row.3)
        #expect(c.routing == row.4)
    }

    @Test func cookieGivesCallbacksNoAffinity() throws {
        let c = try Self.backend("cookie SRV insert indirect nocache\nserver s 1.2.3.4:80 cookie s")
        #expect(c.routing == .perRequest && c.strategy == nil)
        #expect(note(c, line: 4).contains("the provider's callback carries none"))
    }

    /// `default-server weight 7` in `defaults` was dropped: weights 1 and 1 instead of 7 and 1.
    @Test func defaultServerInDefaultsIsInherited() throws {
        let c = try Self.backend("server a 1.1.1.1:80\nserver b 1.1.1.2:80 weight 1", defaults: "default-server weight 7")
        #expect(c.pools.map(\.weight).sorted() == [1, 7], "\(c.pools)")
        #expect(c.notes.contains { $0.directive == "defaults: default-server weight 7" }, "\(c.notes)")
        // 1 − (7/8)² − (1/8)²
        #expect(try failure(c) == Rational(7, 32))
    }

    /// HAProxy lets the last `balance` win; the earlier one was described as if applied.
    @Test func anEarlierBalanceIsNotedAsOverridden() throws {
        let c = try Self.backend("balance source\nbalance roundrobin\nserver s 1.2.3.4:80")
        #expect(c.routing == .perRequest)
        let earlier = c.notes.first { $0.directive == "balance source" }
        #expect(earlier?.reading.hasPrefix("overridden: the 'balance' on line") == true, "\(c.notes)")
    }

    @Test func defaultsAreInherited() throws {
        let c = try Self.backend("server s 1.2.3.4:80", defaults: "balance source\nmode http")
        #expect(c.routing == .providerAddress)
        #expect(c.notes.contains { $0.directive == "defaults: balance source" })
    }

    @Test func unknownLinesAreListedAsIgnored() throws {
        let c = try Self.backend("server s 1.2.3.4:80\nfrobnicate on\ntimeout server 30s")
        #expect(note(c, line: 5) == "ignored: not a directive this import reads")
        #expect(note(c, line: 6).hasPrefix("no effect on where callbacks land"))
    }

    @Test func backendsAreChosenByName() throws {
        let text = "frontend f\n  default_backend a\nbackend a\n  server x 1.1.1.1:80\nlisten b\n  server y 1.1.1.2:80\n"
        #expect(selectionError(text) == "the file has 2 backends (a, b): choose one with --backend NAME")
        #expect(selectionError(text, selecting: "z") == "--backend 'z' is not in the file: its backends are a, b")
        #expect(try ConfigReader.read(text, selecting: "b").pools == [ServerClass(name: "b", size: 1, weight: 1)])
    }

    @Test(arguments: [
        ("backend a\n  balance sideways\n  server x 1.1.1.1:80\n", 2, 11, "balance 'sideways' is unknown"),
        ("backend a\n  server x 1.1.1.1:80 weight 300\n", 2, 30, "weight must be a whole number from 0 to 256"),
        ("backend a\n  server x\n", 2, 3, "'server' needs a name and an address"),
        ("  balance roundrobin\nbackend a\n", 1, 3, "outside any section"),
        ("backend a\n  server x \"1.1.1.1:80\n", 2, 12, "the quote here is never closed"),
        ("backend a\n  hash-type ring\n  server x 1.1.1.1:80\n", 2, 13, "hash-type 'ring' is unknown"),
    ])
    func malformed(_ row: (String, Int, Int, String)) {
        let p = problem(row.0)
        #expect(p?.line == row.1 && p?.column == row.2, "\(String(describing: p))")
        #expect(p?.message.contains(row.3) == true, "\(String(describing: p))")
    }
}
