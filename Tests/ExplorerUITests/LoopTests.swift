import BigInt
import Foundation
import Testing
import CallbackModel
@testable import ExplorerUI

/// The loop the program runs (`ExplorerLoop`), driven through the in-memory terminal:
/// type-ahead, the engine off the input thread, export, signals and the restore.
/// Numbers by hand: local at N servers fails 1 − 1/N.
struct LoopTests {
    static let size = Size(rows: 32, cols: 100)

    func run(_ backend: InMemoryBackend, servers: Int = 10, options: ExplorerLoop.Options = .deterministic,
             evaluator: BackgroundEvaluator = BackgroundEvaluator(),
             export: (Canvas) -> String = { _ in "exported" }) -> ExplorerLoop.Exit {
        let state = ExplorerState(parameters: Parameters(servers: BigInt(servers)), size: backend.size)
        return ExplorerLoop.run(Explorer(state), on: backend, evaluator: evaluator, export: export, options: options)
    }

    func headline(_ canvas: Canvas) -> String { canvas.lines[3] }

    @Test func everyPausedKeyGetsItsFrame() {
        let backend = InMemoryBackend(size: Self.size, typing: "++-")
        let exit = run(backend)
        // The first frame, then one per key: 10, 11, 12, 11 servers.
        #expect(backend.frames.map(headline).map { $0.hasPrefix(" Callback failure  ") } == [true, true, true, true])
        #expect(backend.frames.map { headline($0).contains("9/10 = 90.00%") } == [true, false, false, false])
        #expect(headline(backend.frames[1]).contains("10/11 = 90.91%"))
        #expect(headline(backend.frames[2]).contains("11/12 = 91.67%"))
        #expect(headline(backend.frames[3]).contains("10/11 = 90.91%"))
        #expect(exit.signal == nil)
        #expect(backend.restored == 1)
    }

    /// Catches a loop that draws (and so evaluates) once per key of a held-down key.
    @Test func typedAheadKeysAreDrawnOnce() {
        let backend = InMemoryBackend(size: Self.size, script: [.pause] + Array(repeating: .key(.char("+")), count: 4))
        _ = run(backend)
        #expect(backend.frames.count == 2)
        // 14 servers: 13/14.
        #expect(headline(backend.frames[1]).contains("13/14 = 92.86%"))
    }

    @Test func typeAheadIsBounded() {
        var options = ExplorerLoop.Options.deterministic
        options.typeAhead = 3
        let backend = InMemoryBackend(size: Self.size, script: [.pause] + Array(repeating: .key(.char("+")), count: 7))
        _ = run(backend, options: options)
        // 7 keys in batches of 3, 3, 1, after the first frame.
        #expect(backend.frames.count == 4)
        #expect(headline(backend.frames[3]).contains("16/17"))
    }

    @Test func resizeRedrawsAtTheNewSize() {
        let backend = InMemoryBackend(size: Self.size, script: [.key(.resize(Size(rows: 24, cols: 80))), .pause])
        _ = run(backend)
        #expect(backend.frames.last?.size == Size(rows: 24, cols: 80))
        #expect(backend.frames.last?.lines.count == 24)
        #expect(backend.frames.last.map(headline)?.contains("9/10 = 90.00%") == true)
    }

    /// Catches a signal that leaves the terminal raw: the loop reports it and restores.
    @Test func aSignalStopsTheLoopAndRestores() {
        let backend = InMemoryBackend(size: Self.size, script: [.key(.char("+")), .pause, .signal(15), .pause, .key(.char("+"))])
        let exit = run(backend)
        #expect(exit.signal == 15)
        #expect(exit.model.state.parameters.servers == 11)
        #expect(backend.restored == 1)
    }

    @Test func quitEndsTheLoop() {
        let backend = InMemoryBackend(size: Self.size, typing: "q+")
        let exit = run(backend)
        #expect(exit.signal == nil)
        #expect(exit.model.state.parameters.servers == 10)
        #expect(backend.script.count == 3)  // the pause after q, "+" and its pause were never read
    }

    /// The export gets the screen as of its key, and the status line says where it went.
    @Test func exportWritesTheScreenOfItsKey() {
        let backend = InMemoryBackend(size: Self.size, typing: "+e+")
        let exported = Locked<[Canvas]>([])
        _ = run(backend, export: { canvas in
            exported.withLock { $0.append(canvas) }
            return "exported screen.txt"
        })
        let files = exported.withLock { $0 }
        #expect(files.count == 1)
        #expect(files.first.map(headline)?.contains("10/11 = 90.91%") == true)
        #expect(backend.frames.contains { $0.lines.last?.hasPrefix(" exported screen.txt") == true })
        #expect(backend.frames.last.map(headline)?.contains("11/12") == true)
    }

