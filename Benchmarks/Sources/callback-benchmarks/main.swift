import BigInt
import CallbackModel
import ExplorerUI
import Foundation
import RouletteDialect

// Sections: engine, frame, dialect (default: all). Run one section per process to read
// its own peak memory.
let sections = Set(CommandLine.arguments.dropFirst())
func wanted(_ name: String) -> Bool { sections.isEmpty || sections.contains(name) }

if wanted("engine") {
    // (a) One full report computation per strategy, retries 0 and 100, replicas 5, for
    // growing N: the lifted engine's cost must be flat in N.
    let sizes: [BigInt] = [10, 1_000, 1_000_000, 1_000_000_000]
    print("| strategy | retries | " + sizes.map { "N=\($0) ms" }.joined(separator: " | ") + " |")
    print("|---|---|" + sizes.map { _ in "---:" }.joined(separator: "|") + "|")
    for strategy in Strategy.allCases {
        for retries in [0, 100] {
            var cells: [String] = []
            for n in sizes {
                let p = Parameters(servers: n, canaryShare: Rational(5, 100), canaryServers: 1,
                                   strategy: strategy, retries: retries, replicas: 5)
                let ms = try Clock.medianMilliseconds(runs: 5) { _ = try CallbackEngine.evaluate(p) }
                cells.append(String(format: "%.2f", ms))
            }
            print("| \(strategy.name) | \(retries) | " + cells.joined(separator: " | ") + " |")
        }
    }
    print(String(format: "peak memory: %.1f MiB", Clock.peakMemoryMiB()))
}

if wanted("frame") {
    // (b) The explorer's loop (`ExplorerLoop`, the one the program runs) on an in-memory
    // terminal at N = 10^9 with a 5 % canary, retries 0 and 100, each view. A frame is
    // key → update → engine on the worker threads → complete canvas ("deterministic":
    // every frame waits for all its answers). "first" is the loop's first frame from
    // nothing; "`-` key" is one server fewer, so every number on screen is new; "warm" is a
    // key that changes no parameter (the answers are in the model).
    print("\n| view | retries | first frame ms | `-` key frame ms | warm key frame ms |\n|---|---:|---:|---:|---:|")
    func loopMilliseconds(_ state: ExplorerState, keys: [Key]) -> Double {
        Clock.medianMilliseconds(runs: 3) {
            let script: [InMemoryBackend.Step] = [.pause] + keys.flatMap { [InMemoryBackend.Step.key($0), .pause] }
            let backend = InMemoryBackend(size: state.size, script: script)
            _ = ExplorerLoop.run(Explorer(state), on: backend, export: { _ in "" }, options: .deterministic)
        }
    }
    for view in View.allCases {
        for retries in [0, 100] {
            let p = Parameters(servers: 1_000_000_000, canaryShare: Rational(5, 100), strategy: .local, retries: retries)
            var state = ExplorerState(parameters: p, size: Size(rows: 32, cols: 100))
            state.view = view
            let first = loopMilliseconds(state, keys: [])
            let keys = 8
            let minus = (loopMilliseconds(state, keys: Array(repeating: .char("-"), count: keys)) - first) / Double(keys)
            let hot = (loopMilliseconds(state, keys: Array(repeating: .down, count: keys)) - first) / Double(keys)
            let cells = [first, minus, hot].map { String(format: "%.2f", $0) }.joined(separator: " | ")
            print("| \(view.title) | \(retries) | \(cells) |")
        }
    }
    print(String(format: "peak memory: %.1f MiB", Clock.peakMemoryMiB()))
}

