import CallbackModel
import RouletteDialect
import Testing

/// Semantics: every random call is one independent choice; a defined random value is one
/// choice however often it is used. Expected values are derived by hand in each test.
struct EvaluatorTests {
    private func probability(_ program: String, of expression: String) throws -> String {
        try lines(program + "\n(probability \(expression))", style: .fractions).last ?? ""
    }

    @Test func twoCallsAreIndependent() throws {
        // P(a = b) = P(both #t) + P(both #f) = 1/4 + 1/4.
        #expect(try lines("(equal? (flip 1/2) (flip 1/2))", style: .fractions) == ["(pmf | #t ↦ 1/2 | #f ↦ 1/2)"])
        // 0.3·0.6 + 0.7·0.4 = 0.18 + 0.28.
        #expect(try probability("", of: "(equal? (flip 0.3) (flip 0.6))") == Rational(46, 100).description)
    }

    @Test func aDefinedValueIsOneChoice() throws {
        let x = "(define x (flip 0.3))"
        // Certain, so printed as plain values (SPEC §4: "(equal? x x) is always #t").
        #expect(try lines(x + "(equal? x x)") == ["#t"])
        #expect(try lines(x + "(and x (not x))") == ["#f"])
        #expect(try lines(x + "(or x (not x))") == ["#t"])
        #expect(try lines(x + "(list x x)") == ["(pmf | '(#t #t) ↦ 0.3 | '(#f #f) ↦ 0.7)"])
        #expect(try probability(x, of: "x") == Rational(3, 10).description)
    }

    @Test func functionCallsMakeFreshChoices() throws {
        // Each call of (coin) flips again: P(equal) = 0.3² + 0.7² = 0.58.
        #expect(try probability("(define (coin) (flip 0.3))", of: "(equal? (coin) (coin))") == Rational(58, 100).description)
    }

    @Test func nestedSharingConditionsOnTheSharedChoice() throws {
        // y = x or z; P(y ∧ ¬x) = P(¬x)·P(z) = 0.7 · 0.5.
        let program = "(define x (flip 0.3)) (define z (flip 1/2)) (define y (or x z))"
        #expect(try probability(program, of: "(and y (not x))") == Rational(35, 100).description)
        // P(x = y) = P(x) + P(¬x ∧ ¬z) = 0.3 + 0.35.
        #expect(try probability(program, of: "(equal? x y)") == Rational(65, 100).description)
    }

    @Test func letCondAndFunctions() throws {
        let program = """
        (define (classify n) (cond [(< n 2) 'low] [(= n 2) 'mid] [else 'high]))
        (define d (discrete-uniform '(1 2 3 4)))
        (let ([c (classify d)]) (equal? c 'high))
        (let* ([a 2] [b (* a 3)]) (- b a))
        ((lambda (u v) (+ u v)) 1/3 1/6)
        (classify 2)
        """
        // 'high for 3 and 4: 2 of 4 values.
        #expect(try lines(program, style: .fractions) == ["(pmf | #t ↦ 1/2 | #f ↦ 1/2)", "4", "1/2", "'mid"])
    }

    @Test func namedLetLoops() throws {
        // 0 + 1 + 2 + 3 + 4.
        #expect(try lines("(let loop ([i 0] [acc 0]) (if (= i 5) acc (loop (+ i 1) (+ acc i))))") == ["10"])
    }

    @Test func ifOnARandomConditionOnlyTakesTheBranchEachWorldTakes() throws {
        // The else-branch would divide by zero, but only in the world that takes the then-branch.
        let program = "(define n (discrete-uniform '(0 2 4))) (if (= n 0) 0 (/ 1 n))"
        #expect(try lines(program, style: .fractions) == ["(pmf | 0 ↦ 1/3 | 1/4 ↦ 1/3 | 1/2 ↦ 1/3)"])
    }

    @Test func dependentChoice() throws {
        // Pick a server, then a different one: they are never equal; the second is uniform over the 3 others.
        let program = "(define s '(0 1 2 3)) (define a (discrete-uniform s)) (define b (discrete-uniform (remove a s)))"
        #expect(try probability(program, of: "(equal? a b)") == "0")
        #expect(try probability(program, of: "(= b 0)") == Rational(1, 4).description)
    }

    @Test func arithmeticAndNumbers() throws {
        #expect(try lines("(+ 1 2) (- 5) (* 2 0.25) (/ 1 3) (modulo -7 3) (modulo 7 -3) (< 1 2 3) (> 1 2)", style: .exact)
            == ["3", "-5", "0.5", "1/3", "2", "-2", "#t", "#f"])
        // Racket rounds half to even: 0.125 → 0.12, 0.375 → 0.38.
        #expect(try lines(#"(real->decimal-string 0.125) (real->decimal-string 0.375) (real->decimal-string 2/3 3) (real->decimal-string -1/2)"#)
            == [#""0.12""#, #""0.38""#, #""0.667""#, #""-0.50""#])
        #expect(try lines("(exact->inexact 1/4) (exact->inexact 2) (+ (exact->inexact 1/2) 1/4)") == ["0.25", "2.0", "0.75"])
    }

    @Test func probabilityOfPlainValues() throws {
        #expect(try lines("(probability #t) (probability #f) (probability (equal? 1 1))") == ["1", "0", "1"])
    }

    @Test func displayAndFormat() throws {
        let program = #"(displayln "héllo ↦") (displayln '(a "b" 1/2)) (displayln (format "~a|~s|~v~~" "x" "y" 'z)) (displayln (flip 0.82))"#
        #expect(try lines(program) == ["héllo ↦", "(a b 0.5)", #"x|"y"|'z~"#, "(pmf | #t ↦ 0.82 | #f ↦ 0.18)"])
    }

    @Test func definitionsAndVoidPrintNothing() throws {
        #expect(try output("(define a 1) (define (f) a) (displayln \"\")") == "\n")
        #expect(try lines("(define a 1) a (list a \"s\")") == ["1", #"'(1 "s")"#])
    }
}
