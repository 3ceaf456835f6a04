import CallbackModel
import RouletteDialect
import Testing

struct PrintingTests {
    @Test func pmfAsRoulettePrintsIt() throws {
        #expect(try lines("(flip 0.82)") == ["(pmf | #t ↦ 0.82 | #f ↦ 0.18)"])
    }

    @Test func nonTerminatingProbabilitiesAreFractions() throws {
        #expect(try lines("(discrete-uniform '(c a b))") == ["(pmf | 'c ↦ 1/3 | 'a ↦ 1/3 | 'b ↦ 1/3)"])
    }

    @Test func orderIsTrueFalseThenNumbersAscending() throws {
        #expect(try lines("(not (flip 0.82))") == ["(pmf | #t ↦ 0.18 | #f ↦ 0.82)"])
        #expect(try lines("(discrete-uniform '(3 1 2 1))") == ["(pmf | 1 ↦ 0.5 | 2 ↦ 0.25 | 3 ↦ 0.25)"])
    }

    @Test func fractionsStyle() throws {
        #expect(try lines("(flip 0.82) 0.5", style: .fractions) == ["(pmf | #t ↦ 41/50 | #f ↦ 9/50)", "1/2"])
    }

    @Test func digitsStyleRounds() throws {
        #expect(try lines("(flip 1/3) 2/3 7", style: .digits(3)) == ["(pmf | #t ↦ 0.333 | #f ↦ 0.667)", "0.667", "7"])
    }

    @Test func printStyleOfValues() {
        let printer = Printer()
        #expect(printer.print(.string("a\"b\n")) == #""a\"b\n""#)
        #expect(printer.print(.symbol("x")) == "'x")
        #expect(printer.print(.list([.symbol("a"), .string("b"), .exact(Rational(1, 3)), .boolean(false)])) == #"'(a "b" 1/3 #f)"#)
        #expect(printer.print(.list([])) == "'()")
        #expect(printer.display(.list([.symbol("a"), .string("b")])) == "(a b)")
        #expect(printer.print(.number(Number(Rational(1, 3), isExact: false))) == "0.3333333333333333")
    }
}
