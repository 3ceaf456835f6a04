import CallbackModel
import PropertyBased
import RouletteDialect
import Testing

/// Racket's list and number library on random lists: a list of random integers (of random
/// length in some worlds), one or two library pipelines over it, an observation, and
/// P(result = k), against an enumeration of every world in Swift that computes each
/// pipeline as Racket defines it (foldl's argument order, quotient and remainder truncating
/// toward zero, assoc's first match, when's void).
struct LibraryFuzzTests {
    @Test func randomLibraryPipelinesMatchEnumeration() async {
        await propertyCheck(count: 150, input: Gen.int(in: 0 ... Int(UInt32.max))) { seed in
            var model = LibraryModel(seed: UInt64(seed))
            model.check()
        }
    }
}

struct LibraryModel {
    /// A pipeline over the list `xs`: its text and what Racket computes (nil: void).
    struct Pipeline: Sendable {
        let text: String
        let value: @Sendable ([Int]) -> Int?
        /// Whether the result is always an integer (so it may be added to another).
        var isInteger = true
    }

    /// Racket's `quotient` and `remainder` truncate toward zero, as Swift's / and % do.
    static let pipelines: [Pipeline] = [
        Pipeline(text: "(foldl + 0 xs)") { $0.reduce(0, +) },
        // foldl calls (f element accumulator): (foldl - 0 '(a b c)) = (- c (- b (- a 0))).
        Pipeline(text: "(foldl - 0 xs)") { $0.reduce(0) { acc, x in x - acc } },
        // foldr from the right: (foldr - 0 '(a b c)) = (- a (- b (- c 0))).
        Pipeline(text: "(foldr - 0 xs)") { $0.reversed().reduce(0) { acc, x in x - acc } },
        Pipeline(text: "(length (filter even? xs))") { $0.filter { $0 % 2 == 0 }.count },
        Pipeline(text: "(if (andmap odd? xs) 1 0)") { $0.allSatisfy { $0 % 2 != 0 } ? 1 : 0 },
        Pipeline(text: "(if (ormap zero? xs) 1 0)") { $0.contains(0) ? 1 : 0 },
        Pipeline(text: "(car (reverse xs))") { $0.last! },
        Pipeline(text: "(list-ref xs 1)") { $0[1] },
        Pipeline(text: "(apply max xs)") { $0.max()! },
        Pipeline(text: "(apply min xs)") { $0.min()! },
        Pipeline(text: "(for/sum ([x xs]) (abs x))") { $0.reduce(0) { $0 + abs($1) } },
        Pipeline(text: "(for/fold ([acc 1]) ([x xs]) (remainder (+ acc x) 7))") { $0.reduce(1) { ($0 + $1) % 7 } },
        Pipeline(text: "(length (append xs (cdr xs)))") { 2 * $0.count - 1 },
        Pipeline(text: "(case (first xs) [(0 1) 10] [(2 -1) 20] [else 30])") { [0, 1].contains($0[0]) ? 10 : [2, -1].contains($0[0]) ? 20 : 30 },
        Pipeline(text: "(let ([r (assoc (first xs) '((0 10) (1 11) (0 12)))]) (if r (second r) -1))") { [0: 10, 1: 11][$0[0]] ?? -1 },
        Pipeline(text: "(quotient (foldl + 0 xs) 2)") { $0.reduce(0, +) / 2 },
        Pipeline(text: "(remainder (foldl + 0 xs) 3)") { $0.reduce(0, +) % 3 },
        Pipeline(text: "(length (filter (lambda (x) (< x 0)) xs))") { $0.filter { $0 < 0 }.count },
        Pipeline(text: "(foldl + 0 (map add1 xs))") { $0.reduce(0) { $0 + $1 + 1 } },
        Pipeline(text: "(max (abs (first xs)) (min (last xs) 2))") { max(abs($0[0]), min($0.last!, 2)) },
        Pipeline(text: "(if (zero? (remainder (foldl + 0 xs) 3)) 1 0)") { $0.reduce(0, +) % 3 == 0 ? 1 : 0 },
        Pipeline(text: "(sub1 (length (rest xs)))") { $0.count - 2 },
        Pipeline(text: "(when (even? (car xs)) 3)", value: { $0[0] % 2 == 0 ? 3 : nil }, isInteger: false),
        Pipeline(text: "(unless (negative? (last xs)) 4)", value: { $0.last! >= 0 ? 4 : nil }, isInteger: false),
    ]

