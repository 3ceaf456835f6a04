import ArgumentParser
import CallbackModel

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Print every output for one configuration.")

    func run() throws {
        throw CLIError.usage("report is not built yet")
    }
}