    /// A slow answer: the frame is drawn at once with "computing…" and filled in when the
    /// answer lands, so the keyboard never waits for the engine.
    @Test func slowAnswersDrawComputingFirst() {
        let gate = Gate()
        let evaluator = BackgroundEvaluator(workers: 2) { p in
            gate.wait()
            return Evaluated.evaluate(p)
        }
        var options = ExplorerLoop.Options.deterministic
        options.settleMilliseconds = 0
        let backend = InMemoryBackend(size: Self.size, script: [
            .pause,
            .call {
                gate.open()
                evaluator.waitUntilIdle(milliseconds: .max)
            },
            .pause,
        ])
        _ = run(backend, options: options, evaluator: evaluator)
        #expect(headline(backend.frames[0]).contains("computing…"))
        #expect(!backend.frames[0].text.contains("Impact:"))
        #expect(headline(backend.frames.last!).contains("9/10 = 90.00%"))
        #expect(!backend.frames.last!.text.contains("computing…"))
    }

    /// The headline known, the tables not yet: the tables say so instead of drawing empty.
    @Test func tablesStillComputingSaySo() throws {
        let state = ExplorerState(parameters: Parameters(servers: 10), size: Self.size)
        let headline = try CallbackEngine.evaluate(state.parameters)
        let text = Screen.render(state, ScreenData(current: .result(headline))).text
        #expect(text.contains("9/10 = 90.00%"))
        let lines = Screen.render(state, ScreenData(current: .result(headline))).lines
        // Under each table's title (compare on the left, sweep on the right at 100 columns).
        #expect(lines[5].hasPrefix(" All strategies at these parameters"))
        #expect(lines[5].contains("Failure against the number of servers N"))
        #expect(lines[6].hasPrefix("   computing…"))
        #expect(lines[6].trimmingCharacters(in: .whitespaces).hasSuffix("computing…"))
        #expect(lines[6].components(separatedBy: "computing…").count == 3)
    }

    /// Catches a backlog: a new request drops queued work nobody will see.
    @Test func aNewRequestReplacesQueuedWork() {
        let gate = Gate()
        let seen = Locked<[BigInt]>([])
        let evaluator = BackgroundEvaluator(workers: 1) { p in
            gate.wait()
            seen.withLock { $0.append(p.servers) }
            return Evaluated.evaluate(p)
        }
        let configurations = (1 ... 4).map { Parameters(servers: BigInt($0)) }
        evaluator.request(Array(configurations.prefix(3)))
        evaluator.request([configurations[3]])
        gate.open()
        #expect(evaluator.waitUntilIdle(milliseconds: 10_000))
        let evaluated = seen.withLock { $0 }
        #expect(evaluated.last == 4)
        // Only the one already running (1) may have been evaluated besides the new request.
        #expect(Set(evaluated).isSubset(of: [1, 4]))
        let answers = evaluator.takeFinished()
        #expect(answers.map(\.parameters.servers).last == 4)
        #expect(evaluator.takeFinished().isEmpty)
    }

    @Test func updateIsAPureFunctionOfModelAndEvent() {
        let model = Explorer(ExplorerState(parameters: Parameters(servers: 10), size: Self.size))
        // Nothing known yet: the first effect asks for the headline's configuration first.
        guard case .evaluate(let first)? = model.startEffects.first else {
            Issue.record("no evaluation requested")
            return
        }
        #expect(first.first == Parameters(servers: 10))
        let (after, effects) = Explorer.update(model, .key(.char("+")))
        #expect(model.state.parameters.servers == 10)
        #expect(after.state.parameters.servers == 11)
        guard case .evaluate(let needed)? = effects.first else {
            Issue.record("no evaluation requested after +")
            return
        }
        #expect(needed.first == Parameters(servers: 11))
        // The overview needs the headline (local, 11), the five other strategies, and the
        // sweep: at 100 columns its half is too narrow for extra points, so the nine
        // standard values and 11 (the headline).
        #expect(Set(needed).count == 1 + 5 + 9)
        // At 200×50 the half is wide and 50 − 8 − 1 = 41 rows tall: all ten extra points too.
        let wide = Explorer(ExplorerState(parameters: Parameters(servers: 11), size: Size(rows: 50, cols: 200)))
        #expect(Set(wide.missing).count == 1 + 5 + 9 + 10)
        #expect(Explorer.update(after, .signal(2)).1 == [.quit(signal: 2)])
        #expect(Explorer.update(after, .key(.char("q"))).1 == [.quit(signal: nil)])
    }
}

