import CallbackModel
import PropertyBased
import RouletteDialect
import Testing

/// Programs over servers (draws from lists, `remove`, `list`, `equal?`, weighted choices
/// with ties, `observe!`), the shape `InterchangeableWorlds` answers by relabelling, against
/// a brute-force enumeration of every world in Swift that knows nothing of classes.
struct InterchangeableFuzzTests {
    @Test func randomServerProgramsMatchEnumeration() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0 ... Int(UInt32.max))) { seed in
            ServerModel(seed: UInt64(seed)).check()
        }
    }

    /// Origin, two replicas drawn with `remove`, callback: it misses iff it lands on none of
    /// three distinct servers, (n − 3)/n. Variable elimination alone refuses this well
    /// below n = 1,000 (a table of n² lists of n − 2 servers).
    @Test func replicationOverAThousandServers() throws {
        let program = """
        (define servers (range 1000))
        (define origin (discrete-uniform servers))
        (define others (remove origin servers))
        (define replica-1 (discrete-uniform others))
        (define replica-2 (discrete-uniform (remove replica-1 others)))
        (define callback (discrete-uniform servers))
        (probability (not (or (equal? callback origin) (equal? callback replica-1) (equal? callback replica-2))))
        """
        #expect(try lines(program, style: .fractions) == ["997/1000"])
    }

    /// The story's canary: 1/10 of requests to server 0, the rest uniform over n − 1 others;
    /// all three attempts miss the order's server. By hand: order on the canary (1/10), each
    /// attempt misses with 9/10; order on a stable server (9/10), each misses with
    /// 1 − (9/10)/(n − 1).
    @Test func canaryStoryOverTenThousandServers() throws {
        let n = 10_000
        let program = """
        (define stable (range 1 \(n)))
        (define (route) (if (flip 1/10) 0 (discrete-uniform stable)))
        (define order (route))
        (define a1 (route))
        (define a2 (route))
        (define a3 (route))
        (probability (and (not (equal? order a1)) (not (equal? order a2)) (not (equal? order a3))))
        """
        let onCanary = Rational(1, 10) * Rational(9, 10) * Rational(9, 10) * Rational(9, 10)
        let miss = Rational.one - Rational(9, 10) / Rational(n - 1)
        let expected = onCanary + Rational(9, 10) * miss * miss * miss
        #expect(try lines(program, style: .fractions) == [expected.description])
    }

    /// A query that names a server needs each server's own share, which one class
    /// representative cannot give: the answer still comes out right (by symmetry, replica-1
    /// is uniform over the five servers).
    @Test func aQueryOfAServerGetsEachServersShare() throws {
        let program = """
        (define servers (range 5))
        (define origin (discrete-uniform servers))
        (define replica-1 (discrete-uniform (remove origin servers)))
        ((query replica-1) 3)
        ((query (list origin replica-1)) (list 0 3))
        """
        #expect(try lines(program, style: .fractions) == ["1/5", "1/20"])
    }
}

/// A random program over a few servers and its brute-force answer.
struct ServerModel {
    enum AtomRef {
        case variable(Int)
        case constant(String)
    }

    enum ListRef {
        case variable(Int)
        case constant(Int)
    }

    indirect enum Test {
        case variable(Int)
        case not(Test)
        case and(Test, Test)
        case or(Test, Test)
        case same(AtomRef, AtomRef)
    }

    enum Definition {
        case uniform(ListRef)
        case weighted(Int, [Int])
        case pick(Test, AtomRef, AtomRef)
        case remove(AtomRef, ListRef)
        case list([AtomRef])
        case flip(Rational)
        case test(Test)
    }

    enum Statement {
        case define(Definition)
        case observe(Test)
        case probability(Test)
        /// `((query x) c)`: P(x = c | evidence).
        case query(Int, String)
    }

    enum Value: Equatable {
        case atom(String)
        case list([String])
        case truth(Bool)
    }

    /// Lists written in the program: a range, one without 0, one with a repeated 1, one
    /// mixing symbols and numbers.
    static let lists: [[String]] = [["0", "1", "2", "3", "4"], ["1", "2", "3", "4"], ["0", "1", "1", "2", "3"], ["a", "b", "c", "0"]]
    /// Constants: some in the lists, 7 in none.
    static let atoms = ["0", "1", "a", "7"]
    static let flips = [Rational(1, 4), Rational(1, 2), Rational(9, 10)]

