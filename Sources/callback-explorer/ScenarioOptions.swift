import ArgumentParser
import BigInt
import CallbackModel

/// The model's flags, shared by every subcommand that computes (SPEC §1 table).
/// Values arrive as text and are parsed exactly here, so "12.5" is 1/8 and errors can
/// name the flag, the value and the allowed range in one line.
struct ScenarioOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "Number of servers N (\(Self.allowed(.servers)); default 2).")
    var servers: String?

    @Option(parsing: .unconditional, help: "Canary share of traffic in percent (\(Self.allowed(.canary)); exact, 12.5 is 1/8; default 0).")
    var canary: String?

    @Option(name: .customLong("canary-servers"), parsing: .unconditional, help: "Servers in the canary pool M (\(Self.allowed(.canaryServers)); ignored when --canary is 0; default 1).")
    var canaryServers: String?

    @Option(parsing: .unconditionalSingleValue,
            help: ArgumentHelp("A class of servers, repeatable, instead of --servers/--canary: \(ServerClass.textForm); each server is chosen with probability WEIGHT / Σ(SIZE × WEIGHT). At most \(ServerClass.maxClasses).",
                               valueName: "name:size:weight[:canary]"))
    var pool: [String] = []

    @Option(name: .customLong("callback-routing"), parsing: .unconditional,
            help: "How callbacks are routed: \(Self.allowed(.callbackRouting)) (provider-address: pinned by the caller's address, as ip_hash does; default per-request).",
            completion: .list(CallbackRouting.allCases.map(\.rawValue)))
    var callbackRouting: String?

    @Option(help: "Where order state lives: \(Self.allowed(.strategy)).", completion: .list(Strategy.allCases.map(\.name)))
    var strategy: String?

    @Option(parsing: .unconditional, help: "Retries after a failed callback attempt (\(Self.allowed(.retries))).")
    var retries: String = "0"

    @Option(parsing: .unconditional, help: "Replicas for --strategy replicate (\(Self.allowed(.replicas))).")
    var replicas: String = "1"

    @Option(name: .customLong("orders-per-minute"), parsing: .unconditional, help: "Orders per minute (\(Self.allowed(.ordersPerMinute))).")
    var ordersPerMinute: String = "1000"

    @Option(name: .customLong("order-value"), parsing: .unconditional, help: "Value of one order in dollars (\(Self.allowed(.orderValue))).")
    var orderValue: String = "10"

    @Option(parsing: .unconditional, help: "SLO target, percent of callbacks that succeed (\(Self.allowed(.slo))).")
    var slo: String = "99.9"

    @Option(name: .customLong("scale-to"), parsing: .unconditional,
            help: "Incidents: a scale event resizes the pool to N2 servers while callbacks are in flight (\(Self.allowed(.scaleTo))).")
    var scaleTo: String?

    @Option(parsing: .unconditional, help: "Incidents: how affinity maps an order id to a server: \(Self.allowed(.hashing)) (default consistent).")
    var hashing: String?

    @Option(name: .customLong("scale-events-per-day"), parsing: .unconditional, help: "Incidents: scale events a day (\(Self.allowed(.scaleEventsPerDay))).")
    var scaleEventsPerDay: String?

    @Option(name: .customLong("crashes-per-day"), parsing: .unconditional, help: "Incidents: server crashes a day (\(Self.allowed(.crashesPerDay))).")
    var crashesPerDay: String?

    @Option(name: .customLong("callback-delay"), parsing: .unconditional,
            help: "Incidents: seconds from order to callback: \(Self.allowed(.callbackDelay)) (default 30).")
    var callbackDelay: String?

    @Option(name: .customLong("state-ttl"), parsing: .unconditional, help: "Incidents: seconds until the order's state expires (\(Self.allowed(.stateTTL))).")
    var stateTTL: String?

    /// Parsed and range-checked parameters; throws `CLIError.usage` with one clear line.
    /// `compare` tries every strategy and `sweep` every server count, so they skip the checks
    /// that depend on those (a point that is invalid there shows as n/a, not as an error).
    func parameters(checkingStrategy: Bool = true, checkingServers: Bool = true) throws -> Parameters {
        let texts: [ParameterName: String?] = [
            .strategy: strategy, .servers: servers, .canary: canary, .canaryServers: canaryServers, .retries: retries,
            .replicas: replicas, .ordersPerMinute: ordersPerMinute, .orderValue: orderValue, .slo: slo,
            .scaleTo: scaleTo, .hashing: hashing, .scaleEventsPerDay: scaleEventsPerDay, .crashesPerDay: crashesPerDay,
            .callbackDelay: callbackDelay, .stateTTL: stateTTL, .callbackRouting: callbackRouting,
        ]
        var p = Parameters()
        if !pool.isEmpty {
            // The pools say how many servers there are and which are canaries.
            for (flag, given) in [("--servers", servers), ("--canary", canary), ("--canary-servers", canaryServers)] where given != nil {
                throw CLIError.usage("\(flag) cannot be combined with --pool: the pools give the servers and the canary (NAME:SIZE:WEIGHT[:canary])")
            }
            for text in pool {
                do {
                    try p.set(.pool, text: text)
                } catch {
                    throw CLIError.usage(error.sentence(naming: "--pool"))
                }
            }
        }
        // Each flag's own form and the bound that holds whatever the other flags say come
        // first, so an absurd value is refused before it is stored, even for a parameter
        // these settings do not use (--replicas -1 without replicate); the ranges that
        // depend on the other flags follow in `validate`.
        for name in [ParameterName.strategy] + Bounds.numeric + Bounds.incidentNumeric + [.hashing, .callbackDelay, .callbackRouting] {
            guard let text = texts[name] ?? nil else { continue }
            if name == .canaryServers {
                try Self.setCanaryServers(text, in: &p, checkingServers: checkingServers)
                continue
            }
            do {
                try p.set(name, text: text, caseInsensitive: true)
            } catch {
                throw CLIError.usage(error.sentence(naming: "--\(name.rawValue)"))
            }
        }
        try Self.validate(p, checkingStrategy: checkingStrategy, checkingServers: checkingServers)
        return p
    }

    /// M (SPEC §1: 1 … N−1 when c > 0, ignored when c = 0; the canary is set by now). It
    /// must be a count in any case. Without a canary any count is accepted and ignored
    /// (kept, as the explorer's starting M, when it is one a canary could use on some N).
    /// With a canary its range depends on N, so `validate` checks it and names N − 1
    /// ("allowed 1 to 9 (servers − 1)"); `sweep`, which varies N, checks the range for any N.
    static func setCanaryServers(_ text: String, in p: inout Parameters, checkingServers: Bool) throws {
        let loose = Bounds.of(.canaryServers, given: nil)
        let checked = p.hasCanary && !checkingServers ? loose.check(text) : loose.parse(text)
        switch checked {
        case .success(let v):
            if p.hasCanary || loose.contains(v) { p.set(.canaryServers, to: v) }
        case .failure(let violation):
            // Not a count: say the range these servers allow when it is known.
            let named = p.hasCanary && checkingServers && p.servers >= 2
                ? violation.allowing(Bounds.of(.canaryServers, given: p).allowed) : violation
            throw CLIError.usage(named.sentence(naming: "--canary-servers"))
        }
    }

    /// The ranges that depend on other parameters; `compare` and `sweep` skip the strategy
    /// and server checks they vary themselves. `--config` calls it after applying the file.
    static func validate(_ p: Parameters, checkingStrategy: Bool = true, checkingServers: Bool = true) throws {
        var probe = p
        if !checkingStrategy { probe.strategy = .local }
        if !checkingServers { probe.servers = Parameters.maxServers }
        do {
            try probe.validate()
        } catch {
            throw CLIError.usage(error.flagDescription)
        }
    }

    static func allowed(_ name: ParameterName) -> String { Bounds.of(name, given: nil).allowed }
}

extension ParameterError {
    /// The same message with the command-line flag named.
    var flagDescription: String { "--\(parameter.rawValue) \(value) is out of range: allowed \(allowed)" }
}
