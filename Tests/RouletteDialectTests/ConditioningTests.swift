import CallbackModel
import RouletteDialect
import Testing

/// `observe!`, `with-observe`, `query` and pmf values, as Roulette's disrupt has them.
/// Expected values are derived by hand (Bayes' rule) or by enumerating worlds in Swift.
struct ConditioningTests {
    @Test func twoCoinsAtLeastOneHeads() throws {
        // P(first | first ∨ second) = (1/2) / (3/4) = 2/3.
        let program = "(define a (flip 1/2))\n(define b (flip 1/2))\n(observe! (or a b))\na\n(probability a)\n(probability (and a b))"
        #expect(try lines(program, style: .fractions) == ["(pmf | #t ↦ 2/3 | #f ↦ 1/3)", "2/3", "1/3"])
    }

    @Test func rouletteDocumentationExamples() throws {
        // disrupt.scrbl: observing (not both-heads) makes P(first-coin) = (1/4)/(3/4) = 1/3.
        let coins = "(define first-coin (flip 0.5))\n(define second-coin (flip 0.5))\n(define both-heads (and first-coin second-coin))\n"
        #expect(try lines(coins + "(observe! (not both-heads))\nfirst-coin", style: .fractions) == ["(pmf | #t ↦ 1/3 | #f ↦ 2/3)"])
        // with-observe: inside, P(x ∧ y | x) = 1/2; after it, 1/4 again.
        let scoped = "(define x (flip 1/2))\n(define y (flip 1/2))\n(with-observe (observe! x) (query (and x y)))\n(query (and x y))"
        #expect(try lines(scoped, style: .fractions) == ["(pmf | #t ↦ 1/2 | #f ↦ 1/2)", "(pmf | #t ↦ 1/4 | #f ↦ 3/4)"])
        // in-pmf: the expectation of (if (flip 1/2) 5 10) is 15/2.
        let expectation = "(define (expectation v) (for/sum ([(val prob) (in-pmf (query v))]) (* val prob)))\n(expectation (if (flip 1/2) 5 10))"
        #expect(try lines(expectation, style: .fractions) == ["15/2"])
    }

    @Test func canaryGivenTheCallbackFailed() throws {
        // Order and callback each go to the canary with 1/10. The callback fails when they
        // differ: P = 2·0.9·0.1 = 0.18, of which the order on the canary is 0.1·0.9 = 0.09,
        // so P(order on the canary | failed) = 0.09 / 0.18 = 1/2.
        let program = """
        (define (route) (if (flip 0.9) 'stable 'canary))
        (define order (route))
        (define callback (route))
        (observe! (not (equal? order callback)))
        (probability (equal? order 'canary))
        order
        """
        #expect(try lines(program) == ["0.5", "(pmf | 'stable ↦ 0.5 | 'canary ↦ 0.5)"])
    }

    @Test func retryGivenTheFirstAttemptFailed() throws {
        // Ten servers; the order is on one, each attempt picks one uniformly. Given that the
        // first attempt missed, the retry is independent: it succeeds with 1/10. Given that
        // some attempt of two succeeded (1 − 0.81 = 0.19), the first did with 0.1/0.19 = 10/19.
        let program = """
        (define servers (range 10))
        (define order (discrete-uniform servers))
        (define first-try (discrete-uniform servers))
        (define retry (discrete-uniform servers))
        (with-observe (observe! (not (equal? order first-try))) (probability (equal? order retry)))
        (observe! (or (equal? order first-try) (equal? order retry)))
        (probability (equal? order first-try))
        """
        #expect(try lines(program, style: .fractions) == ["1/10", "10/19"])
    }

    @Test func observationsMatchEnumeration() throws {
        // x, y, z, w as in BruteForceTests; P(event | observation) by enumerating every world.
        let cases: [(String, String, (Bool, Bool, Int, Int) -> Bool, (Bool, Bool, Int, Int) -> Bool)] = [
            ("(or x (= z 1))", "y", { x, _, z, _ in x || z == 1 }, { _, y, _, _ in y }),
            ("(not (equal? x (< z w)))", "(= w 2)", { x, _, z, w in x != (z < w) }, { _, _, _, w in w == 2 }),
            ("(equal? (if x z w) (if y w z))", "(and x (> z w))", { x, y, z, w in (x ? z : w) == (y ? w : z) }, { x, _, z, w in x && z > w }),
        ]
        for (observation, event, holds, asked) in cases {
            let expected = BruteForceTests.enumerate { holds($0, $1, $2, $3) && asked($0, $1, $2, $3) } / BruteForceTests.enumerate(holds)
            let program = BruteForceTests.definitions + "\n(observe! \(observation))\n(probability \(event))"
            #expect(try lines(program, style: .fractions) == [expected.description], "\(observation) | \(event)")
        }
    }

