import ArgumentParser
import Foundation
import Reports

/// `--format`, `--output` and `--force`, shared by report, compare and sweep.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: \(Format.allowed).")
    var format: String = "text"

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Overwrite the --output file if it exists.")
    var force = false

    func parsedFormat() throws -> Format {
        guard let f = Format(rawValue: format.lowercased()) else {
            throw CLIError.usage("--format '\(format)' is unknown: allowed \(Format.allowed)")
        }
        return f
    }

    /// Prints, or writes the file; refuses to overwrite without --force.
    func emit(_ text: String) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let url = URL(fileURLWithPath: output)
        if FileManager.default.fileExists(atPath: url.path) && !force {
            throw CLIError.usage("--output \(output) exists: add --force to overwrite it")
        }
        var isDirectory: ObjCBool = false
        let parent = url.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIError.missingFile("--output \(output): directory \(parent) does not exist")
        }
        do {
            try Data(text.utf8).write(to: url)
        } catch {
            throw CLIError.usage("--output \(output) cannot be written: \(error.localizedDescription)")
        }
    }
}
