import ArgumentParser
import Foundation
import RouletteDialect
import SafeOutput

/// `run FILE…`: runs programs in the Roulette dialect (SPEC §4). With several files each
/// output starts with a `== FILE ==` header line and files are separated by a blank line.
/// Every file is read before any runs, so a missing file fails (66) before any output.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run probabilistic programs in the Roulette dialect.",
        discussion: "Probabilities print as exact decimals when they terminate, else as fractions (1/3)."
    )

    @Argument(help: "Program files (.rkt) to run, in order; a directory runs its .rkt files by name; - reads standard input.")
    var files: [String]

    @Flag(help: "Print every probability as a fraction (9/50).")
    var fractions = false

    // .unconditional: "-1" is taken as the value (and refused with the range), not as a flag.
    @Option(parsing: .unconditional, help: "Round probabilities to D decimal places (0 … 100).")
    var digits: String?

    func run() throws {
        let style = try numberStyle()
        guard !files.isEmpty else { throw CLIError.usage("run needs at least one program FILE") }
        var sources: [(file: String, text: String)] = []
        for file in try expanded(files) {
            let handle: FileHandle
            if file == "-" {
                handle = FileHandle.standardInput
            } else {
                if let why = ReadableFile.refusal(file) { throw CLIError.missingFile("\(file): \(why)") }
                guard let opened = FileHandle(forReadingAtPath: file) else {
                    throw CLIError.missingFile("\(file): no such readable file")
                }
                handle = opened
            }
            // Read no more than the reader accepts: a 50 MB program took 29 s and 1.9 GB
            // before failing, and /dev/zero would never end.
            let limit = Reader.maxSourceBytes
            let data = (try? handle.read(upToCount: limit + 1)) ?? Data()
            try? handle.close()
            guard data.count <= limit else {
                throw CLIError.badProgram("\(file): program longer than \(limit) bytes")
            }
            // Invalid bytes are refused, not silently replaced by U+FFFD.
            guard let text = String(validating: data, as: UTF8.self) else {
                throw CLIError.badProgram("\(file): not valid UTF-8 text")
            }
            sources.append((file, text))
        }
        for (index, source) in sources.enumerated() {
            if sources.count > 1 { write("\(index > 0 ? "\n" : "")== \(source.file) ==\n") }
            do {
                try Interpreter.run(source.text, style: style) { write($0) }
            } catch {
                throw CLIError.badProgram(error.report(file: source.file))
            }
        }
    }

    private func numberStyle() throws -> NumberStyle {
        if let digits {
            guard !fractions else { throw CLIError.usage("--digits and --fractions cannot be used together") }
            guard let d = Int(digits), (0...100).contains(d), digits.allSatisfy(\.isNumber) else {
                throw CLIError.usage("--digits '\(digits)' is not allowed: allowed a whole number from 0 to 100")
            }
            return .digits(d)
        }
        return fractions ? .fractions : .exact
    }

    /// Unbuffered, so headers, program output and errors keep their order; a failed write
    /// ends the run (StandardStreams).
    private func write(_ text: String) {
        StandardStreams.out(text)
    }

    /// A directory stands for its .rkt files, in name order (`run scenarios`).
    private func expanded(_ paths: [String]) throws -> [String] {
        try paths.flatMap { path -> [String] in
            guard isDirectory(path) else { return [path] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            let programs = names.filter { $0.hasSuffix(".rkt") }.sorted()
            guard !programs.isEmpty else { throw CLIError.missingFile("\(path): a directory with no .rkt programs") }
            let base = path.hasSuffix("/") ? path : path + "/"
            return programs.map { base + $0 }
        }
    }

    private func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}
