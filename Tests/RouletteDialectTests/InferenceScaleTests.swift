import CallbackModel
import RouletteDialect
import Testing

/// Independent values are joined without enumerating their product.
struct InferenceScaleTests {
    @Test func equalityOfTwentyThousandValueUniformsIsAHashJoin() throws {
        // Σ_v (1/20000)² over 20,000 values = 1/20000; a product would be 4·10⁸ pairs (over the limit).
        let program = """
        (define a (discrete-uniform (range 20000)))
        (define b (discrete-uniform (range 20000)))
        (probability (equal? a b))
        (probability (= a b))
        """
        let expected = Rational(1, 20000).description
        #expect(try lines(program, style: .fractions) == [expected, expected])
    }

    @Test func partialOverlapJoin() throws {
        // a over 0..999, b over 500..1499: 500 common values, each (1/1000)².
        let program = "(probability (equal? (discrete-uniform (range 1000)) (discrete-uniform (range 500 1500))))"
        #expect(try lines(program, style: .fractions) == [Rational(500, 1_000_000).description])
    }

    @Test func aHugeProductIsRefusedNotAttempted() {
        let program = "(define a (discrete-uniform (range 600)))\n(define b (discrete-uniform (range 600)))\n(+ a b)"
        #expect(failure(program) == "3:1: too many outcomes to combine exactly in +: more than 250000 combinations of independent values")
    }

    @Test func aLongChainIsInferredStepByStep() throws {
        // Once refused (each step recorded every choice upstream: 2,000,000 dependencies by
        // step 1,415); now each step is one small table. Any step's fair coin makes it 1/2.
        var program = "(define a0 (flip 0.3))\n"
        for i in 1...1500 { program += "(define a\(i) (if (flip 0.5) (not a\(i - 1)) a\(i - 1)))\n" }
        program += "(probability a1500)"
        #expect(try lines(program, style: .fractions) == ["1/2"])
    }

    @Test func aConjunctionAlongAChainIsLinear() throws {
        // P(x0 ∧ … ∧ x199) with x(i) = 0.9 after #t: 1/2 · (9/10)^199.
        var program = "(define (next prev) (if prev (flip 0.9) (flip 0.2)))\n(define x0 (flip 0.5))\n"
        for i in 1..<200 { program += "(define x\(i) (next x\(i - 1)))\n" }
        program += "(probability (and " + (0..<200).map { "x\($0)" }.joined(separator: " ") + "))"
        #expect(try lines(program, style: .fractions) == [(Rational(1, 2) * Rational(9, 10).power(199)).description])
    }
}
