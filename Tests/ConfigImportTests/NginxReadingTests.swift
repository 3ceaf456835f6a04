import BigInt
import CallbackModel
import ConfigImport
import Testing

/// How each directive of an nginx upstream is read.
struct NginxReadingTests {
    static func upstream(_ body: String) throws -> ImportedConfig {
        try ConfigReader.read("upstream app {\n\(body)\n}\n")
    }

    @Test func serverParameters() throws {
        let c = try Self.upstream("""
            server a weight=2 max_fails=3;
            server b backup;
            server c down;
            server d;
            """)
        #expect(c.pools == [ServerClass(name: "weight-2", size: 1, weight: 2), ServerClass(name: "weight-1", size: 1, weight: 1)])
        #expect(note(c, line: 2).hasPrefix("a server of weight 2; max_fails=3 does not change"))
        #expect(note(c, line: 3).hasPrefix("excluded: a backup server"))
        #expect(note(c, line: 4).hasPrefix("excluded: marked down"))
        #expect(c.notes.contains { $0.reading == "class weight-2: 1 server of weight 2 (a)" })
        #expect(c.notes.contains { $0.reading == "class weight-1: 1 server of weight 1 (d)" })
    }

    @Test func roundRobinByDefault() throws {
        let c = try Self.upstream("server a;")
        #expect(c.routing == .perRequest && c.strategy == nil)
        #expect(note(c, line: 1).contains("round robin (nginx's default)"))
        #expect(note(c, line: 1).contains("the model's assumption"))
    }

    @Test(arguments: ["least_conn;", "random;", "random two least_conn;"])
    func choicesPerRequest(_ directive: String) throws {
        let c = try Self.upstream("\(directive)\nserver a;")
        #expect(c.routing == .perRequest && c.strategy == nil)
        #expect(note(c, line: 2).contains("independent choice per request by the weights (the model's assumption)"))
    }

    @Test func ipHashPinsByTheProvider() throws {
        let c = try Self.upstream("ip_hash;\nserver a;")
        #expect(c.routing == .providerAddress && c.strategy == nil)
        #expect(note(c, line: 2).contains("a callback's caller is the provider"))
    }

    /// The key decides: the order id gives affinity (naming the rule), the caller's address
    /// or a cookie pins, anything else is left per request.
    @Test(arguments: [
        ("hash $arg_order_id;", Strategy?.some(.affinity), Hashing?.some(.modulo), CallbackRouting.perRequest, "query argument named …id"),
        ("hash $arg_order_id consistent;", .affinity, .consistent, .perRequest, "query argument named …id"),
        ("hash $arg_paymentid consistent;", .affinity, .consistent, .perRequest, "query argument named …id"),
        ("hash $request_uri;", .affinity, .modulo, .perRequest, "assumed to hold the order id"),
        ("hash $scheme$uri consistent;", .affinity, .consistent, .perRequest, "$uri is the callback's URL"),
        ("hash ${http_x_order_id};", .affinity, .modulo, .perRequest, "header naming the order id"),
        ("hash $remote_addr;", nil, nil, .providerAddress, "caller's address"),
        ("hash $binary_remote_addr consistent;", nil, nil, .providerAddress, "caller's address"),
        ("hash $cookie_session;", nil, nil, .providerAddress, "provider sends none"),
        ("hash $request_id;", nil, nil, .perRequest, "cannot tell whether $request_id carries the order id"),
    ])
    func hashKeys(_ row: (String, Strategy?, Hashing?, CallbackRouting, String)) throws {
        let c = try Self.upstream("\(row.0)\nserver a;")
        #expect(c.strategy == row.1)
        #expect(c.hashing == row.2)
        #expect(c.routing == row.3)
        #expect(note(c, line: 2).contains(row.4), "\(note(c, line: 2))")
    }

    @Test func stickyCookieGivesCallbacksNoAffinity() throws {
        let c = try Self.upstream("sticky cookie srv_id expires=1h path=/;\nserver a;")
        #expect(c.routing == .perRequest && c.strategy == nil)
        #expect(note(c, line: 2).contains("the provider's callback carries none"))
    }

    @Test func unknownDirectivesAreListedAsIgnored() throws {
        let c = try Self.upstream("server a;\nfrobnicate 3;\nkeepalive 8;")
        #expect(note(c, line: 3) == "ignored: not a directive this import reads")
        #expect(note(c, line: 4).hasPrefix("no effect on where callbacks land"))
        #expect(c.notes.contains { $0.description == "line 3: frobnicate 3 → ignored: not a directive this import reads" })
    }

