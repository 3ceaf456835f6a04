import Foundation
import Testing

/// SPEC §6 through the command line: the flags, the report's and compare's figures, and
/// bad values. Numbers from SPEC §6's table (10 → 11, crash at 10), derived there by hand.
struct IncidentCommandTests {
    @Test func compareShowsEveryFixAcrossIncidents() throws {
        let modulo = try Binary.run(["compare", "--servers", "10", "--scale-to", "11", "--hashing", "modulo", "--format", "csv"])
        #expect(modulo.status == 0, "\(modulo.stderr)")
        let rows = modulo.stdout.split(separator: "\n").map(String.init)
        let header = rows[0].split(separator: ",").map(String.init)
        #expect(header.contains("scale_failure") && header.contains("crash_failure") && header.contains("failed_per_day"))
        // The scale and crash columns of a strategy's row, found by the header's names.
        func row(_ strategy: String, in rows: [String]) -> [String] {
            let fields = rows.first { $0.hasPrefix(strategy + ",") }!.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return [fields[header.firstIndex(of: "scale_failure")!], fields[header.firstIndex(of: "crash_failure")!]]
        }
        #expect(row("local", in: rows) == ["10/11", "9/10"])
        #expect(row("affinity", in: rows) == ["10/11", "9/10"])
        #expect(row("broadcast", in: rows) == ["1/11", "0"])
        #expect(row("shared", in: rows) == ["0", "0"])
        let consistent = try Binary.run(["compare", "--servers", "10", "--scale-to", "11", "--hashing", "consistent", "--format", "csv"])
        let crows = consistent.stdout.split(separator: "\n").map(String.init)
        #expect(row("affinity", in: crows) == ["1/11", "1/10"])
    }

    @Test func reportCarriesTheIncidentKeys() throws {
        let out = try Binary.run(["report", "--servers", "10", "--strategy", "replicate", "--replicas", "2", "--scale-to", "11",
                                  "--crashes-per-day", "2", "--scale-events-per-day", "1", "--callback-delay", "1:50,30:45,600:5",
                                  "--state-ttl", "300", "--format", "json"])
        #expect(out.status == 0, "\(out.stderr)")
        let o = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [String: Any]
        let incidents = o["incidents"] as! [String: Any]
        func exact(_ path: [String]) -> String? {
            var node: Any? = incidents
            for key in path { node = (node as? [String: Any])?[key] }
            return (node as? [String: Any])?["exact"] as? String
        }
        #expect(exact(["scale", "failure"]) == "8/11")
        #expect(exact(["crash", "failure"]) == "7/10")
        // 600 s > 300 s for 5 % of callbacks.
        #expect(exact(["expiry"]) == "1/20")
        // 1,440,000 orders a day: 95 % not expired × 7/10 steady = 957,600 routing; 5 % expired
        // = 72,000. Mean delay 0.5 + 13.5 + 30 = 44 s: 2200/3 orders in flight per event.
        // Scale: 1 × 2200/3 × (8/11 − 7/10) = 2200/3 × 3/110 = 20; crash: 2 × 2200/3 × 0 = 0.
        #expect(exact(["per_day", "routing"]) == "957600")
        #expect(exact(["per_day", "expiry"]) == "72000")
        #expect(exact(["per_day", "scale"]) == "20")
        #expect(exact(["per_day", "crash"]) == "0")
        #expect(exact(["per_day", "total"]) == "1029620")
        let parameters = o["parameters"] as! [String: Any]
        #expect(parameters["scale_to"] as? Int == 11 && parameters["callback_delay"] as? String == "1:50,30:45,600:5")
    }

    @Test func aBillionServersScaleExactly() throws {
        let out = try Binary.run(["report", "--servers", "1000000000", "--scale-to", "1000000001", "--hashing", "modulo",
                                  "--strategy", "affinity", "--format", "json"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("\"exact\": \"1000000000/1000000001\""))
    }

    static let bad: [([String], String)] = [
        (["--scale-to", "0"], "--scale-to 0 is out of range: allowed 1 to 2,000,000,000"),
        (["--callback-delay", "1:50,30:40"], "--callback-delay the percents sum to 90, not 100"),
        (["--state-ttl", "-5"], "--state-ttl -5 is out of range: allowed 0 or more seconds"),
        (["--crashes-per-day", "2000", "--callback-delay", "60"], "orders would see two events"),
        (["--hashing", "ring"], "--hashing 'ring' is unknown: allowed modulo, consistent"),
    ]

    @Test(arguments: bad.indices)
    func badIncidentValuesAreOneLineAnd64(_ i: Int) throws {
        let (flags, says) = Self.bad[i]
        let out = try Binary.run(["report", "--servers", "10"] + flags)
        #expect(out.status == 64)
        #expect(out.stderr.contains(says), "\(out.stderr)")
        #expect(out.stderr.split(separator: "\n").count == 1)
    }
}

extension IncidentCommandTests {
    /// Sweep carries the incident columns too: local at N → 11, N = 5 and 10 (no canary).
    /// Across 5 → 11 the origin survives and each callback finds it with 1/11: 10/11; a crash
    /// at N: (N − 1)/N.
    @Test func sweepCarriesTheIncidentColumns() throws {
        let out = try Binary.run(["sweep", "--values", "5,10", "--scale-to", "11", "--format", "csv"])
        #expect(out.status == 0, "\(out.stderr)")
        let rows = out.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = rows[0]
        let scale = header.firstIndex(of: "scale_failure")!, crash = header.firstIndex(of: "crash_failure")!
        #expect(rows[1][0] == "5" && rows[1][scale] == "10/11" && rows[1][crash] == "4/5")
        #expect(rows[2][0] == "10" && rows[2][scale] == "10/11" && rows[2][crash] == "9/10")
    }
}
