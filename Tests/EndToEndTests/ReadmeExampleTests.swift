import Foundation
import Testing

/// The README's command examples are real output: each ``` block that starts with
/// `$ callback-explorer ARGS` must be exactly what the binary prints for ARGS (run from
/// the repository root, so `scenarios/…` paths resolve).
struct ReadmeExampleTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Example: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let output: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static var examples: [Example] {
        guard let readme = try? String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8) else { return [] }
        return readme.components(separatedBy: "```\n").compactMap { block in
            let prompt = "$ callback-explorer "
            guard block.hasPrefix(prompt), let end = block.firstIndex(of: "\n") else { return nil }
            let arguments = block[block.index(block.startIndex, offsetBy: prompt.count) ..< end].split(separator: " ").map(String.init)
            return Example(arguments: arguments, output: String(block[block.index(after: end)...]))
        }
    }

    @Test func theReadmeHasExamples() {
        #expect(Self.examples.count >= 4)
    }

    @Test(arguments: examples)
    func exampleIsWhatTheBinaryPrints(_ example: Example) throws {
        let run = try Binary.run(example.arguments, in: Self.root)
        #expect(run.status == 0)
        #expect(run.stdout == example.output)
    }
}
