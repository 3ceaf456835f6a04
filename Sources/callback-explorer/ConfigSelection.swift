import ArgumentParser

/// Which upstream (nginx), backend (HAProxy) or Service (Kubernetes) of a config to read;
/// needed only when the file has several.
struct ConfigSelection: ParsableArguments {
    @Option(help: "The nginx upstream (or Kubernetes Service) to read, when the file has several.")
    var upstream: String?

    @Option(help: "The HAProxy backend (or listen section) to read, when the file has several.")
    var backend: String?

    func name() throws -> String? {
        if upstream != nil, backend != nil { throw CLIError.usage("--upstream and --backend cannot be used together: give the one name to read") }
        return upstream ?? backend
    }

    /// The flag the user typed, so "not in the file" names it (not the config kind's usual one).
    var flag: String? { upstream != nil ? "--upstream" : backend != nil ? "--backend" : nil }
}
