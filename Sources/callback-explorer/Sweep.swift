import ArgumentParser
import BigInt
import CallbackModel
import Reports

struct Sweep: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep", abstract: "Failure against the number of servers, everything else fixed.")

    static let maxPoints = 1000

    @OptionGroup var options: ScenarioOptions
    @OptionGroup var config: ConfigOptions
    // .unconditional: "-1" is taken as the value (and refused with the range), not as a flag.
    @Option(parsing: .unconditional, help: "First server count of an inclusive range (with --to).")
    var from: String?
    @Option(parsing: .unconditional, help: "Last server count of an inclusive range (with --from).")
    var to: String?
    @Option(parsing: .unconditional, help: "Comma-separated server counts, e.g. 2,3,5.")
    var values: String?
    @OptionGroup var output: OutputOptions

    func run() throws {
        // The sweep chooses N itself: a --servers would change nothing, so it is refused
        // rather than ignored.
        if let n = options.servers {
            throw CLIError.usage("--servers \(n) does not apply to sweep, which varies the servers: give them with --values 2,3,5 or --from N --to N")
        }
        let format = try output.parsedFormat()
        let base = try config.parameters(options, checkingStrategy: false, checkingServers: false)
        let servers = try serverCounts()
        try output.emit(Documents.sweep(base, Explorations.sweep(base, servers: servers)).rendered(as: format))
    }

    func serverCounts() throws -> [BigInt] {
        if let values {
            guard from == nil, to == nil else { throw CLIError.usage("--values cannot be combined with --from/--to") }
            let parts = values.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count <= Self.maxPoints else {
                throw CLIError.usage("--values has \(parts.count) entries: allowed at most \(Self.maxPoints)")
            }
            return try parts.map { try Self.serverCount("--values", String($0)) }
        }
        switch (from, to) {
        case (nil, nil):
            return Explorations.defaultSweepServers
        case (let a?, let b?):
            let lo = try Self.serverCount("--from", a), hi = try Self.serverCount("--to", b)
            guard lo <= hi else { throw CLIError.usage("--from \(a) is above --to \(b): allowed --from ≤ --to") }
            guard hi - lo < BigInt(Self.maxPoints) else {
                throw CLIError.usage("--from \(a) --to \(b) is \(hi - lo + 1) points: allowed at most \(Self.maxPoints)")
            }
            var out: [BigInt] = []
            var n = lo
            while n <= hi { out.append(n); n += 1 }
            return out
        default:
            throw CLIError.usage("--from and --to go together: give both, or use --values")
        }
    }

    /// A server count checked against the servers bound (without a canary: the sweep shows
    /// points a canary cannot use as n/a).
    static func serverCount(_ flag: String, _ text: String) throws -> BigInt {
        switch Bounds.of(.servers, given: nil).check(text) {
        case .success(let n): return n.numerator
        case .failure(let violation): throw CLIError.usage(violation.sentence(naming: flag))
        }
    }
}
