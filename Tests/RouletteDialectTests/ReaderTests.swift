import CallbackModel
import RouletteDialect
import Testing

struct ReaderTests {
    private func kinds(_ text: String) throws -> [Syntax.Kind] {
        try Reader.read(text).map(\.kind)
    }

    @Test func languageLineIsAcceptedAndSkipped() throws {
        #expect(try kinds("#lang roulette/example/disrupt\n1") == [.number(1)])
        #expect(try kinds("#lang roulette\n#t") == [.boolean(true)])
        #expect(try kinds("2") == [.number(2)])
        #expect(try kinds("\u{FEFF}#lang roulette\n3") == [.number(3)])
    }

    @Test func numbersAreExact() throws {
        #expect(try kinds("0.9 1/3 -2 -0.25 +7 .5 -1/3") == [
            .number(Rational(9, 10)), .number(Rational(1, 3)), .number(-2), .number(Rational(-1, 4)),
            .number(7), .number(Rational(1, 2)), .number(Rational(-1, 3)),
        ])
    }

    @Test func atomsAndComments() throws {
        #expect(try kinds("#t #f #true #false ; a comment\n equal? exact->inexact - ... #| block #| nested |# |# x #;(skipped datum) y") == [
            .boolean(true), .boolean(false), .boolean(true), .boolean(false),
            .symbol("equal?"), .symbol("exact->inexact"), .symbol("-"), .symbol("..."), .symbol("x"), .symbol("y"),
        ])
    }

    @Test func stringsWithUnicodeAndEscapes() throws {
        #expect(try kinds(#""↦ é" "a\"b\\c\nd\te" "\u00e9\x41""#) == [
            .string("↦ é"), .string("a\"b\\c\nd\te"), .string("éA"),
        ])
    }

    @Test func listsBracketsAndQuote() throws {
        let forms = try Reader.read("[a (b)] '(c 1)")
        #expect(forms.count == 2)
        guard case .list(let outer) = forms[0].kind, case .list(let quoted) = forms[1].kind else {
            Issue.record("expected lists"); return
        }
        #expect(outer.map(\.kind) == [.symbol("a"), .list([Syntax(.symbol("b"), at: SourcePosition(line: 1, column: 5))])])
        #expect(forms[0].position == SourcePosition(line: 1, column: 1))
        #expect(quoted.first?.kind == .symbol("quote"))
        #expect(forms[1].position == SourcePosition(line: 1, column: 9))
    }

    @Test func positionsCountLinesAndUnicodeColumns() throws {
        let forms = try Reader.read("#lang roulette\n; note\n  (a\n   \"é↦\" b)")
        #expect(forms[0].position == SourcePosition(line: 3, column: 3))
        guard case .list(let items) = forms[0].kind else { Issue.record("expected a list"); return }
        #expect(items.map(\.position) == [
            SourcePosition(line: 3, column: 4), SourcePosition(line: 4, column: 4), SourcePosition(line: 4, column: 9),
        ])
    }

    @Test(arguments: [
        ("(a b", "1:1: missing ')' to close the '(' opened here"),
        ("(a]", "1:1: '(' closed by ']' at 1:3: expected ')'"),
        (")", "1:1: unexpected ')' with no matching opening parenthesis"),
        ("x \"abc", "1:3: unterminated string"),
        ("\"a\\qb\"", "1:3: unknown string escape '\\q': allowed \\n \\t \\r \\\\ \\\" \\uXXXX \\xXX"),
        ("1.2.3", "1:1: bad number '1.2.3': expected an integer, a decimal like 0.9 or a fraction like 1/3"),
        ("1e3", "1:1: bad number '1e3': expected an integer, a decimal like 0.9 or a fraction like 1/3"),
        ("#lang racket\n1", "1:1: unsupported language 'racket': allowed #lang roulette or #lang roulette/example/disrupt"),
        ("\n  #x", "2:3: unsupported syntax '#x'"),
        ("#| open", "1:1: unterminated block comment"),
        ("'", "1:1: quote ' with nothing after it"),
    ])
    func syntaxErrorsNamePosition(text: String, message: String) {
        do {
            _ = try Reader.read(text)
            Issue.record("expected a syntax error for \(text)")
        } catch {
            #expect(error.description == message)
        }
    }
}
