import CallbackModel
import PropertyBased
import RouletteDialect
import Testing

/// Random chains, hidden-Markov-like models and Bayesian-network-like programs with
/// `observe!` and queries, against a brute-force enumeration of every world in Swift
/// (independent of the dialect's inference: each flip is a bit of the world).
struct ChainFuzzTests {
    @Test func randomModelsWithObservationsMatchEnumeration() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0 ... Int(UInt32.max))) { seed in
            RandomModel(seed: UInt64(seed)).check()
        }
    }
}

/// A boolean expression over earlier variables.
indirect enum BoolExpr {
    case variable(Int)
    case constant(Bool)
    case not(BoolExpr)
    case and(BoolExpr, BoolExpr)
    case or(BoolExpr, BoolExpr)
    case equal(BoolExpr, BoolExpr)

    var text: String {
        switch self {
        case .variable(let i): "b\(i)"
        case .constant(let b): b ? "#t" : "#f"
        case .not(let e): "(not \(e.text))"
        case .and(let a, let b): "(and \(a.text) \(b.text))"
        case .or(let a, let b): "(or \(a.text) \(b.text))"
        case .equal(let a, let b): "(equal? \(a.text) \(b.text))"
        }
    }

    func value(_ vars: [Bool]) -> Bool {
        switch self {
        case .variable(let i): vars[i]
        case .constant(let b): b
        case .not(let e): !e.value(vars)
        case .and(let a, let b): a.value(vars) && b.value(vars)
        case .or(let a, let b): a.value(vars) || b.value(vars)
        case .equal(let a, let b): a.value(vars) == b.value(vars)
        }
    }
}

struct RandomModel {
    enum Definition {
        case flip(Rational)
        /// `(if e (flip p) (flip q))`: two leaf flips, one of them used per world.
        case branch(BoolExpr, Rational, Rational)
        case plain(BoolExpr)
    }

    enum Statement {
        case define(Definition)
        case observe(BoolExpr)
        case probability(BoolExpr)
        case query(BoolExpr)
    }

    var rng: Xoshiro
    var statements: [Statement] = []
    var definitions: [Definition] = []
    var leaves = 0

    static let weights = [Rational(0), Rational(1, 4), Rational(1, 2), Rational(9, 10), Rational(1)]

    init(seed: UInt64) {
        rng = Xoshiro(seed: (seed, 0xC4A1, 3, 4))
        for _ in 0 ..< 8 { _ = rng.next() }  // the first outputs barely depend on the seed
        let count = 2 + roll(7)
        while definitions.count < count {
            let d = definition()
            definitions.append(d)
            statements.append(.define(d))
            if roll(3) == 0 { statements.append(.observe(expr(2))) }
            if roll(4) == 0 { statements.append(roll(2) == 0 ? .probability(expr(2)) : .query(expr(2))) }
        }
        statements.append(.probability(expr(3)))
    }

    mutating func roll(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
    mutating func weight() -> Rational { Self.weights[roll(Self.weights.count)] }

    /// Mostly the previous variable (chains), sometimes any earlier one (networks).
    mutating func variable() -> BoolExpr {
        let n = definitions.count
        return .variable(roll(3) == 0 ? roll(n) : n - 1)
    }

    mutating func expr(_ depth: Int) -> BoolExpr {
        if depth == 0 || roll(3) == 0 { return roll(8) == 0 ? .constant(roll(2) == 0) : variable() }
        switch roll(4) {
        case 0: return .not(expr(depth - 1))
        case 1: return .and(expr(depth - 1), expr(depth - 1))
        case 2: return .or(expr(depth - 1), expr(depth - 1))
        default: return .equal(expr(depth - 1), expr(depth - 1))
        }
    }

    mutating func definition() -> Definition {
        if definitions.isEmpty || leaves >= 11 { return definitions.isEmpty ? flip() : .plain(expr(2)) }
        switch roll(5) {
        case 0: return flip()
        case 1: return .plain(expr(2))
        default:
            leaves += 2
            return .branch(expr(1), weight(), weight())
        }
    }

    mutating func flip() -> Definition {
        leaves += 1
        return .flip(weight())
    }

    var program: String {
        var lines: [String] = []
        var defined = 0
        for s in statements {
            switch s {
            case .define(let d):
                let body = switch d {
                case .flip(let p): "(flip \(p))"
                case .branch(let e, let p, let q): "(if \(e.text) (flip \(p)) (flip \(q)))"
                case .plain(let e): e.text
                }
                lines.append("(define b\(defined) \(body))")
                defined += 1
            case .observe(let e): lines.append("(observe! \(e.text))")
            case .probability(let e): lines.append("(probability \(e.text))")
            case .query(let e): lines.append("((query \(e.text)) #t)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Every world: one bit per leaf flip, with its weight; the variables' values in it.
    func worlds() -> [(weight: Rational, vars: [Bool])] {
        var out: [(Rational, [Bool])] = []
        for bits in 0 ..< (1 << leaves) {
            var weight = Rational.one
            var vars: [Bool] = []
            var leaf = 0
            func take(_ p: Rational) -> Bool {
                let b = bits >> leaf & 1 == 1
                leaf += 1
                weight *= b ? p : .one - p
                return b
            }
            for d in definitions {
                switch d {
                case .flip(let p): vars.append(take(p))
                case .branch(let e, let p, let q):
                    let c = e.value(vars)
                    let x = take(p), y = take(q)
                    vars.append(c ? x : y)
                case .plain(let e): vars.append(e.value(vars))
                }
            }
            if !weight.isZero { out.append((weight, vars)) }
        }
        return out
    }

    func check() {
        let steps = statements.map { (s: Statement) -> WorldsOracle<[Bool]>.Step in
            switch s {
            case .define: .quiet
            case .observe(let e): .observe { e.value($0) }
            case .probability(let e), .query(let e): .ask { e.value($0) }
            }
        }
        WorldsOracle.check(program, worlds: worlds().map { ($0.weight, $0.vars) }, steps: steps)
    }
}
