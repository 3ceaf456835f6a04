import ArgumentParser
import CallbackModel
import ExplorerUI

struct Present: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "present", abstract: "Walk the callback story as slides; every explorer key still works.")

    /// Text, read here, so "-1" and "abc" are refused with the range rather than as a
    /// missing value or a bare "invalid".
    @Option(parsing: .unconditional, help: "Slide to start on (1 … \(Story.slides.count)).")
    var slide: String = "1"

    func run() throws {
        guard let slide = Int(slide), (1 ... Story.slides.count).contains(slide), self.slide.allSatisfy(\.isNumber) else {
            throw CLIError.usage("--slide '\(self.slide)' is not allowed: allowed a whole number from 1 to \(Story.slides.count)")
        }
        try TerminalLoop.requireTerminal(suggesting: "callback-explorer report")
        let start = slide - 1
        TerminalLoop.run { size, glyphs in
            ExplorerState(parameters: Story.slides[start].parameters, size: size, glyphs: glyphs,
                          presentation: Presentation(index: start))
        }
    }
}
