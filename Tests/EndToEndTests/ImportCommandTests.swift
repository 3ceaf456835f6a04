import Foundation
import Testing

/// `import FILE` and `--config FILE` in the real binary, on the files in examples/. The
/// numbers are derived by hand in ConfigImportTests/ExampleTests.swift.
struct ImportCommandTests {
    static func example(_ name: String) -> String { Binary.repositoryRoot.appendingPathComponent("examples/\(name)").path }

    static func file(_ text: String, _ ext: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lb-\(UUID().uuidString).\(ext)")
        try Data(text.utf8).write(to: url)
        return url
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func exact(_ o: [String: Any], _ path: String...) -> String? {
        var node: Any? = o
        for key in path { node = (node as? [String: Any])?[key] }
        return (node as? [String: Any])?["exact"] as? String
    }

    /// Weights 1, 1, 1, 3: 2/3; the text lists the classes and a line per directive.
    @Test func nginxWeightsText() throws {
        let out = try Binary.run(["import", Self.example("nginx.conf")])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("  class weight-1    3 servers, weight 1\n  class weight-3    1 server, weight 3\n"))
        #expect(out.stdout.contains("line 16: server 10.0.1.14:8080 weight=3 max_fails=3 fail_timeout=10s → a server of weight 3"))
        #expect(out.stdout.contains("line 17: server 10.0.1.19:8080 backup → excluded"))
        #expect(out.stdout.contains("  failure                   2/3 = 66.67%"))
    }

    @Test func nginxWeightsJSON() throws {
        let out = try Binary.run(["import", Self.example("nginx.conf"), "--format", "json"])
        #expect(out.status == 0, "\(out.stderr)")
        let o = try Self.json(out.stdout)
        #expect(Self.exact(o, "failure") == "2/3")
        let pools = (o["parameters"] as? [String: Any])?["pools"] as? [[String: Any]]
        #expect(pools?.count == 2)
        #expect(pools?.first?["name"] as? String == "weight-1")
        #expect(pools?.first?["size"] as? Int == 3)
        #expect(pools?.last?["weight"] as? String == "3")
        #expect(pools?.last?["canary"] as? Bool == false)
        let notes = (o["import"] as? [String: Any])?["notes"] as? [String] ?? []
        #expect(notes.contains { $0.hasPrefix("line 18: keepalive 32 → no effect") })
        #expect((o["import"] as? [String: Any])?["kind"] as? String == "nginx")
    }

    /// ip_hash: retries go back to the same server, 3/4 at 4 servers with 3 retries.
    @Test func ipHashWithRetries() throws {
        let out = try Binary.run(["import", Self.example("nginx-ip-hash.conf"), "--retries", "3", "--format", "json"])
        #expect(out.status == 0, "\(out.stderr)")
        let o = try Self.json(out.stdout)
        #expect(Self.exact(o, "failure") == "3/4")
        #expect((o["parameters"] as? [String: Any])?["callback_routing"] as? String == "provider-address")
    }

    /// hash $arg_order_id consistent: 0, and 1/5 across a scale-out from 4 to 5.
    @Test func consistentHashAcrossAScaleOut() throws {
        let out = try Binary.run(["import", Self.example("nginx-hash.conf"), "--scale-to", "5", "--format", "json"])
        #expect(out.status == 0, "\(out.stderr)")
        let o = try Self.json(out.stdout)
        #expect(Self.exact(o, "failure") == "0")
        #expect(Self.exact(o, "incidents", "scale", "failure") == "1/5")
        #expect((o["parameters"] as? [String: Any])?["strategy"] as? String == "affinity")
    }

    @Test func haproxyAndKubernetes() throws {
        let h = try Binary.run(["import", Self.example("haproxy.cfg")])
        #expect(h.status == 0, "\(h.stderr)")
        #expect(h.stdout.hasPrefix("Imported \(Self.example("haproxy.cfg")): HAProxy backend checkout\n"))
        #expect(h.stdout.split(separator: "\n").contains { $0.hasPrefix("  failure ") && $0.contains(" 0 = 0.00%") })
        let k = try Binary.run(["import", Self.example("kubernetes.yaml"), "--retries", "3", "--format", "json"])
        #expect(k.status == 0, "\(k.stderr)")
        #expect(Self.exact(try Self.json(k.stdout), "failure") == "3/4")
    }