    @Test func upstreamsAreFoundInsideHTTPAndChosenByName() throws {
        let text = "http {\n upstream a { server x; }\n upstream b { server y weight=5; server z weight=5; }\n server { listen 80; }\n}\n"
        #expect(selectionError(text) == "the file has 2 upstreams (a, b): choose one with --upstream NAME")
        #expect(selectionError(text, selecting: "c") == "--upstream 'c' is not in the file: its upstreams are a, b")
        let b = try ConfigReader.read(text, selecting: "b")
        #expect(b.pools == [ServerClass(name: "b", size: 2, weight: 5)])
    }

    /// least_time (nginx Plus) was "ignored: not a directive this import reads".
    @Test func leastTimeIsReadAsAnIndependentChoice() throws {
        let c = try ConfigReader.read("upstream a {\n least_time header;\n server x;\n}\n")
        let note = c.notes.first { $0.directive.hasPrefix("least_time") }
        #expect(note?.reading.hasPrefix("least time: read as an independent choice per request by the weights") == true, "\(c.notes)")
    }

    /// An include inside an upstream was "ignored: not a directive this import reads".
    @Test func anIncludeInAnUpstreamWarnsOfMissingServers() throws {
        let c = try ConfigReader.read("upstream a {\n include more.conf;\n server x;\n}\n")
        #expect(c.notes.first { $0.directive.hasPrefix("include") }?.reading.contains("servers may be missing") == true, "\(c.notes)")
    }

    /// `server … service=http resolve` counted as one server with no word that DNS may make it several.
    @Test func aResolvedServerMayBeSeveral() throws {
        let c = try ConfigReader.read("upstream a {\n zone z 64k;\n server api.local service=http resolve;\n}\n")
        #expect(c.notes.first { $0.directive.hasPrefix("server") }?.reading.contains("DNS may resolve it to several") == true, "\(c.notes)")
    }

    /// Class names are valid `--pool` names: a non-ASCII letter (é) was kept and `--pool` refused it.
    @Test func classNamesAreASCII() throws {
        let name = try ConfigReader.read("upstream caf\u{E9}-\(String(repeating: "x", count: 50)) {\n server x;\n}\n").pools[0].name
        #expect(name.allSatisfy { $0.isASCII } && name.count <= 40, "\(name)")
    }

    @Test(arguments: [
        ("upstream a {\n server x weight=0;\n}\n", 2, 11, "weight must be a whole number of 1 or more"),
        ("upstream a {\n server x\n}\n", 3, 1, "'server' on line 2 is not terminated by ';'"),
        ("upstream a {\n server x;\n", 1, 12, "the '{' here is never closed"),
        ("upstream a {\n server \"x;\n}\n", 2, 9, "the quote here is never closed"),
        ("upstream a {\n server x;\n}\n}\n", 4, 1, "unexpected '}'"),
        ("upstream a {\n hash $arg_id sideways;\n server x;\n}\n", 2, 15, "'hash' takes 'consistent'"),
        ("upstream a {\n server x backup;\n}\n", 1, 1, "has no server that takes traffic"),
        // `--pool` refuses weights past 40 digits, so the printed flags would not reproduce the config.
        ("upstream a {\n server x weight=\(String(repeating: "9", count: 47));\n}\n", 2, 18, "weight has 47 digits: at most 40"),
        // nginx refuses a second method ("load balancing method redefined"); the import took the last.
        ("upstream a {\n ip_hash;\n hash $arg_id;\n server x;\n}\n", 3, 2, "load balancing method redefined: 'ip_hash' on line 2 already chose one"),
    ])
    func malformed(_ row: (String, Int, Int, String)) {
        let p = problem(row.0)
        #expect(p?.line == row.1 && p?.column == row.2, "\(String(describing: p))")
        #expect(p?.message.contains(row.3) == true, "\(String(describing: p))")
    }

    /// The import reads one file: an upstream in an included file is not found, and says why.
    @Test func includesAreNotFollowed() {
        let p = problem("http {\n include /etc/nginx/conf.d/*.conf;\n}\n", fileName: "nginx.conf")
        #expect(p?.message == "no upstream found in this nginx config (its 'include' lines are not followed: import the file that holds the upstream)")
    }

    /// A class takes the name `--pool` would: an upstream's odd characters become '-'.
    @Test func classNamesAreWhatPoolTakes() throws {
        let c = try ConfigReader.read("upstream api:v2/eu {\n server a;\n}\n")
        #expect(c.name == "api:v2/eu")
        #expect(c.pools.map(\.name) == ["api-v2-eu"])
        #expect(c.equivalentFlags == "--pool api-v2-eu:1:1 --callback-routing per-request")
    }

    @Test func echoedTextHasControlCharactersShown() throws {
        let c = try Self.upstream("server \u{1B}[31mred;")
        #expect(c.notes.allSatisfy { !$0.description.contains("\u{1B}") })
        #expect(note(c, line: 2).isEmpty == false)
        #expect(c.notes.contains { $0.directive == "server \\e[31mred" })
    }
}
