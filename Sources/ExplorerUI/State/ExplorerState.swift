import CallbackModel
import Readout

/// Everything the screen shows is a function of this value (plus the engine's results).
public struct ExplorerState: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        case running
        case help
        /// Typing an exact value for the focused field.
        case entry(String)
        case quitting
    }

    public var parameters: Parameters
    public var focus: Field = .servers
    /// With weighted pools (`--pool`), the pool whose size and weight the keys change.
    public var poolFocus = 0
    /// `f`: the formulas whole in place of the charts.
    public var showFormulas = false
    public var view: View = .overview
    public var mode: Mode = .running
    /// Earlier parameters, newest last, for `u`.
    public var history: [Parameters] = []
    /// What the user last set for parameters that follow N (canary servers, replicas), so a
    /// value a smaller N lowered comes back when N allows it again.
    public var intended: [ParameterName: Rational] = [:]
    /// One line for the status bar: what just happened or what went wrong.
    public var message: String?
    public var size: Size
    public var glyphs: BarGlyphs
    /// Which page of help is shown (help opens at the first).
    public var helpPage = 0
    /// Present in presentation mode.
    public var presentation: Presentation?

    public static let historyLimit = 100

    public init(parameters: Parameters, size: Size, glyphs: BarGlyphs = .unicode, presentation: Presentation? = nil) {
        self.parameters = parameters
        self.size = size
        self.glyphs = glyphs
        self.presentation = presentation
        intended = Self.intentions(parameters)
        if let presentation { apply(presentation.slide) }
    }

    /// The followers of N as given: what they return to when N allows.
    static func intentions(_ p: Parameters) -> [ParameterName: Rational] {
        [.canaryServers: p.value(of: .canaryServers), .replicas: p.value(of: .replicas)]
    }

    /// Shows a slide: its configuration and chart, with no undo history across slides.
    mutating func apply(_ slide: Slide) {
        parameters = slide.parameters
        view = View(slide.chart)
        history = []
        intended = Self.intentions(slide.parameters)
        message = nil
    }
}

/// Which slide the speaker is on.
public struct Presentation: Equatable, Sendable {
    public var index: Int
    public let slides: [Slide]

    public init(index: Int = 0, slides: [Slide]) {
        precondition(!slides.isEmpty, "a presentation needs at least one slide")
        self.slides = slides
        self.index = min(max(0, index), slides.count - 1)
    }

    public var slide: Slide { slides[index] }
}

extension View {
    init(_ chart: StoryChart) {
        switch chart {
        case .compare: self = .compare
        case .sweep: self = .sweep
        case .breakdown: self = .breakdown
        case .impact: self = .impact
        case .incidents: self = .incidents
        case .overview: self = .overview
        }
    }
}

extension ExplorerState {
    /// Formulas in the grammar the terminal can show: under the ASCII fallback `c²` would
    /// become `c2` character for character, so ASCII formulas are written `c^2` instead.
    var formulaStyle: FormulaText.Style { glyphs == .ascii ? .ascii : .unicode }
}