    enum Kind { case atom, list(minimumLength: Int), truth }

    var rng: Xoshiro
    var definitions: [Definition] = []
    var kinds: [Kind] = []
    var statements: [Statement] = []

    init(seed: UInt64) {
        rng = Xoshiro(seed: (seed, 0x5E4E, 5, 6))
        for _ in 0 ..< 8 { _ = rng.next() }  // the first outputs barely depend on the seed
        let count = 3 + roll(6)
        while definitions.count < count {
            let (d, k) = definition()
            definitions.append(d)
            kinds.append(k)
            statements.append(.define(d))
            if roll(4) == 0, let t = test(2) { statements.append(.observe(t)) }
        }
        let atomVariables = kinds.indices.filter { if case .atom = kinds[$0] { true } else { false } }
        if roll(5) == 0, let x = atomVariables.last {
            statements.append(.query(x, Self.atoms[roll(Self.atoms.count)]))
        } else {
            statements.append(.probability(test(3) ?? .same(.constant("0"), .constant("0"))))
        }
    }

    mutating func roll(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }

    func variables(_ wanted: (Kind) -> Bool) -> [Int] { kinds.indices.filter { wanted(kinds[$0]) } }

    mutating func atom() -> AtomRef {
        let vs = variables { if case .atom = $0 { true } else { false } }
        if vs.isEmpty || roll(5) == 0 { return .constant(Self.atoms[roll(Self.atoms.count)]) }
        return .variable(vs[roll(3) == 0 ? roll(vs.count) : vs.count - 1])
    }

    /// A list to draw from or remove from, with its shortest possible length.
    mutating func list(atLeast minimum: Int) -> (ListRef, Int) {
        let vs = variables { if case .list(let m) = $0 { m >= minimum } else { false } }
        if vs.isEmpty || roll(3) == 0 {
            let k = roll(Self.lists.count)
            return (.constant(k), Self.lists[k].count)
        }
        let v = vs[roll(vs.count)]
        guard case .list(let m) = kinds[v] else { fatalError("not a list") }
        return (.variable(v), m)
    }

    mutating func test(_ depth: Int) -> Test? {
        let truths = variables { if case .truth = $0 { true } else { false } }
        if depth == 0 || roll(3) == 0 {
            if !truths.isEmpty, roll(2) == 0 { return .variable(truths[roll(truths.count)]) }
            return .same(atom(), atom())
        }
        switch roll(4) {
        case 0: return test(depth - 1).map { .not($0) }
        case 1: return test(depth - 1).flatMap { a in test(depth - 1).map { .and(a, $0) } }
        case 2: return test(depth - 1).flatMap { a in test(depth - 1).map { .or(a, $0) } }
        default: return .same(atom(), atom())
        }
    }

    mutating func definition() -> (Definition, Kind) {
        switch roll(8) {
        case 0, 1, 2: return (.uniform(list(atLeast: 1).0), .atom)
        case 3:
            let k = roll(Self.lists.count)
            return (.weighted(k, Self.lists[k].map { _ in 1 + roll(2) }), .atom)
        case 4:
            let (l, m) = list(atLeast: 2)
            return (.remove(atom(), l), .list(minimumLength: m - 1))
        case 5:
            let items = (0 ..< 1 + roll(3)).map { _ in atom() }
            return (.list(items), .list(minimumLength: items.count))
        case 6:
            return roll(2) == 0 ? (.flip(Self.flips[roll(Self.flips.count)]), .truth) : (.test(test(1)!), .truth)
        default:
            return (.pick(test(1)!, atom(), atom()), .atom)
        }
    }

    // MARK: The program's text

    static func text(_ a: AtomRef) -> String {
        switch a {
        case .variable(let i): "v\(i)"
        case .constant(let c): c.first!.isLetter ? "'\(c)" : c
        }
    }

    static func text(_ l: ListRef) -> String {
        switch l {
        case .variable(let i): "v\(i)"
        case .constant(let k): "'(\(lists[k].joined(separator: " ")))"
        }
    }

    static func text(_ t: Test) -> String {
        switch t {
        case .variable(let i): "v\(i)"
        case .not(let a): "(not \(text(a)))"
        case .and(let a, let b): "(and \(text(a)) \(text(b)))"
        case .or(let a, let b): "(or \(text(a)) \(text(b)))"
        case .same(let a, let b): "(equal? \(text(a)) \(text(b)))"
        }
    }

