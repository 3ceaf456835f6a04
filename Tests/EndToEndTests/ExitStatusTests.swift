import Testing

/// SPEC §2: bad input is one line on stderr and exit 64, never a trace.
struct ExitStatusTests {
    @Test func versionPrints() throws {
        let out = try Binary.run(["--version"])
        #expect(out.status == 0)
        #expect(out.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test func unknownFlagIsOneLineAndExit64() throws {
        let out = try Binary.run(["report", "--bogus"])
        #expect(out.status == 64)
        #expect(out.stderr.split(separator: "\n").count == 1)
        #expect(out.stderr.contains("--bogus"))
    }
}