// (e) Deriving every formula of a report (SPEC §5): the symbolic run of the program,
// the choice of forms, the rendering. Past the size bound, the one-line refusal.
if wanted("formula") {
    print("\n| strategy | canary | retries | replicas | derive ms | failure |\n|---|---:|---:|---:|---:|---|")
    for strategy in Strategy.allCases {
        for (share, m) in [(Rational.zero, BigInt(1)), (Rational(5, 100), BigInt(3))] {
            for retries in [0, 100] {
                for replicas in strategy == .replicate ? [BigInt(2), BigInt(3), BigInt(4), BigInt(999)] : [BigInt(1)] {
                    let p = Parameters(servers: 1_000_000_000, canaryShare: share, canaryServers: m,
                                       strategy: strategy, retries: retries, replicas: replicas)
                    var f: FormulaSet?
                    let ms = Clock.medianMilliseconds(runs: 5) { f = FormulaEngine.deriveUncached(p) }
                    var text = f!.failure.unicode
                    if text.count > 60 { text = String(text.prefix(57)) + "…" }
                    let percent = (share * 100).description
                    print("| \(strategy.name) | \(percent)% | \(retries) | \(strategy == .replicate ? replicas.description : "–") | \(String(format: "%.2f", ms)) | `\(text)` |")
                }
            }
        }
    }
}

// (c) `run` on two independent uniform choices over N values compared with `equal?`:
// reading, building the two distributions and the hash join, in process.
if wanted("dialect") {
    print("\n| N | run ms |\n|---:|---:|")
    for n in [100, 1_000, 10_000, 100_000] {
        let program = """
        (define a (discrete-uniform (range \(n))))
        (define b (discrete-uniform (range \(n))))
        (probability (equal? a b))
        """
        var printed = ""
        let ms = try Clock.medianMilliseconds(runs: 3) { printed = try Interpreter.output(of: program, style: .fractions) }
        precondition(printed == "1/\(n)\n", "wrong answer: \(printed)")
        print("| \(n) | \(String(format: "%.1f", ms)) |")
    }
    // (d) Origin + 2 replicas drawn with `remove`, callback compared with all three: worlds
    // up to relabelling of servers (issue 18; the tables alone refuse past 32 servers).
    print("\n| N | replication run ms |\n|---:|---:|")
    for n in [1_000, 10_000, 100_000] {
        let program = """
        (define servers (range \(n)))
        (define origin (discrete-uniform servers))
        (define others (remove origin servers))
        (define replica-1 (discrete-uniform others))
        (define replica-2 (discrete-uniform (remove replica-1 others)))
        (define callback (discrete-uniform servers))
        (probability (not (or (equal? callback origin) (equal? callback replica-1) (equal? callback replica-2))))
        """
        var printed = ""
        let ms = try Clock.medianMilliseconds(runs: 3) { printed = try Interpreter.output(of: program, style: .fractions) }
        precondition(printed == "\(n - 3)/\(n)\n", "wrong answer: \(printed)")
        print("| \(n) | \(String(format: "%.1f", ms)) |")
    }
    print(String(format: "peak memory: %.1f MiB", Clock.peakMemoryMiB()))
}

if wanted("pools") {
    // (e) Weighted classes (issue 17): 64 pools of 10^7 servers with distinct weights,
    // 100 retries, every strategy the cost bound lets through; then the same engine call
    // with pools of few distinct weights (merged into few classes).
    print("\n| pools | strategy | retries | ms |\n|---|---|---:|---:|")
    func pools(_ weights: [Int]) -> [ServerClass] {
        weights.enumerated().map { ServerClass(name: "p\($0.offset)", size: 10_000_000, weight: Rational($0.element)) }
    }
    let cases: [(String, [ServerClass])] = [("64 distinct weights", pools(Array(1 ... 64))),
                                            ("64 pools, 4 weights", pools((1 ... 64).map { $0 % 4 + 1 }))]
    for (label, classes) in cases {
        for strategy in [Strategy.local, .affinity, .shared, .broadcast, .replicate] {
            var p = Parameters(strategy: strategy, retries: 100, replicas: 2)
            p.pools = classes
            if (try? CostBound.check(p)) == nil { print("| \(label) | \(strategy.name) | 100 | refused (cost bound) |"); continue }
            let ms = try Clock.medianMilliseconds(runs: 5) { _ = try CallbackEngine.evaluate(p) }
            print("| \(label) | \(strategy.name) | 100 | " + String(format: "%.2f", ms) + " |")
        }
    }
    print(String(format: "peak memory: %.1f MiB", Clock.peakMemoryMiB()))
}
