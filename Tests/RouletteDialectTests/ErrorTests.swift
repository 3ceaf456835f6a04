import RouletteDialect
import Testing

/// Bad programs stop with one `LINE:COLUMN: message`, never a crash.
struct ErrorTests {
    @Test(arguments: [
        ("(flip 2)", "1:1: flip expects a probability from 0 to 1, got 2"),
        ("\n  (flip -0.5)", "2:3: flip expects a probability from 0 to 1, got -0.5"),
        ("(flip 'a)", "1:1: flip expects a probability from 0 to 1, got 'a"),
        ("(categorical '())", "1:1: categorical expects a non-empty list, got '()"),
        ("(discrete-uniform 3)", "1:1: discrete-uniform expects a list, got a number"),
        ("(+ 1 x)", "1:6: unknown identifier 'x'"),
        ("(define (f a b) a)\n(f 1)", "2:1: f expects 2 arguments, got 1"),
        ("(not 1 2)", "1:1: not expects 1 argument, got 2"),
        ("(+ 1 \"a\")", "1:1: + expects numbers, got a string"),
        ("(< 'a 1)", "1:1: < expects numbers, got a symbol"),
        ("(/ 1 0)", "1:1: /: division by zero"),
        ("(modulo 1/2 3)", "1:1: modulo expects integers"),
        ("(1 2)", "1:1: cannot call not a procedure: 1"),
        ("((flip 1/2) 1)", "1:1: cannot call a random value: (pmf | #t ↦ 0.5 | #f ↦ 0.5)"),
        ("()", "1:1: empty application (): quote it as '() for an empty list"),
        ("(if #t 1)", "1:1: if expects a condition, a then-branch and an else-branch, got 2 parts"),
        ("(+ 1 (define x 2))", "1:6: define is allowed only at top level or in a body"),
        ("(format \"~a ~a\" 1)", "1:1: format: the string has more ~a directives than arguments"),
        ("(if (flip 1/2) (displayln 1) 2)", "1:16: displayln inside a branch that depends on a random choice is not supported"),
        ("(define (loop n) (loop n))\n(loop 1)", "1:19: recursion too deep: more than 10000 nested evaluations (a recursion that never reaches its base case, or one that stops only on a random value, which exact evaluation follows down every branch)"),
        ("(define n (discrete-uniform '(0 1)))\n(/ 1 n)", "2:1: /: division by zero"),
        ("(define s (discrete-uniform '(() (1))))\n(discrete-uniform s)", "2:1: discrete-uniform expects a non-empty list, got '()"),
    ])
    func badProgramReportsPositionAndMessage(program: String, message: String) {
        #expect(failure(program) == message)
    }

    @Test func geometricRecursionOnARandomValueIsReportedNotOverflowed() {
        #expect(failure("(define (geom) (if (flip 1/2) 0 (+ 1 (geom))))\n(geom)")?.contains("recursion too deep") == true)
    }

    @Test func outputBeforeAnErrorIsKept() {
        let collected = Collected()
        #expect(throws: DialectError.self) {
            try Interpreter.run("(displayln \"before\")\n(flip 3)") { collected.text += $0 }
        }
        #expect(collected.text == "before\n")
    }

    private final class Collected: @unchecked Sendable {
        var text = ""
    }
}
