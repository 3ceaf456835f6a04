import Foundation
import PropertyBased
import RouletteDialect
import Testing

/// Random and mutated programs: each one either runs or stops with one clear line;
/// nothing crashes (a crash would end this test process) and nothing runs unbounded
/// (every loop the evaluator can enter is capped by a limit with its own message).
struct FuzzTests {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let scenarios = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios")

    /// A run's outcome is acceptable when it printed, or failed with one line.
    static func checkSurvives(_ program: String) {
        do {
            _ = try Interpreter.output(of: program)
        } catch {
            let message = error.description
            #expect(!message.isEmpty)
            #expect(!message.contains("\n"), "multi-line error for:\n\(program)")
            #expect(!message.hasPrefix("internal"), "internal error for:\n\(program)")
        }
    }

    @Test func randomProgramsRunOrFailWithOneLine() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0 ... Int(UInt32.max))) { seed in
            var generator = ProgramGenerator(seed: UInt64(seed))
            Self.checkSurvives(generator.program())
        }
    }

    @Test func mutatedScenariosRunOrFailWithOneLine() async throws {
        let files = try FileManager.default.contentsOfDirectory(at: Self.scenarios, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "rkt" }
        let texts = try files.map { try String(contentsOf: $0, encoding: .utf8) }
        #expect(texts.count >= 9)
        await propertyCheck(count: 150, input: Gen.int(in: 0 ... Int(UInt32.max))) { seed in
            var rng = Xoshiro(seed: (UInt64(seed), 0x5EED, 1, 2))
            for _ in 0 ..< 8 { _ = rng.next() }  // the first outputs barely depend on the seed
            let text = texts[Int(rng.next() % UInt64(texts.count))]
            Self.checkSurvives(Mutator.mutate(text, rounds: 1 + Int(rng.next() % 6), using: &rng))
        }
    }

    /// Inputs that once crashed, hung or ran out of memory; each starts with
    /// `; expect: TEXT`, a piece of the message it must now stop with.
    @Test(arguments: try! FileManager.default.contentsOfDirectory(
        at: testsDirectory.appendingPathComponent("Corpus"), includingPropertiesForKeys: nil
    ).filter { $0.pathExtension == "rkt" }.map(\.lastPathComponent).sorted())
    func corpusInputStopsWithItsMessage(name: String) throws {
        let text = try String(contentsOf: Self.testsDirectory.appendingPathComponent("Corpus/\(name)"), encoding: .utf8)
        let expected = String(text.prefix { $0 != "\n" }.dropFirst("; expect: ".count))
        #expect(failure(text)?.contains(expected) == true, "\(name): \(failure(text) ?? "ran without error")")
    }

    /// Inputs too large to keep as files, built here.
    @Test func hugeInputsAnswerOrStop() {
        let deep = String(repeating: "(", count: 100_000) + String(repeating: ")", count: 100_000)
        #expect(failure(deep)?.contains("too deep") == true)
        // Issue 16 item 3: the reader recursed once per level with no bound, so 700,000 `(`
        // or 1,000,000 `'` overflowed the stack. Quoted data is held to the same depth.
        #expect(failure("'" + deep)?.contains("nested too deep") == true)
        #expect(failure(String(repeating: "(", count: 700_000))?.contains("nested too deep") == true)
        #expect(failure(String(repeating: "'", count: 1_000_000) + "1")?.contains("nested too deep") == true)
        let atLimit = String(repeating: "(", count: 9_999) + String(repeating: ")", count: 9_999)
        #expect(failure("'" + atLimit) == nil)
        let longNumber = String(repeating: "7", count: 1_000_000)
        #expect(failure(longNumber)?.contains("number too long") == true)
        let wide = "(length (list " + String(repeating: "1 ", count: 100_000) + "))"
        #expect(try! output(wide) == "100000\n")
        #expect(failure("(length (range 100000000))")?.contains("more than 1000000 numbers") == true)
    }
}

/// Random programs from the dialect's grammar, weighted towards forms that combine
/// random values, so inference is exercised and not only the reader.
struct ProgramGenerator {
    var rng: Xoshiro

