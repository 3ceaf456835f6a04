import CallbackModel
import Testing

/// The brute-force side of the fuzz tests: a program's statements, in order, over every
/// world of positive weight. An observation keeps the worlds where it holds; a question
/// prints P(event | observations so far). An observation no world satisfies stops the
/// program at its line with "observed an event of probability 0".
enum WorldsOracle<World> {
    enum Step {
        /// A line that prints nothing (a definition).
        case quiet
        case observe((World) -> Bool)
        case ask((World) -> Bool)
    }

    /// Checks `program` (one line per step) against the enumeration.
    static func check(_ program: String, worlds: [(weight: Rational, world: World)], steps: [Step],
                      sourceLocation: SourceLocation = #_sourceLocation) {
        var given = worlds
        var expected: [String] = []
        for (line, step) in steps.enumerated() {
            switch step {
            case .quiet: continue
            case .observe(let holds):
                given = given.filter { holds($0.world) }
                if given.isEmpty {
                    #expect(failure(program) == "\(line + 1):1: observed an event of probability 0", "\(program)", sourceLocation: sourceLocation)
                    return
                }
            case .ask(let event):
                let total = given.reduce(Rational.zero) { $0 + $1.weight }
                let yes = given.filter { event($0.world) }.reduce(Rational.zero) { $0 + $1.weight }
                expected.append((yes / total).description)
            }
        }
        #expect((try? lines(program, style: .fractions)) == expected, "\(program)", sourceLocation: sourceLocation)
    }
}
