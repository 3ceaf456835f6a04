import Foundation
import Testing

/// Command lines that once crashed, hung, clobbered a file or answered wrongly (issue 16),
/// each kept as a file in `Corpus/`. A case is lines of `key: value`:
/// - `run:` a /bin/sh command; `$B` is the binary, `$SCENARIOS` the scenarios. It runs in a fresh directory.
/// - `setup:` (any number) commands run there first, e.g. planting a link.
/// - `status:` the exit status the shell sees (141 for a quiet end on a closed pipe).
/// - `stderr:` a piece of the one line on stderr; `stderr: none` for an empty stderr.
/// - `stdout:` a piece of stdout; `check:` a command that must succeed afterwards.
/// Lines starting with `#` say why the case is there.
struct CLICorpusTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    struct Case {
        var setup: [String] = [], run = "", status: Int32 = -1, stderr: String?, stdout: String?, checks: [String] = []

        init(_ text: String) {
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon], value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                switch key {
                case "setup": setup.append(value)
                case "run": run = value
                case "status": status = Int32(value) ?? -1
                case "stderr": stderr = value
                case "stdout": stdout = value
                case "check": checks.append(value)
                default: break
                }
            }
        }
    }

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".case") }.sorted()
    }

    @Test(arguments: names)
    func caseEndsAsRecorded(name: String) throws {
        let c = Case(try String(contentsOf: Self.directory.appendingPathComponent(name), encoding: .utf8))
        #expect(!c.run.isEmpty && c.status >= 0, "\(name): needs run: and status:")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cli-case-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = (["cd \(Shell.quote(dir.path))", "B=\(Shell.quote(Binary.url.path))",
                       "SCENARIOS=\(Shell.quote(Binary.repositoryRoot.appendingPathComponent("scenarios").path))"] + c.setup
            + ["( \(c.run)\n) >.stdout 2>.stderr; echo $? >.status"] + c.checks.map { "\($0) || echo 'check failed: \($0)' >>.status" })
            .joined(separator: "\n")
        _ = Shell.run(script, capture: false)
        let read = { (file: String) in (try? String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)) ?? "" }
        let statusLines = read(".status").split(separator: "\n")
        #expect(statusLines.first.flatMap { Int32($0) } == c.status, "\(name): status \(statusLines), stderr \(read(".stderr"))")
        #expect(statusLines.dropFirst().isEmpty, "\(name): \(statusLines.dropFirst().joined(separator: "; "))")
        let stderr = read(".stderr")
        if let expected = c.stderr {
            if expected == "none" {
                #expect(stderr.isEmpty, "\(name): stderr \(stderr)")
            } else {
                #expect(stderr.contains(expected), "\(name): stderr \(stderr)")
                #expect(stderr.split(separator: "\n").count == 1, "\(name): stderr is not one line: \(stderr)")
                #expect(!stderr.contains("\u{1B}") && !stderr.contains("\u{07}"), "\(name): raw control characters on stderr")
            }
        }
        if let expected = c.stdout { #expect(read(".stdout").contains(expected), "\(name): stdout \(read(".stdout"))") }
    }
}
