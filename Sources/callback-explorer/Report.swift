import ArgumentParser
import CallbackModel
import Reports

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Print every output for one configuration.")

    @OptionGroup var options: ScenarioOptions
    @OptionGroup var config: ConfigOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let format = try output.parsedFormat()
        let result = try CallbackEngine.evaluate(try config.parameters(options))
        try output.emit(Documents.report(result).rendered(as: format))
    }
}
