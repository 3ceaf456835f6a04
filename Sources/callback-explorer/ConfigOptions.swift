import ArgumentParser
import CallbackModel
import ConfigImport

/// `--config FILE`: a load balancer's config read over the model's flags (its servers,
/// routing, and affinity when it hashes the order id).
struct ConfigOptions: ParsableArguments {
    @Option(help: "Read the servers and routing from a load balancer's config: nginx.conf, haproxy.cfg or Kubernetes YAML (see 'callback-explorer import').",
            completion: .file())
    var config: String?

    @OptionGroup var selection: ConfigSelection

    /// The flags' parameters with the config applied after them. The flags' checks that
    /// depend on the servers and strategy wait until the config has set those.
    func parameters(_ options: ScenarioOptions, checkingStrategy: Bool = true, checkingServers: Bool = true) throws -> Parameters {
        guard let config else {
            if try selection.name() != nil { throw CLIError.usage("--upstream and --backend choose a part of --config FILE: give --config too") }
            return try options.parameters(checkingStrategy: checkingStrategy, checkingServers: checkingServers)
        }
        var p = try options.parameters(checkingStrategy: false, checkingServers: false)
        let imported = try Self.load(config, selecting: try selection.name(), flag: selection.flag)
        try Self.refuseConflicts(options, imported)
        imported.apply(to: &p)
        try ScenarioOptions.validate(p, checkingStrategy: checkingStrategy, checkingServers: checkingServers)
        return p
    }

    /// A flag the config also decides is refused rather than silently overridden.
    static func refuseConflicts(_ options: ScenarioOptions, _ imported: ImportedConfig) throws {
        let given = [("--servers", options.servers), ("--canary", options.canary), ("--canary-servers", options.canaryServers)]
        for (flag, value) in given where value != nil {
            throw CLIError.usage("\(flag) cannot be combined with --config: the config gives the servers and their weights")
        }
        if !options.pool.isEmpty { throw CLIError.usage("--pool cannot be combined with --config: the config gives the pools") }
        if let routing = options.callbackRouting, routing.lowercased() != imported.routing.rawValue {
            throw CLIError.usage("--callback-routing \(routing) conflicts with --config, which routes callbacks \(imported.routing.rawValue): drop one")
        }
        if let strategy = options.strategy, let decided = imported.strategy, strategy.lowercased() != decided.name {
            throw CLIError.usage("--strategy \(strategy) conflicts with --config, which routes callbacks by the order id (\(decided.name)): drop one")
        }
    }

    static func load(_ path: String, selecting name: String?, flag: String? = nil) throws -> ImportedConfig {
        do {
            return try ConfigReader.read(path: path, selecting: name, flag: flag)
        } catch {
            switch error {
            case .malformed: throw CLIError.badProgram(error.line(file: path))
            case .unreadable: throw CLIError.missingFile(error.line(file: path))
            case .selection: throw CLIError.usage(error.line(file: path))
            }
        }
    }
}