    static func text(_ d: Definition) -> String {
        switch d {
        case .uniform(let l): "(discrete-uniform \(text(l)))"
        case .weighted(let k, let ws): "(categorical \(text(.constant(k))) '(\(ws.map(String.init).joined(separator: " "))))"
        case .pick(let t, let a, let b): "(if \(text(t)) \(text(a)) \(text(b)))"
        case .remove(let a, let l): "(remove \(text(a)) \(text(l)))"
        case .list(let items): "(list \(items.map { text($0) }.joined(separator: " ")))"
        case .flip(let p): "(flip \(p))"
        case .test(let t): text(t)
        }
    }

    var program: String {
        var lines: [String] = []
        var defined = 0
        for s in statements {
            switch s {
            case .define(let d):
                lines.append("(define v\(defined) \(Self.text(d)))")
                defined += 1
            case .observe(let t): lines.append("(observe! \(Self.text(t)))")
            case .probability(let t): lines.append("(probability \(Self.text(t)))")
            case .query(let x, let c): lines.append("((query v\(x)) \(Self.text(.constant(c))))")
            }
        }
        return lines.joined(separator: "\n")
    }

    // MARK: Brute force

    static func atom(_ a: AtomRef, _ vs: [Value]) -> String {
        switch a {
        case .constant(let c): return c
        case .variable(let i):
            guard case .atom(let s) = vs[i] else { fatalError("v\(i) is not a server") }
            return s
        }
    }

    static func list(_ l: ListRef, _ vs: [Value]) -> [String] {
        switch l {
        case .constant(let k): return lists[k]
        case .variable(let i):
            guard case .list(let items) = vs[i] else { fatalError("v\(i) is not a list") }
            return items
        }
    }

    static func holds(_ t: Test, _ vs: [Value]) -> Bool {
        switch t {
        case .variable(let i): vs[i] == .truth(true)
        case .not(let a): !holds(a, vs)
        case .and(let a, let b): holds(a, vs) && holds(b, vs)
        case .or(let a, let b): holds(a, vs) || holds(b, vs)
        case .same(let a, let b): atom(a, vs) == atom(b, vs)
        }
    }

    /// Every world of positive weight: the definitions run in order, each draw branching
    /// over every element of its list (a repeated element once per occurrence).
    func worlds() -> [(weight: Rational, values: [Value])] {
        var out: [(Rational, [Value])] = []
        func run(_ i: Int, _ weight: Rational, _ vs: [Value]) {
            guard i < definitions.count else { out.append((weight, vs)); return }
            switch definitions[i] {
            case .uniform(let l):
                let items = Self.list(l, vs)
                for x in items { run(i + 1, weight / Rational(items.count), vs + [.atom(x)]) }
            case .weighted(let k, let ws):
                let total = ws.reduce(0, +)
                for (x, w) in zip(Self.lists[k], ws) { run(i + 1, weight * Rational(w, total), vs + [.atom(x)]) }
            case .pick(let t, let a, let b):
                run(i + 1, weight, vs + [.atom(Self.atom(Self.holds(t, vs) ? a : b, vs))])
            case .remove(let a, let l):
                var items = Self.list(l, vs)
                if let j = items.firstIndex(of: Self.atom(a, vs)) { items.remove(at: j) }
                run(i + 1, weight, vs + [.list(items)])
            case .list(let items):
                run(i + 1, weight, vs + [.list(items.map { Self.atom($0, vs) })])
            case .flip(let p):
                if !p.isZero { run(i + 1, weight * p, vs + [.truth(true)]) }
                if p != .one { run(i + 1, weight * (.one - p), vs + [.truth(false)]) }
            case .test(let t):
                run(i + 1, weight, vs + [.truth(Self.holds(t, vs))])
            }
        }
        run(0, .one, [])
        return out
    }

    func check() {
        let steps = statements.map { (s: Statement) -> WorldsOracle<[Value]>.Step in
            switch s {
            case .define: .quiet
            case .observe(let t): .observe { Self.holds(t, $0) }
            case .probability(let t): .ask { Self.holds(t, $0) }
            case .query(let x, let c): .ask { $0[x] == .atom(c) }
            }
        }
        WorldsOracle.check(program, worlds: worlds().map { ($0.weight, $0.values) }, steps: steps)
    }
}