    /// Each element: a choice among a few integers (zero and negatives included) or a constant.
    static let supports: [[Int]] = [[0, 1, 2, 3], [-1, 1, 2], [0, 5], [2, 3, 4, 5, 6]]

    var rng: Xoshiro
    /// Per element: an index into `supports`, or nil for the constant 1.
    var elements: [Int?] = []
    /// The list is the first `short` elements with probability 1/2, else all of them.
    var short: Int?
    var pipeline: [Int] = []
    var combine = 0
    var observe: (Int, Int)?
    var k = 0

    init(seed: UInt64) {
        rng = Xoshiro(seed: (seed, 0x11B, 7, 8))
        for _ in 0 ..< 8 { _ = rng.next() }  // the first outputs barely depend on the seed
        elements = (0 ..< 2 + roll(3)).map { _ in roll(4) == 0 ? nil : roll(Self.supports.count) }
        if elements.count > 2, roll(3) == 0 { short = 2 }
        pipeline = [roll(Self.pipelines.count)]
        if Self.pipelines[pipeline[0]].isInteger, roll(2) == 0 {
            let second = roll(Self.pipelines.count)
            if Self.pipelines[second].isInteger { pipeline.append(second); combine = roll(2) }
        }
        if roll(3) == 0 { observe = (roll(elements.count), roll(elements.count)) }
        k = roll(4)  // which outcome to ask about (cycles through the support)
    }

    mutating func roll(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }

    var expression: String {
        let parts = pipeline.map { Self.pipelines[$0].text }
        return parts.count == 1 ? parts[0] : "(\(combine == 0 ? "+" : "max") \(parts[0]) \(parts[1]))"
    }

    func program(asking target: Int?) -> String {
        var lines = elements.enumerated().map { i, e in
            "(define e\(i) \(e.map { "(discrete-uniform '(\(Self.supports[$0].map(String.init).joined(separator: " "))))" } ?? "1"))"
        }
        let names = elements.indices.map { "e\($0)" }
        if let s = short {
            lines.append("(define xs (if (flip 1/2) (list \(names.prefix(s).joined(separator: " "))) (list \(names.joined(separator: " ")))))")
        } else {
            lines.append("(define xs (list \(names.joined(separator: " "))))")
        }
        if let (a, b) = observe { lines.append("(observe! (<= e\(a) e\(b)))") }
        let asked = target.map(String.init) ?? "(when #f 0)"  // void
        lines.append("(probability (equal? \(expression) \(asked)))")
        return lines.joined(separator: "\n")
    }

    /// Every world's weight and the pipeline's result in it (nil: void), given the observation.
    func worlds() -> [(Rational, Int?)] {
        var out: [(Rational, Int?)] = []
        func run(_ i: Int, _ weight: Rational, _ values: [Int]) {
            if i < elements.count {
                guard let s = elements[i] else { return run(i + 1, weight, values + [1]) }
                let support = Self.supports[s]
                for v in support { run(i + 1, weight / Rational(support.count), values + [v]) }
                return
            }
            if let (a, b) = observe, values[a] > values[b] { return }
            let lists: [(Rational, [Int])] = short.map { [(Rational(1, 2), Array(values.prefix($0))), (Rational(1, 2), values)] } ?? [(.one, values)]
            for (p, xs) in lists {
                let results = pipeline.map { Self.pipelines[$0].value(xs) }
                let result: Int? = results.count == 1 ? results[0]
                    : combine == 0 ? results[0]! + results[1]! : max(results[0]!, results[1]!)
                out.append((weight * p, result))
            }
        }
        run(0, .one, [])
        return out
    }

    mutating func check() {
        let all = worlds()
        let total = all.reduce(Rational.zero) { $0 + $1.0 }
        guard !total.isZero else {
            #expect(failure(program(asking: 0))?.contains("observed an event of probability 0") == true, "\(program(asking: 0))")
            return
        }
        var support: [Int?] = []
        for (_, r) in all where !support.contains(r) { support.append(r) }
        let target = support[k % support.count]
        let yes = all.filter { $0.1 == target }.reduce(Rational.zero) { $0 + $1.0 }
        let text = program(asking: target)
        #expect((try? lines(text, style: .fractions)) == [(yes / total).description], "\(text)")
    }
}
