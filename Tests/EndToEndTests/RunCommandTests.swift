import Foundation
import Testing

/// `callback-explorer run` as a user runs it (SPEC §4 and the exit statuses of §2).
struct RunCommandTests {
    private static var scenarios: [String] {
        let dir = Binary.repositoryRoot.appendingPathComponent("scenarios")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".rkt") }.sorted().map { "scenarios/\($0)" }
    }

    private static func temporaryProgram(_ text: String, name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("run-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func runsEveryScenarioWithAHeaderEach() throws {
        let files = Self.scenarios
        #expect(files.count >= 8)
        let out = try Binary.run(["run"] + files, in: Binary.repositoryRoot)
        #expect(out.status == 0)
        #expect(out.stderr.isEmpty)
        for file in files { #expect(out.stdout.contains("== \(file) ==\n")) }
        #expect(out.stdout.contains("== scenarios/two-servers.rkt ==\ncallback finds the order:\n(pmf | #t ↦ 0.5 | #f ↦ 0.5)\n"))
        #expect(out.stdout.contains("callback fails: 0.18\n"))
    }

    @Test func oneFileHasNoHeaderAndFlagsChangeTheNumbers() throws {
        let plain = try Binary.run(["run", "scenarios/canary.rkt"], in: Binary.repositoryRoot)
        #expect(plain.status == 0)
        #expect(plain.stdout.hasPrefix("routing cases"))
        let fractions = try Binary.run(["run", "--fractions", "scenarios/canary.rkt"], in: Binary.repositoryRoot)
        #expect(fractions.stdout.hasSuffix("callback fails: 9/50\n"))
        let digits = try Binary.run(["run", "--digits", "1", "scenarios/n-servers.rkt"], in: Binary.repositoryRoot)
        #expect(digits.stdout.contains("3 servers: callback fails 0.7\n"))
    }

    @Test func badProgramIsOneLineWithFileLineColumnAndExit65() throws {
        let url = try Self.temporaryProgram("#lang roulette\n(define x (flip 1/2))\n  (flip 2)\n", name: "bad.rkt")
        let out = try Binary.run(["run", url.path])
        #expect(out.status == 65)
        let errorLines = out.stderr.split(separator: "\n")
        #expect(errorLines.count == 1)
        #expect(out.stderr.contains("\(url.path):3:3: flip expects a probability from 0 to 1, got 2"))
    }

    @Test func missingFileIsOneLineAndExit66() throws {
        let out = try Binary.run(["run", "scenarios/two-servers.rkt", "/nonexistent/missing.rkt"], in: Binary.repositoryRoot)
        #expect(out.status == 66)
        #expect(out.stderr.split(separator: "\n").count == 1)
        #expect(out.stderr.contains("/nonexistent/missing.rkt"))
        #expect(out.stdout.isEmpty)
    }

    @Test func badDigitsIsUsageError() throws {
        let out = try Binary.run(["run", "--digits", "-1", "scenarios/two-servers.rkt"], in: Binary.repositoryRoot)
        #expect(out.status == 64)
        #expect(out.stderr.split(separator: "\n").count == 1)
    }
}

/// `run` on a directory and on standard input (issue 19, item 4).
struct RunInputsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func aDirectoryRunsItsProgramsByName() throws {
        let dir = Self.root.appendingPathComponent("scenarios").path
        let out = try Binary.run(["run", dir])
        #expect(out.status == 0, "\(out.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".rkt") }.sorted()
        let headers = out.stdout.split(separator: "\n").filter { $0.hasPrefix("== ") }.map(String.init)
        #expect(headers == names.map { "== \(dir)/\($0) ==" })
    }

    @Test func dashReadsStandardInput() throws {
        let out = try Binary.run(["run", "-"], stdin: "#lang roulette\n(probability (flip 1/4))\n")
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == "0.25\n")
    }
}
