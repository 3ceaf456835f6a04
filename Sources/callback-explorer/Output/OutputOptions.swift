import ArgumentParser
import Reports
import SafeOutput

/// `--format`, `--output` and `--force`, shared by report, compare and sweep.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: \(Format.allowed).")
    var format: String = "text"

    @Option(help: "Write to this new file instead of standard output (links are never followed).")
    var output: String?

    @Flag(help: "Replace the --output file if it exists (a regular file only).")
    var force = false

    func parsedFormat() throws -> Format {
        guard let f = Format(rawValue: format.lowercased()) else {
            throw CLIError.usage("--format '\(format)' is unknown: allowed \(Format.allowed)")
        }
        return f
    }

    /// Prints, or writes the file: created new (O_EXCL, no links followed), or with --force
    /// written beside it and renamed over it, so a half-written file is never left behind.
    func emit(_ text: String) throws {
        guard let output else {
            StandardStreams.out(text)
            return
        }
        do {
            try ExclusiveFile.write(text, to: output, mode: force ? .replace : .create)
        } catch {
            let line = "--output '\(output)' \(error.reason)"
            switch error {
            case .exists: throw CLIError.usage(line + ": add --force to replace it")
            // No directory to write in is an unwritable output (74), not a missing input (66).
            case .missingDirectory: throw CLIError.io(line)
            case .cannotWrite: throw CLIError.io(line)
            default: throw CLIError.usage(line)
            }
        }
    }
}
