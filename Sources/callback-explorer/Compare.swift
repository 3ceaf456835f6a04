import ArgumentParser
import CallbackModel
import Reports

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare", abstract: "Every strategy side by side at the current parameters.")

    @OptionGroup var options: ScenarioOptions
    @OptionGroup var config: ConfigOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let format = try output.parsedFormat()
        let base = try config.parameters(options, checkingStrategy: false)
        try output.emit(Documents.compare(base, Explorations.compare(base)).rendered(as: format))
    }
}
