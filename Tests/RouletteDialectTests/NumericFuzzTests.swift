import CallbackModel
import PropertyBased
import RouletteDialect
import Testing

/// Random programs over small integer choices (some wide, as servers are), shared sums,
/// folds and comparisons, with observations: the shapes the integer convolution and the
/// lifting of values read only by `equal?` take, against an enumeration of every world.
struct NumericFuzzTests {
    @Test func randomNumericModelsMatchEnumeration() async {
        await propertyCheck(count: 100, input: Gen.int(in: 0 ... Int(UInt32.max))) { seed in
            var model = NumericModel(seed: UInt64(seed))
            model.check()
        }
    }
}

struct NumericModel {
    /// A leaf choice: uniform over 0..<width, or 0 with weight `canary` and else uniform
    /// over 1..<width (the story's canary route).
    struct Leaf {
        let width: Int
        let canary: Rational?

        var text: String {
            guard let c = canary else { return "(discrete-uniform (range \(width)))" }
            return "(if (flip \(c)) 0 (discrete-uniform (range 1 \(width))))"
        }

        var outcomes: [(Int, Rational)] {
            guard let c = canary else { return (0..<width).map { ($0, Rational(1, width)) } }
            return [(0, c)] + (1..<width).map { ($0, (.one - c) / Rational(width - 1)) }
        }
    }

    indirect enum Term {
        case variable(Int)
        case leaf(Int)  // a fresh choice, by index into `leaves`
        case constant(Int)
    }

    enum Definition {
        case leaf(Int)
        case sum([Term])        // `(+ …)` or a fold over a list
        case fold([Term])
        case pick(Int, Int, Term, Term)  // (if (equal? a b) x y)
    }

    enum Statement {
        case define(Definition)
        case observe(Int, Int, Bool)  // (observe! ((not) (equal? a b)))
        case probability([Int], Int)  // P(a ≠ each of the others), or P(a = k) when others is empty
    }

    var rng: Xoshiro
    var leaves: [Leaf] = []
    var statements: [Statement] = []
    var count = 0

    init(seed: UInt64) {
        rng = Xoshiro(seed: (seed, 0x5A11, 5, 6))
        for _ in 0 ..< 8 { _ = rng.next() }  // the first outputs barely depend on the seed
        var worlds = 1
        func leaf() -> Int {
            let width = worlds > 100 ? 2 : [2, 3, 4, 20, 3][roll(5)]
            worlds *= width
            leaves.append(Leaf(width: width, canary: roll(3) == 0 && width > 2 ? Rational(1, 10) : nil))
            return leaves.count - 1
        }
        func term() -> Term {
            switch roll(4) {
            case 0: return .leaf(leaf())
            case 1: return .constant(roll(3))
            default: return .variable(roll(count))
            }
        }
        if roll(2) == 0 {
            // The story's shape: one wide route compared with independent routes (lifted).
            let width = [17, 20, 25][roll(3)]
            for i in 0 ..< 2 + roll(2) {  // at most 3 routes: 20³ worlds to enumerate
                let w = i == 0 || roll(2) == 0 ? width : [3, 20][roll(2)]
                leaves.append(Leaf(width: w, canary: roll(2) == 0 ? [Rational(1, 10), Rational(1, 4), Rational(1, 2)][roll(3)] : nil))
                statements.append(.define(.leaf(leaves.count - 1)))
                count += 1
            }
            if roll(3) == 0 { statements.append(.observe(0, 1 + roll(count - 1), false)) }
            statements.append(.probability(Array(1 ..< count), 0))
            if roll(2) == 0 { statements.append(.probability([], 0)) }
            return
        }
        statements.append(.define(.leaf(leaf())))
        count = 1
        while count < 3 + roll(4) {
            let d: Definition = switch roll(5) {
            case 0: .leaf(leaf())
            case 1: .sum([term(), term(), term()])
            case 2: .fold([term(), term(), term(), term()])
            case 3: .pick(roll(count), roll(count), term(), term())
            default: .leaf(leaf())
            }
            statements.append(.define(d))
            count += 1
            if roll(4) == 0 { statements.append(.observe(roll(count), roll(count), roll(2) == 0)) }
        }
        let a = roll(count)
        statements.append(.probability(roll(2) == 0 ? [] : (0..<1 + roll(3)).map { _ in roll(count) }, a))
        if roll(2) == 0 { statements.append(.probability([], roll(count))) }
    }

