import Foundation
import Testing

/// The real binary: every command in every format, and every bad input of SPEC §2.
struct CLITests {
    @Test func reportTextAtTenServers() throws {
        let out = try Binary.run(["report", "--servers", "10"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("9/10 = 90.00%"))
        #expect(out.stdout.contains("$9,000.00"))
        #expect(out.stderr.isEmpty)
    }

    @Test(arguments: ["report", "compare", "sweep"], ["text", "markdown", "json", "csv", "svg"])
    func everyCommandInEveryFormat(command: String, format: String) throws {
        // sweep chooses N itself (and refuses --servers): its one point is N = 5.
        let servers = command == "sweep" ? ["--values", "5"] : ["--servers", "5"]
        let out = try Binary.run([command] + servers + ["--format", format])
        #expect(out.status == 0, "\(out.stderr)")
        // 5 servers, local: 1 − 1/5 = 4/5.
        #expect(out.stdout.contains("4/5"))
    }

    @Test func jsonIsOneObject() throws {
        let out = try Binary.run(["report", "--servers", "100", "--canary", "1", "--strategy", "canary-fallback", "--format", "json"])
        let o = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [String: Any]
        // SPEC worked example: 99/10000 overall, canary origin 99/100, stable 0.
        #expect((o["failure"] as! [String: Any])["exact"] as? String == "99/10000")
        #expect(((o["by_origin"] as! [String: Any])["canary"] as! [String: Any])["exact"] as? String == "99/100")
        #expect(((o["by_origin"] as! [String: Any])["stable"] as! [String: Any])["exact"] as? String == "0")
    }

    @Test func percentIsParsedExactly() throws {
        // 12.5 % canary on 1 of 2 servers: 2 · (7/8)(1/8) = 7/32.
        let out = try Binary.run(["report", "--servers", "2", "--canary", "12.5", "--format", "json"])
        #expect(out.stdout.contains("\"exact\": \"7/32\""))
    }

    @Test func sweepRangeAndValues() throws {
        let range = try Binary.run(["sweep", "--from", "2", "--to", "4", "--format", "csv"])
        #expect(range.stdout.split(separator: "\n").map(String.init) == [
            "servers,failure_exact,failure_decimal,failure_percent,formula,note",
            "2,1/2,0.5,50.00,1 - 1/N,", "3,2/3,0.666666666666666666666666666667,66.67,,", "4,3/4,0.75,75.00,,",
        ])
        let values = try Binary.run(["sweep", "--values", "10,100", "--format", "csv"])
        #expect(values.stdout.contains("10,9/10,0.9,90.00,"))
        #expect(values.stdout.contains("100,99/100,0.99,99.00,"))
    }

    struct BadInput: CustomStringConvertible, Sendable {
        let arguments: [String]
        let mentions: [String]
        var description: String { arguments.joined(separator: " ") }
    }

    static let badInputs: [BadInput] = [
        BadInput(arguments: ["report", "--servers", "-3"], mentions: ["--servers", "-3", "1 to 1,000,000,000"]),
        BadInput(arguments: ["report", "--servers", "abc"], mentions: ["--servers", "abc", "1 to 1,000,000,000"]),
        BadInput(arguments: ["report", "--servers", "0"], mentions: ["--servers", "0"]),
        BadInput(arguments: ["report", "--servers", "1000000001"], mentions: ["--servers", "1000000001"]),
        BadInput(arguments: ["report", "--servers", "99999999999999999999999"], mentions: ["--servers"]),
        BadInput(arguments: ["report", "--canary", "100"], mentions: ["--canary", "100", "< 100"]),
        BadInput(arguments: ["report", "--canary", "-1"], mentions: ["--canary", "-1"]),
        BadInput(arguments: ["report", "--canary", "ten"], mentions: ["--canary", "ten"]),
        BadInput(arguments: ["report", "--servers", "5", "--canary", "10", "--canary-servers", "5"], mentions: ["--canary-servers", "5", "1 to 4"]),
        BadInput(arguments: ["report", "--strategy", "magic"], mentions: ["--strategy", "magic", "canary-fallback"]),
        BadInput(arguments: ["report", "--servers", "3", "--strategy", "replicate", "--replicas", "3"], mentions: ["--replicas", "3", "0 to 2"]),
        BadInput(arguments: ["report", "--retries", "101"], mentions: ["--retries", "101", "0 to 100"]),
        BadInput(arguments: ["report", "--retries", "-1"], mentions: ["--retries", "-1"]),
        BadInput(arguments: ["report", "--slo", "100"], mentions: ["--slo", "100"]),
        BadInput(arguments: ["report", "--orders-per-minute", "0"], mentions: ["--orders-per-minute", "0"]),
        BadInput(arguments: ["report", "--order-value", "-5"], mentions: ["--order-value", "-5"]),
        BadInput(arguments: ["report", "--format", "pdf"], mentions: ["--format", "pdf", "json"]),
        BadInput(arguments: ["sweep", "--from", "5"], mentions: ["--from", "--to"]),
        BadInput(arguments: ["sweep", "--from", "1", "--to", "5000"], mentions: ["5000", "1000"]),
        BadInput(arguments: ["sweep", "--values", "2,x"], mentions: ["--values", "x"]),
        BadInput(arguments: ["compare", "--canary", "150"], mentions: ["--canary", "150"]),
        BadInput(arguments: ["report", "--bogus"], mentions: ["--bogus"]),
    ]

    @Test(arguments: badInputs)
    func badInputIsOneLineAndExit64(_ bad: BadInput) throws {
        let out = try Binary.run(bad.arguments)
        #expect(out.status == 64)
        #expect(out.stdout.isEmpty)
        let lines = out.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(out.stderr)")
        for word in bad.mentions { #expect(out.stderr.contains(word), "missing \(word) in \(out.stderr)") }
    }

    @Test func outputRefusesToOverwriteWithoutForce() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cbx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("r.json").path
        #expect(try Binary.run(["report", "--format", "json", "--output", file]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("\"exact\": \"1/2\""))
        let again = try Binary.run(["report", "--servers", "10", "--output", file])
        #expect(again.status == 64)
        #expect(again.stderr.contains("--force"))
        #expect(try Binary.run(["report", "--servers", "10", "--output", file, "--force"]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("9/10"))
        let missing = try Binary.run(["report", "--output", dir.appendingPathComponent("no/such/r.txt").path])
        // A directory that does not exist makes the output unwritable: 74, not 66 (missing input).
        #expect(missing.status == 74)
    }
}