    /// `--config` goes over the flags: weights 1, 1, 1, 3 with 2 retries are 19/54.
    @Test func configForReportCompareAndSweep() throws {
        let report = try Binary.run(["report", "--config", Self.example("nginx.conf"), "--retries", "2", "--format", "json"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(Self.exact(try Self.json(report.stdout), "failure") == "19/54")
        let compare = try Binary.run(["compare", "--config", Self.example("nginx-ip-hash.conf"), "--format", "csv"])
        #expect(compare.status == 0, "\(compare.stderr)")
        #expect(compare.stdout.contains("\nlocal,3/4,"))
        let sweep = try Binary.run(["sweep", "--config", Self.example("kubernetes.yaml"), "--values", "4", "--format", "csv"])
        #expect(sweep.status == 0, "\(sweep.stderr)")
        #expect(sweep.stdout.contains("\n4,3/4,"))
    }

    /// The "same as" line's flags give `report` the very report `import` prints.
    @Test(arguments: ["nginx.conf", "nginx-ip-hash.conf", "nginx-hash.conf", "haproxy.cfg", "kubernetes.yaml"])
    func theSameAsFlagsReproduceTheReport(_ name: String) throws {
        let imported = try Binary.run(["import", Self.example(name)])
        #expect(imported.status == 0, "\(imported.stderr)")
        let line = try #require(imported.stdout.split(separator: "\n").first { $0.hasPrefix("  same as ") })
        let flags = line.dropFirst("  same as ".count).split(separator: " ").map(String.init)
        let report = try Binary.run(["report"] + flags)
        #expect(report.status == 0, "\(report.stderr)")
        let reportStart = try #require(imported.stdout.range(of: "\nCallback failure\n"))
        #expect(String(imported.stdout[reportStart.upperBound...]) == String(report.stdout.dropFirst("Callback failure\n".count)))
    }

    @Test func malformedIsFileLineColumnAndExit65() throws {
        let conf = try Self.file("http {\n  upstream a {\n    server 10.0.0.1 weight=x;\n  }\n}\n", "conf")
        defer { try? FileManager.default.removeItem(at: conf) }
        for command in [["import", conf.path], ["report", "--config", conf.path]] {
            let out = try Binary.run(command)
            #expect(out.status == 65)
            #expect(out.stderr == "callback-explorer: \(conf.path):3:21: 'weight=x': weight must be a whole number of 1 or more\n")
        }
    }

    @Test func missingFileIsExit66() throws {
        for command in [["import", "/nonexistent/nginx.conf"], ["report", "--config", "/nonexistent/nginx.conf"]] {
            let out = try Binary.run(command)
            #expect(out.status == 66)
            #expect(out.stderr == "callback-explorer: /nonexistent/nginx.conf: no such readable file\n")
        }
    }

    @Test func aMissingUpstreamListsTheOnesFound() throws {
        let conf = try Self.file("upstream a { server x; }\nupstream b { server y; }\n", "conf")
        defer { try? FileManager.default.removeItem(at: conf) }
        let none = try Binary.run(["import", conf.path])
        #expect(none.status == 64)
        #expect(none.stderr == "callback-explorer: the file has 2 upstreams (a, b): choose one with --upstream NAME\n")
        let wrong = try Binary.run(["import", conf.path, "--upstream", "c"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr == "callback-explorer: --upstream 'c' is not in the file: its upstreams are a, b\n")
        let right = try Binary.run(["import", conf.path, "--upstream", "b"])
        #expect(right.status == 0, "\(right.stderr)")
    }

    /// The refusal names the flag typed: --upstream on an HAProxy file said --backend.
    @Test func aMissingNameNamesTheFlagTyped() throws {
        let out = try Binary.run(["import", Self.example("haproxy.cfg"), "--upstream", "nope"])
        #expect(out.status == 64)
        #expect(out.stderr.hasPrefix("callback-explorer: --upstream 'nope' is not in the file: its backends are "), "\(out.stderr)")
    }

    @Test func unknownDirectiveIsListedAsIgnored() throws {
        let conf = try Self.file("upstream a {\n  server x;\n  frobnicate 3;\n}\n", "conf")
        defer { try? FileManager.default.removeItem(at: conf) }
        let out = try Binary.run(["import", conf.path])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("  line 3: frobnicate 3 → ignored: not a directive this import reads\n"))
    }

    /// Escape sequences in the file reach the terminal as text, never as control characters.
    @Test func controlCharactersAreEscaped() throws {
        let conf = try Self.file("upstream a {\n  server \u{1B}]0;pwned\u{07}x;\n}\n", "conf")
        defer { try? FileManager.default.removeItem(at: conf) }
        let out = try Binary.run(["import", conf.path])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(!out.stdout.contains("\u{1B}") && !out.stdout.contains("\u{07}"))
        #expect(out.stdout.contains("server \\e]0"))
    }

    @Test func badFormatIsExit64() throws {
        let out = try Binary.run(["import", Self.example("nginx.conf"), "--format", "csv"])
        #expect(out.status == 64)
        #expect(out.stderr == "callback-explorer: --format 'csv' is unknown: allowed text, json\n")
    }
}

/// `callback-explorer --config FILE` opens the explorer on the config.
@Suite(.enabled(if: Tmux.available || ProcessInfo.processInfo.environment["CI"] != nil))
struct ImportExplorerTests {
    /// Weights 1, 1, 1, 3: 2/3, as `import` reports it.
    @Test func theExplorerOpensOnTheConfig() throws {
        let t = Tmux()
        defer { t.kill() }
        try t.start("\(Binary.url.path) --config \(ImportCommandTests.example("nginx.conf"))")
        let screen = try t.waitFor("Callback failure  2/3 = 66.67%", "[Servers 4]")
        #expect(screen.contains("[Servers 4]"))
        try t.send("q")
        #expect(try t.waitFor("EXIT=0").contains("EXIT=0"))
    }
}