    mutating func roll(_ n: Int) -> Int { Int(rng.next() % UInt64(max(n, 1))) }

    func text(_ t: Term) -> String {
        switch t {
        case .variable(let i): "n\(i)"
        case .leaf(let i): leaves[i].text
        case .constant(let k): "\(k)"
        }
    }

    var program: String {
        var lines: [String] = []
        var defined = 0
        for s in statements {
            switch s {
            case .define(let d):
                let body = switch d {
                case .leaf(let i): leaves[i].text
                case .sum(let ts): "(+ " + ts.map(text).joined(separator: " ") + ")"
                case .fold(let ts): "(foldl + 0 (list " + ts.map(text).joined(separator: " ") + "))"
                case .pick(let a, let b, let x, let y): "(if (equal? n\(a) n\(b)) \(text(x)) \(text(y)))"
                }
                lines.append("(define n\(defined) \(body))")
                defined += 1
            case .observe(let a, let b, let same):
                lines.append(same ? "(observe! (equal? n\(a) n\(b)))" : "(observe! (not (equal? n\(a) n\(b))))")
            case .probability(let others, let a):
                if others.isEmpty {
                    lines.append("(probability (= n\(a) 1))")
                } else {
                    lines.append("(probability (and " + others.map { "(not (equal? n\(a) n\($0)))" }.joined(separator: " ") + "))")
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Every world: one outcome per leaf, in order.
    func worlds() -> [(weight: Rational, vars: [Int])] {
        var out: [(Rational, [Int])] = []
        var choice = [Int](repeating: 0, count: leaves.count)
        func visit(_ i: Int, _ weight: Rational) {
            guard i == leaves.count else {
                for (v, p) in leaves[i].outcomes where !p.isZero {
                    choice[i] = v
                    visit(i + 1, weight * p)
                }
                return
            }
            var vars: [Int] = []
            func value(_ t: Term) -> Int {
                switch t {
                case .variable(let j): vars[j]
                case .leaf(let l): choice[l]
                case .constant(let k): k
                }
            }
            for s in statements {
                guard case .define(let d) = s else { continue }
                switch d {
                case .leaf(let l): vars.append(choice[l])
                case .sum(let ts), .fold(let ts): vars.append(ts.map(value).reduce(0, +))
                case .pick(let a, let b, let x, let y): vars.append(vars[a] == vars[b] ? value(x) : value(y))
                }
            }
            out.append((weight, vars))
        }
        visit(0, .one)
        return out
    }

    mutating func check() {
        let all = worlds()
        var observed: [(Int, Int, Bool)] = []
        var expected: [String] = []
        var impossible: Int?
        for (line, s) in statements.enumerated() {
            let holds = { (v: [Int]) in observed.allSatisfy { (v[$0.0] == v[$0.1]) == $0.2 } }
            switch s {
            case .define: continue
            case .observe(let a, let b, let same):
                observed.append((a, b, same))
                if impossible == nil, !all.contains(where: { holds($0.vars) }) { impossible = line + 1 }
            case .probability(let others, let a):
                guard impossible == nil else { continue }
                let given = all.filter { holds($0.vars) }
                let total = given.reduce(Rational.zero) { $0 + $1.weight }
                let event = { (v: [Int]) in others.isEmpty ? v[a] == 1 : others.allSatisfy { v[a] != v[$0] } }
                let yes = given.filter { event($0.vars) }.reduce(Rational.zero) { $0 + $1.weight }
                expected.append((yes / total).description)
            }
        }
        if let line = impossible {
            #expect(failure(program) == "\(line):1: observed an event of probability 0", "\(program)")
        } else {
            #expect((try? lines(program, style: .fractions)) == expected, "\(program)")
        }
    }
}
