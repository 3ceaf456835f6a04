import CallbackModel
import Readout

/// What `import` prints before the report: the parameters the config gave, the same as
/// flags, and one line per directive.
extension ImportedConfig {
    /// The flags that reproduce the config's part of the parameters.
    public var equivalentFlags: String {
        var flags = pools.map { "--pool \($0.text)" }
        flags.append("--callback-routing \(routing.rawValue)")
        if let strategy { flags.append("--strategy \(strategy.name)") }
        if let hashing { flags.append("--hashing \(hashing.rawValue)") }
        return flags.joined(separator: " ")
    }

    /// `parameters`: the flags' parameters with this config applied.
    public func summaryLines(file: String, parameters p: Parameters) -> [String] {
        var lines = ["Imported \(Echo.safe(file)): \(kind.title) \(kind.unit) \(Echo.safe(name))"]
        let width = max(16, pools.map { $0.name.count + 6 }.max() ?? 0)
        func row(_ label: String, _ value: String) { lines.append("  " + label.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value) }
        for c in pools {
            let size = c.size == 1 ? "1 server" : "\(Rational.grouped(c.size)) servers"
            row("class \(Echo.safe(c.name))", "\(size), weight \(c.weight)\(c.canary ? ", canary" : "")")
        }
        row("callback routing", routing.rawValue)
        row("strategy", p.strategy.name + (strategy == nil ? " (the flags': the config does not decide it)" : ""))
        if p.strategy == .affinity { row("hashing", p.incidents.hashing.rawValue) }
        row("same as", Echo.safe(equivalentFlags))
        lines += ["", "How each directive was read"] + notes.map { "  " + $0.description }
        return lines
    }
}
