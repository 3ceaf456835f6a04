import CallbackModel
import ConfigImport
import Foundation
import Testing

enum Examples {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ name: String) -> String { root.appendingPathComponent("examples/\(name)").path }
}

/// The config's parameters over the defaults, with `adjust` applied first (the flags).
func parameters(_ config: ImportedConfig, _ adjust: (inout Parameters) -> Void = { _ in }) -> Parameters {
    var p = Parameters()
    adjust(&p)
    config.apply(to: &p)
    return p
}

func failure(_ config: ImportedConfig, _ adjust: (inout Parameters) -> Void = { _ in }) throws -> Rational {
    try CallbackEngine.evaluate(parameters(config, adjust)).failure
}

/// The note about the directive on `line`, read out of the config.
func note(_ config: ImportedConfig, line: Int) -> String {
    config.notes.filter { $0.line == line }.map(\.reading).joined(separator: " | ")
}

func problem(_ text: String, fileName: String = "") -> ConfigProblem? {
    do {
        _ = try ConfigReader.read(text, fileName: fileName)
        return nil
    } catch {
        if case .malformed(let p) = error { return p }
        return nil
    }
}

func selectionError(_ text: String, selecting name: String? = nil) -> String? {
    do {
        _ = try ConfigReader.read(text, selecting: name)
        return nil
    } catch {
        if case .selection(let message) = error { return message }
        return nil
    }
}
