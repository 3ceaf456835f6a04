import ArgumentParser
import CallbackModel
import Decks
import ExplorerUI
import Foundation
import SafeOutput

struct Present: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "present",
        abstract: "Walk the callback story as slides; every explorer key still works.",
        discussion: "With --deck, your own slides (YAML; decks/talk.yaml is the built-in talk, to copy).")

    @Option(help: "A deck of your own (YAML, see decks/talk.yaml).")
    var deck: String?

    /// Text, read here, so "-1" and "abc" are refused with the range rather than as a
    /// missing value or a bare "invalid".
    @Option(parsing: .unconditional, help: "Slide to start on (1 … the number of slides; the talk has \(Story.slides.count)).")
    var slide: String = "1"

    func run() throws {
        let slides = try loadDeck().slides
        guard let number = Int(slide), (1 ... slides.count).contains(number), slide.allSatisfy(\.isNumber) else {
            throw CLIError.usage("--slide '\(slide)' is not allowed: allowed a whole number from 1 to \(slides.count)")
        }
        try TerminalLoop.requireTerminal(suggesting: "callback-explorer report")
        let start = number - 1
        TerminalLoop.run { size, glyphs in
            ExplorerState(parameters: slides[start].parameters, size: size, glyphs: glyphs,
                          presentation: Presentation(index: start, slides: slides))
        }
    }

    func loadDeck() throws -> Deck {
        guard let deck else { return Story.deck }
        if let why = ReadableFile.refusal(deck) { throw CLIError.missingFile("--deck \(deck): \(why)") }
        guard let data = FileManager.default.contents(atPath: deck) else {
            throw CLIError.missingFile("--deck \(deck): no such readable file")
        }
        do {
            return try DeckReader.read(String(decoding: data, as: UTF8.self))
        } catch {
            throw CLIError.badProgram("\(deck):\(error.description)")
        }
    }
}