/// Holds evaluations until the test lets them go.
final class Gate: Sendable {
    private let isOpen = Locked(false)
    func open() { isOpen.withLock { $0 = true } }
    func wait() {
        while !isOpen.withLock({ $0 }) { usleep(500) }
    }
}

/// The layout names the rows the screen tests read.
struct LayoutTests {
    /// Catches a layout that puts the footer off a small screen or over the body.
    @Test func partsAreInsideAndApart() throws {
        for size in [Size(rows: 20, cols: 64), Size(rows: 24, cols: 80), Size(rows: 50, cols: 200)] {
            let l = try #require(Layout.of(size))
            #expect(l.headline < l.body.row)
            #expect(l.body.row + l.body.height == l.impact)
            #expect(l.impact == size.rows - 3 && l.budget == size.rows - 2 && l.status == size.rows - 1)
            #expect(l.body.col + l.body.width < size.cols)
        }
        #expect(Layout.of(Size(rows: 19, cols: 100)) == nil)
        #expect(Layout.of(Size(rows: 40, cols: 63)) == nil)
    }

    @Test func homeAndEndFocusTheEnds() {
        let s = ExplorerState(parameters: Parameters(servers: 10), size: Size(rows: 24, cols: 80))
        #expect(Reducer.reduce(s, .end).focus == .replicas)
        #expect(Reducer.reduce(Reducer.reduce(s, .end), .home).focus == .servers)
    }
}

/// `e` writes files a script can pick up at once, and never one over another.
struct ScreenExportTests {
    /// Catches a second export in the same second overwriting the first, and half-written
    /// files left behind.
    @Test func twoExportsInOneSecondKeepBoth() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fixed = Date(timeIntervalSince1970: 1_800_000_000)
        let export = ScreenExport(directory: dir, now: { fixed })
        let first = Explorer.settled(ExplorerState(parameters: Parameters(servers: 10), size: Size(rows: 24, cols: 80))).frame
        let second = Explorer.settled(ExplorerState(parameters: Parameters(servers: 11), size: Size(rows: 24, cols: 80))).frame
        let said = [export.write(first), export.write(second)]
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(files.count == 4, "\(files)")
        #expect(!files.contains { $0.hasPrefix(".") })
        let texts = try files.filter { $0.hasSuffix(".txt") }.map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
        #expect(Set(texts) == [first.text + "\n", second.text + "\n"])
        #expect(said[0] != said[1])
        #expect(said.allSatisfy { $0.hasPrefix("exported callback-explorer-") })
    }

    @Test func anUnwritableDirectoryIsSaidNotThrown() {
        let export = ScreenExport(directory: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)"))
        let frame = Canvas(Size(rows: 1, cols: 1))
        let said = export.write(frame)
        #expect(said.hasPrefix("export failed:") && said.contains("does not exist"), "\(said)")
    }

    /// Issue 16 item 12: a file created ahead under the next export's name was replaced,
    /// and a link planted there was followed and its target overwritten.
    @Test func aPlantedLinkOrFileIsNeverWrittenThrough() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fixed = Date(timeIntervalSince1970: 1_800_000_000)
        let export = ScreenExport(directory: dir, now: { fixed })
        let frame = Explorer.settled(ExplorerState(parameters: Parameters(servers: 10), size: Size(rows: 24, cols: 80))).frame
        let stamp = String(export.write(frame).split(separator: " ")[1].dropLast(4))  // learn the name, then plant
        for file in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
            try FileManager.default.removeItem(at: dir.appendingPathComponent(file))
        }
        // A dangling link: an existence check says "free", and the name is taken over.
        let target = dir.appendingPathComponent("planted-target")
        let link = dir.appendingPathComponent(stamp + ".txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target.path)
        try "mine\n".write(to: dir.appendingPathComponent(stamp + "-2.svg"), atomically: false, encoding: .utf8)
        let said = export.write(frame)
        #expect(said == "exported \(stamp)-3.txt and .svg", "\(said)")
        #expect(!FileManager.default.fileExists(atPath: target.path))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target.path)
        #expect(try String(contentsOf: dir.appendingPathComponent(stamp + "-2.svg"), encoding: .utf8) == "mine\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent(stamp + "-2.txt").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }.isEmpty)
    }
}
