/// What an expression evaluates to: a plain value, a random value, or a procedure.
enum Value {
    case datum(Datum)
    case random(RandomValue)
    case procedure(Procedure)

    static var void: Value { .datum(.void) }
    static func boolean(_ b: Bool) -> Value { .datum(.boolean(b)) }
}

/// A user function (`define`/`lambda`) or a built-in one.
final class Procedure {
    enum Body {
        case closure(parameters: [String], body: [Syntax], environment: Environment)
        case builtin((Evaluator, [Value], SourcePosition) throws(DialectError) -> Value)
    }

    let name: String
    /// Allowed argument counts.
    let arity: ClosedRange<Int>
    let body: Body

    init(name: String, arity: ClosedRange<Int>, body: Body) {
        self.name = name
        self.arity = arity
        self.body = body
    }

    var arityDescription: String {
        if arity.lowerBound == arity.upperBound { return "\(arity.lowerBound)" }
        if arity.upperBound == Int.max { return "at least \(arity.lowerBound)" }
        return "\(arity.lowerBound) to \(arity.upperBound)"
    }
}

/// Names in scope; a function call or `let` opens a child frame.
final class Environment {
    private var bindings: [String: Value] = [:]
    let parent: Environment?

    init(parent: Environment?) {
        self.parent = parent
    }

    func lookup(_ name: String) -> Value? {
        var frame: Environment? = self
        while let f = frame {
            if let v = f.bindings[name] { return v }
            frame = f.parent
        }
        return nil
    }

    func bind(_ name: String, _ value: Value) {
        bindings[name] = value
    }
}