    @Test func observationsAccumulate() throws {
        // Three coins of 1/2; observe at least two heads, then that the third is tails:
        // the worlds left are (H H T) only.
        let program = """
        (define c (for/list ([i (range 3)]) (flip 1/2)))
        (observe! (>= (length (filter (lambda (h) h) c)) 2))
        (probability (car c))
        (observe! (not (third c)))
        (probability (car c))
        """
        // Given ≥ 2 heads (4 of 8 worlds), the first is heads in 3 of them.
        #expect(try lines(program, style: .fractions) == ["3/4", "1"])
    }

    @Test func anObservationInsideARandomBranchConstrainsOnlyThatBranch() throws {
        // (if a (observe! b) #t): worlds a ∧ ¬b are ruled out; P(a) = (1/4) / (3/4) = 1/3.
        // The if's own value, printed given the evidence: void where a (1/3), #t elsewhere.
        let program = "(define a (flip 1/2))\n(define b (flip 1/2))\n(if a (observe! b) #t)\n(probability a)"
        #expect(try lines(program, style: .fractions) == ["(pmf | #t ↦ 2/3 | #<void> ↦ 1/3)", "1/3"])
    }

    @Test func aWorldTheEvidenceRulesOutIsNeverEvaluated() throws {
        // Given n ≠ 0, 2/n is 1 or 2 with 1/2 each; the world n = 0 would divide by zero.
        let program = "(define n (discrete-uniform '(0 1 2)))\n(observe! (not (= n 0)))\n(query (/ 2 n))"
        #expect(try lines(program, style: .fractions) == ["(pmf | 1 ↦ 1/2 | 2 ↦ 1/2)"])
    }

    @Test func pmfValues() throws {
        let program = """
        (define p (query (discrete-uniform '(a b b))))
        p (pmf? p) (pmf? 1) (pmf-support p) (p 'b) (p 'z) (in-pmf p)
        (query 5)
        (for/pmf ([x '(a b a)]) (values x 1/3))
        ((query (flip 1/4)) (flip 1/2))
        """
        #expect(try lines(program, style: .fractions) == [
            "(pmf | 'a ↦ 1/3 | 'b ↦ 2/3)", "#t", "#f", "'(a b)", "2/3", "0", "'((a 1/3) (b 2/3))",
            "(pmf | 5 ↦ 1)",
            "(pmf | 'a ↦ 2/3 | 'b ↦ 1/3)",
            // Applied to a random value: 1/4 or 3/4 with 1/2 each.
            "(pmf | 1/4 ↦ 1/2 | 3/4 ↦ 1/2)",
        ])
    }

    @Test(arguments: [
        ("(define a (flip 1/2))\n(observe! a)\n(observe! (not a))", "3:1: observed an event of probability 0"),
        // Observations are checked late, but an impossible one still stops the run first.
        ("(define a (flip 1/2))\n(observe! a)\n(observe! (not a))\n(/ 1 0)", "3:1: observed an event of probability 0"),
        ("(define a (flip 1/2))\n(observe! (not a))\n(observe! a)\n(displayln \"after\")", "3:1: observed an event of probability 0"),
        ("(observe! #f)", "1:1: observed an event of probability 0"),
        ("(observe! (flip 0))", "1:1: observed an event of probability 0"),
        ("(pmf-support 1)", "1:1: pmf-support expects a pmf, got a number"),
        ("((query 1) 1 2)", "1:1: a pmf expects 1 argument, got 2"),
    ])
    func conditioningErrors(program: String, message: String) {
        #expect(failure(program) == message)
    }

    @Test func anImpossibleObservationInsideWithObserveStillStops() {
        #expect(failure("(define a (flip 1/2))\n(with-observe (observe! a) (observe! (not a)))") == "2:28: observed an event of probability 0")
    }
}
