import BigInt
import CallbackModel

/// Which chart a slide opens on; mapped onto the explorer's own views.
public enum StoryChart: String, CaseIterable, Sendable, Equatable {
    case overview, compare, sweep, breakdown, impact, incidents
}

/// One slide of a deck: a real explorer configuration plus what the speaker says, with
/// live values (`Narration`).
public struct Slide: Sendable, Equatable {
    public let title: String
    public let narration: Narration
    public let parameters: Parameters
    public let chart: StoryChart
    /// A small picture drawn above the charts (the failure sequence), if any.
    public let diagram: [String]

    public init(_ title: String, _ narration: Narration, _ parameters: Parameters, chart: StoryChart, diagram: [String] = []) {
        self.title = title
        self.narration = narration
        self.parameters = parameters
        self.chart = chart
        self.diagram = diagram
    }
}

