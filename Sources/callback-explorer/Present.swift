import ArgumentParser
import CallbackModel
import ExplorerUI

struct Present: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "present", abstract: "Walk the callback story as slides; every explorer key still works.")

    @Option(help: "Slide to start on (1 … \(Story.slides.count)).")
    var slide: Int = 1

    func run() throws {
        guard (1 ... Story.slides.count).contains(slide) else {
            throw CLIError.usage("--slide \(slide) is out of range: allowed 1 to \(Story.slides.count)")
        }
        try TerminalLoop.requireTerminal(suggesting: "callback-explorer report")
        let start = slide - 1
        TerminalLoop.run { size, glyphs in
            ExplorerState(parameters: Story.slides[start].parameters, size: size, glyphs: glyphs,
                          presentation: Presentation(index: start))
        }
    }
}
