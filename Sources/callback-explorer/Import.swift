import ArgumentParser
import CallbackModel
import ConfigImport
import Reports

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a load balancer's config and report its callback failure, with each directive explained.",
        discussion: """
        Reads an nginx upstream, an HAProxy backend or Kubernetes manifests (Deployment/StatefulSet and Service). \
        The model's other flags apply as given; --servers, --canary, --canary-servers and --pool are refused (the config gives the servers), \
        and --callback-routing or --strategy only when they contradict the config.
        """)

    @Argument(help: "nginx.conf, haproxy.cfg or Kubernetes YAML.", completion: .file())
    var file: String

    @OptionGroup var selection: ConfigSelection
    @OptionGroup var options: ScenarioOptions

    @Option(help: "Output format: text, json.")
    var format: String = "text"

    func run() throws {
        guard ["text", "json"].contains(format.lowercased()) else {
            throw CLIError.usage("--format '\(format)' is unknown: allowed text, json")
        }
        var p = try options.parameters(checkingStrategy: false, checkingServers: false)
        let imported = try ConfigOptions.load(file, selecting: try selection.name(), flag: selection.flag)
        try ConfigOptions.refuseConflicts(options, imported)
        imported.apply(to: &p)
        try ScenarioOptions.validate(p)
        let document = Documents.report(try CallbackEngine.evaluate(p))
        if format.lowercased() == "json" {
            let origin = ImportOrigin(file: file, kind: imported.kind.rawValue, name: imported.name,
                                      notes: imported.notes.map(\.description))
            StandardStreams.out(JSONFormat.render(document, imported: origin))
        } else {
            StandardStreams.out(imported.summaryLines(file: file, parameters: p).joined(separator: "\n") + "\n\n" + document.rendered(as: .text))
        }
    }
}
