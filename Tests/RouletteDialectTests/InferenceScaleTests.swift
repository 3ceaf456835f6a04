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
}
