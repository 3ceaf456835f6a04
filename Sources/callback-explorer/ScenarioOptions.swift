import ArgumentParser
import BigInt
import CallbackModel

/// The model's flags, shared by every subcommand that computes (SPEC §1 table).
/// Values arrive as text and are parsed exactly here, so "12.5" is 1/8 and errors can
/// name the flag, the value and the allowed range in one line.
struct ScenarioOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "Number of servers N (1 … 1,000,000,000).")
    var servers: String = "2"

    @Option(parsing: .unconditional, help: "Canary share of traffic in percent (0 ≤ c < 100; exact, 12.5 is 1/8).")
    var canary: String = "0"

    @Option(name: .customLong("canary-servers"), parsing: .unconditional, help: "Servers in the canary pool M (1 … N−1; ignored when --canary is 0).")
    var canaryServers: String = "1"

    @Option(help: "Where order state lives: \(Strategy.allCases.map(\.name).joined(separator: ", ")).")
    var strategy: String = "local"

    @Option(parsing: .unconditional, help: "Retries after a failed callback attempt (0 … 100).")
    var retries: String = "0"

    @Option(parsing: .unconditional, help: "Replicas for --strategy replicate (0 … N−1).")
    var replicas: String = "1"

    @Option(name: .customLong("orders-per-minute"), parsing: .unconditional, help: "Orders per minute (> 0).")
    var ordersPerMinute: String = "1000"

    @Option(name: .customLong("order-value"), parsing: .unconditional, help: "Value of one order in dollars (≥ 0).")
    var orderValue: String = "10"

    @Option(parsing: .unconditional, help: "SLO target, percent of callbacks that succeed (0 < slo < 100).")
    var slo: String = "99.9"

    /// Parsed and range-checked parameters; throws `CLIError.usage` with one clear line.
    /// `compare` tries every strategy and `sweep` every server count, so they skip the checks
    /// that depend on those (a point that is invalid there shows as n/a, not as an error).
    func parameters(checkingStrategy: Bool = true, checkingServers: Bool = true) throws -> Parameters {
        let p = Parameters(
            servers: try Self.whole("--servers", servers, allowed: "1 to 1,000,000,000"),
            canaryShare: try Self.exact("--canary", canary, allowed: "0 ≤ canary < 100 (percent)") / 100,
            canaryServers: try Self.whole("--canary-servers", canaryServers, allowed: "1 to N−1"),
            strategy: try Self.strategy(strategy),
            retries: Int(try Self.whole("--retries", retries, allowed: "0 to 100", max: 100)),
            replicas: try Self.whole("--replicas", replicas, allowed: "0 to N−1"),
            ordersPerMinute: try Self.exact("--orders-per-minute", ordersPerMinute, allowed: "greater than 0"),
            orderValue: try Self.exact("--order-value", orderValue, allowed: "0 or more"),
            slo: try Self.exact("--slo", slo, allowed: "0 < slo < 100 (percent success)") / 100
        )
        var probe = p
        if !checkingStrategy { probe.strategy = .local }
        if !checkingServers { probe.servers = Parameters.maxServers }
        do {
            try probe.validate()
        } catch {
            throw CLIError.usage(error.flagDescription)
        }
        return p
    }

    static func whole(_ flag: String, _ text: String, allowed: String, max: BigInt = Parameters.maxServers * 10) throws -> BigInt {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let v = BigInt(t), t.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "+" }) else {
            throw CLIError.usage("\(flag) '\(text)' is not a whole number: allowed \(allowed)")
        }
        // Anything this far out of range is reported as such rather than parsed further.
        if v > max { throw CLIError.usage("\(flag) \(text) is out of range: allowed \(allowed)") }
        return v
    }

    static func exact(_ flag: String, _ text: String, allowed: String) throws -> Rational {
        guard let v = Rational(exactText: text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: "")) else {
            throw CLIError.usage("\(flag) '\(text)' is not a number: allowed \(allowed)")
        }
        return v
    }

    static func strategy(_ text: String) throws -> Strategy {
        guard let s = Strategy(rawValue: text.lowercased()) else {
            throw CLIError.usage("--strategy '\(text)' is unknown: allowed \(Strategy.allCases.map(\.name).joined(separator: ", "))")
        }
        return s
    }
}

extension ParameterError {
    /// The same message with the command-line flag named.
    var flagDescription: String { "--\(parameter.rawValue) \(value) is out of range: allowed \(allowed)" }
}