    init(seed: UInt64) {
        rng = Xoshiro(seed: (seed, 0x5EED, 1, 2))
        for _ in 0 ..< 8 { _ = rng.next() }  // the first outputs barely depend on the seed
    }

    static let atoms = ["0", "1", "-1", "2", "1/3", "0.5", "0.25", "10", "#t", "#f", "\"s\"", "\"αβ\"",
                        "'a", "'()", "'(1 2 3)", "'(a b)", "x", "y", "f", "servers", "123456789012345678901234567890"]
    static let calls = ["equal?", "=", "<", ">", "+", "-", "*", "/", "modulo", "not", "and", "or", "list",
                        "length", "remove", "range", "string-append", "exact->inexact", "real->decimal-string",
                        "probability", "f", "x", "displayln", "format",
                        "car", "cdr", "cons", "append", "reverse", "list-ref", "member", "null?", "quotient",
                        "remainder", "max", "query", "pmf-support", "observe!", "categorical"]

    mutating func pick(_ options: [String]) -> String { options[Int(rng.next() % UInt64(options.count))] }
    mutating func roll(_ n: UInt64) -> Int { Int(rng.next() % n) }

    mutating func program() -> String {
        var forms = ["(define servers (range \(1 + roll(30))))", "(define x \(expr(3)))"]
        if roll(2) == 0 { forms.append("(define (f y) \(expr(3)))") }
        if roll(2) == 0 { forms.append("(define y \(expr(3)))") }
        for _ in 0 ..< 1 + roll(3) { forms.append(expr(4)) }
        return forms.joined(separator: "\n")
    }

    mutating func expr(_ depth: Int) -> String {
        if depth == 0 || roll(5) == 0 { return pick(Self.atoms) }
        let d = depth - 1
        switch roll(13) {
        case 0: return "(flip \(pick(["0.5", "1/3", "0", "1", "2", "x", "-1"])))"
        case 1: return "(discrete-uniform \(pick(["servers", "'(1 2 3)", "'()", "(list \(expr(d)) \(expr(d)))", expr(d)])))"
        case 2: return "(categorical \(pick(["'(a b c)", "servers", "'()", expr(d)])))"
        case 3: return "(if \(expr(d)) \(expr(d)) \(expr(d)))"
        case 4: return "(let ((y \(expr(d)))) \(expr(d)))"
        case 5: return "(cond (\(expr(d)) \(expr(d))) (else \(expr(d))))"
        case 6: return "(probability \(expr(d)))"
        case 7: return pick(["(with-observe (observe! \(expr(d))) \(expr(d)))", "(for/list ([v \(expr(d))]) \(expr(d)))",
                             "(foldl \(pick(["+", "cons", "list", "f"])) \(expr(d)) \(expr(d)))",
                             "(filter \(pick(["f", "not", "null?"])) \(expr(d)))", "(map f \(expr(d)))",
                             "(categorical \(expr(d)) \(expr(d)))", "((query \(expr(d))) \(expr(d)))"])
        default:
            let args = (0 ..< roll(4)).map { _ in expr(d) }
            return "(" + ([pick(Self.calls)] + args).joined(separator: " ") + ")"
        }
    }
}

/// Byte-level damage of the kind editors and copy-paste produce.
enum Mutator {
    static let alphabet = Array("()'\"#;|\\ \n0123456789./-+abcxyz↦λ")

    static func mutate(_ text: String, rounds: Int, using rng: inout Xoshiro) -> String {
        var chars = Array(text)
        for _ in 0 ..< rounds where !chars.isEmpty {
            let i = Int(rng.next() % UInt64(chars.count))
            switch rng.next() % 5 {
            case 0: chars.remove(at: i)
            case 1: chars.insert(alphabet[Int(rng.next() % UInt64(alphabet.count))], at: i)
            case 2: chars[i] = alphabet[Int(rng.next() % UInt64(alphabet.count))]
            case 3: chars.removeSubrange(i...)
            default:
                let end = min(chars.count, i + Int(rng.next() % 40))
                chars.insert(contentsOf: chars[i ..< end], at: i)
            }
        }
        return String(chars)
    }
}
