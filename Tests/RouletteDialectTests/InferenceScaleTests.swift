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

    @Test func interchangeableServersAreOneRow() throws {
        // The canary story over 5,000 servers: 10 % to server 0, the rest uniform over the
        // others; P(three attempts all miss the order) = 0.1·0.9³ + 0.9·(1 − 0.9/4999)³.
        let program = """
        (define stable (range 1 5000))
        (define (route) (if (flip 0.1) 0 (discrete-uniform stable)))
        (define order (route))
        (define a1 (route))
        (define a2 (route))
        (define a3 (route))
        (probability (and (not (equal? order a1)) (not (equal? order a2)) (not (equal? order a3))))
        (probability (and (not (equal? order a1)) (equal? order 3)))
        (probability (and (not (equal? order a1)) (< order 10)))
        """
        let miss = Rational(1, 10) * Rational(9, 10).power(3) + Rational(9, 10) * (Rational.one - Rational(9, 10) / Rational(4999)).power(3)
        let stableOne = Rational(9, 10) / Rational(4999)
        let third = Rational(1, 10) * Rational(9, 10) + Rational(9) * stableOne * (Rational.one - stableOne)
        #expect(try lines(program, style: .fractions) == [miss.description, (stableOne * (Rational.one - stableOne)).description, third.description])
    }

    @Test func sumsOfNonIntegersAndConstantsStillAdd() throws {
        // 5 − k/2 = 4 for k = 2 halves among 5 fair flips: C(5, 2)/32; and 1 + a die + 2.
        let program = """
        (probability (= (foldl + 0 (for/list ([i (range 5)]) (if (flip 1/2) 1/2 1))) 4))
        (probability (= (+ 1 (discrete-uniform '(1 2 3 4 5 6)) 2 (discrete-uniform '(1 2))) 6))
        """
        #expect(try lines(program, style: .fractions) == ["5/16", "1/6"])
    }
}
