import BigInt
import PropertyBased
import Testing
import CallbackModel
import Decks
@testable import ExplorerUI

/// Random key sequences at random sizes (1×1 included): the reducer and renderer never
/// crash, every parameter stays in range, and undo really returns to earlier states.
struct KeyHammerTests {
    static let keys: [Key] = Array("+-*/cCmMsSrRpPvuehjkl:?0123456789. xq").map { .char($0) }
        + [.up, .down, .left, .right, .enter, .escape, .backspace, .tab, .pageUp, .pageDown, .home, .end,
           .resize(Size(rows: 1, cols: 1)), .resize(Size(rows: 8, cols: 30)), .resize(Size(rows: 24, cols: 80)),
           .resize(Size(rows: 32, cols: 100)), .resize(Size(rows: 0, cols: 0))]

    @Test func randomKeysKeepEverythingValid() async {
        let gen = Gen.int(in: 0 ..< Self.keys.count).array(of: 1 ... 400)
        await propertyCheck(count: 25, input: gen, Gen.bool) { indices, presenting in
            var s = ExplorerState(parameters: Parameters(servers: 10), size: Size(rows: 24, cols: 80),
                                  presentation: presenting ? Presentation(slides: Story.slides) : nil)
            var answers = Answers()
            for (n, i) in indices.enumerated() {
                let key = Self.keys[i]
                // Never quit, so the whole sequence is exercised.
                if key == .char("q") { continue }
                s = Reducer.reduce(s, key)
                if s.mode == .quitting { s.mode = .running }
                #expect(throws: Never.self) { try s.parameters.validate() }
                #expect(s.history.count <= ExplorerState.historyLimit)
                if n % 20 == 0 || n == indices.count - 1 {
                    answers.record(answers.missing(ScreenData.needs(s)).map(Evaluated.evaluate))
                    // Catches a chart value clipped, pushed off screen or lost at some size and
                    // state (the old check, canvas size == state size, held by construction).
                    let problems = BarLabelCheck.check(Screen.render(s, ScreenData(s, answers))).problems
                    #expect(problems.isEmpty, "\(s.size) \(s.view) \(s.parameters): \(problems)")
                }
            }
        }
    }

    @Test func undoReturnsToEveryEarlierState() async {
        let changing: [Key] = Array("+-*/cCmMsSrRpP").map { .char($0) }
        await propertyCheck(count: 40, input: Gen.int(in: 0 ..< changing.count).array(of: 1 ... 60)) { indices in
            var s = ExplorerState(parameters: Parameters(servers: 7), size: Size(rows: 24, cols: 80))
            var seen = [s.parameters]
            for i in indices {
                s = Reducer.reduce(s, changing[i])
                if s.parameters != seen.last { seen.append(s.parameters) }
            }
            while seen.count > 1 {
                seen.removeLast()
                s = Reducer.reduce(s, .char("u"))
                #expect(s.parameters == seen.last)
            }
        }
    }

    /// One long session, as a speaker's hands might produce over a talk: 10,000 keys from a
    /// seeded generator, every key of the explorer, typed entries and resizes mixed in,
    /// a frame drawn at every key. The engine's numbers are refreshed every 500th key (fresh
    /// numbers at every key would spend minutes in a debug build's engine at 100 retries);
    /// in between, the renderer draws the new state with the last numbers, which also
    /// proves it copes with data that does not match the state's view.
    @Test func tenThousandKeysInOneSession() {
        var rng = Xoshiro(seed: (0x5EED_CA11_BAC4, 1, 2, 3))
        var s = ExplorerState(parameters: Parameters(servers: 10), size: Size(rows: 24, cols: 80))
        var answers = Answers()
        func refreshed(_ s: ExplorerState) -> ScreenData {
            answers.record(answers.missing(ScreenData.needs(s)).map(Evaluated.evaluate))
            return ScreenData(s, answers)
        }
        var data = refreshed(s)
        var quits = 0
        var bars = 0
        for n in 0 ..< 10_000 {
            let roll = rng.next() % 100
            let key: Key
            if roll < 3 {
                key = .resize(Size(rows: Int(rng.next() % 60), cols: Int(rng.next() % 200)))
            } else if roll < 4 {
                key = .ctrlC
            } else {
                key = Self.keys[Int(rng.next() % UInt64(Self.keys.count))]
            }
            s = Reducer.reduce(s, key)
            if s.mode == .quitting { quits += 1; s.mode = .running }
            #expect(throws: Never.self) { try s.parameters.validate() }
            if n % 500 == 0 { data = refreshed(s) }
            // Catches a bar drawn without its whole percent at any size, even while the
            // numbers lag the state (the old check, canvas size == state size, could not fail).
            let report = BarLabelCheck.check(Screen.render(s, data))
            bars += report.bars
            #expect(report.problems.isEmpty, "key \(n) \(s.size) \(s.view) \(s.parameters): \(report.problems)")
        }
        #expect(quits > 0)
        #expect(bars > 10_000, "the session drew only \(bars) bars: the check above was nearly vacuous")
    }
}
