import ArgumentParser
import CallbackModel
import ExplorerUI

struct Explore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Open the interactive explorer (needs a terminal). The default: the model flags work without a subcommand, e.g. 'callback-explorer --servers 10 --canary 5'; see 'callback-explorer help explore'.")

    @OptionGroup var options: ScenarioOptions
    @OptionGroup var config: ConfigOptions

    func run() throws {
        let parameters = try config.parameters(options)
        try TerminalLoop.requireTerminal(suggesting: (["callback-explorer", "report"] + CommandLine.arguments.dropFirst().filter { $0 != "explore" }).joined(separator: " "))
        TerminalLoop.run { size, glyphs in ExplorerState(parameters: parameters, size: size, glyphs: glyphs) }
    }
}
