import CallbackModel
import ExplorerUI

/// A speaker's deck: slides in order, each a real explorer configuration with words whose
/// numbers are live values. Read from YAML by `DeckReader`; the talk is `Deck.talk`.
public struct Deck: Sendable, Equatable {
    public let title: String?
    public let slides: [Slide]

    public init(title: String?, slides: [Slide]) {
        self.title = title
        self.slides = slides
    }
}

/// A deck that cannot be read, with the file position a speaker's editor jumps to.
public struct DeckError: Error, Sendable, Equatable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let message: String

    public init(line: Int, column: Int, _ message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(line):\(column): \(message)" }
}
