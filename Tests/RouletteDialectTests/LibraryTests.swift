import CallbackModel
import RouletteDialect
import Testing

/// Racket's list and number library, on plain and random values. Expected values are
/// derived by hand or by enumerating the worlds in Swift.
struct LibraryTests {
    @Test func listProceduresOnPlainLists() throws {
        let program = """
        (car '(1 2 3)) (cdr '(1 2 3)) (cons 0 '(1 2)) (first '(a b)) (second '(a b)) (rest '(a b))
        (null? '()) (empty? '(1)) (null? empty) (length (list 1 2 3)) (append '(1) '(2 3) '()) (append)
        (list-ref '(a b c) 2) (member 2 '(1 2 3)) (member 9 '(1 2 3)) (reverse '(1 2 3)) (last '(1 2 3))
        (assoc 'b '((a 1) (b 2))) (list-tail '(1 2 3) 1)
        """
        #expect(try lines(program) == [
            "1", "'(2 3)", "'(0 1 2)", "'a", "'b", "'(b)",
            "#t", "#f", "#t", "3", "'(1 2 3)", "'()",
            "'c", "'(2 3)", "#f", "'(3 2 1)", "3",
            "'(b 2)", "'(2 3)",
        ])
    }

    @Test func higherOrderProcedures() throws {
        let program = """
        (foldl cons '() '(1 2 3)) (foldr cons '() '(1 2 3)) (foldl - 0 '(1 2 3)) (foldr - 0 '(1 2 3))
        (foldl (lambda (a b acc) (+ acc (* a b))) 0 '(1 2) '(3 4))
        (filter odd? (range 6)) (map + '(1 2) '(10 20)) (apply + 1 2 '(3 4)) (apply max '(3 9 2))
        (andmap even? '(2 4)) (andmap even? '(2 3)) (ormap even? '(1 3)) (ormap (lambda (x) (and (> x 1) x)) '(1 5 7))
        (for/list ([x '(1 2 3)]) (* x x)) (for/list ([x '(1 2 3)] [y '(a b)]) (list x y))
        (for/sum ([x (range 5)]) x) (for/fold ([acc '()]) ([x '(1 2 3)]) (cons x acc))
        (when (< 1 2) 'yes) (unless (< 1 2) 'no) (case 3 [(1 2) 'low] [(3 4) 'mid] [else 'high])
        """
        // foldl - : (3 - (2 - (1 - 0))) = 2; foldr - : (1 - (2 - (3 - 0))) = 2.
        #expect(try lines(program) == [
            "'(3 2 1)", "'(1 2 3)", "2", "2",
            "11",
            "'(1 3 5)", "'(11 22)", "10", "9",
            "#t", "#f", "#f", "5",
            "'(1 4 9)", "'((1 a) (2 b))",
            "10", "'(3 2 1)",
            "'yes", "'mid",
        ])
    }

    @Test func numberProcedures() throws {
        // Racket: quotient truncates towards zero and the remainder has the dividend's sign;
        // Swift's Int / and % do the same, so they are the reference here.
        var program = ""
        var expected: [String] = []
        for a in -7...7 {
            for b in [-3, -2, 2, 3] {
                program += "(quotient \(a) \(b)) (remainder \(a) \(b))\n"
                expected += ["\(a / b)", "\(a % b)"]
            }
        }
        #expect(try lines(program) == expected)
        #expect(try lines("(add1 1) (sub1 1) (abs -3/2) (max 1 5 2) (min 1 5 2) (zero? 0) (even? 4) (odd? 4) (positive? -1)")
            == ["2", "0", "1.5", "5", "1", "#t", "#t", "#f", "#f"])
    }

    @Test func listProceduresLiftOverRandomLists() throws {
        // l is '(1 2) or '(3) with probability 1/2 each.
        let program = """
        (define l (discrete-uniform '((1 2) (3))))
        (car l) (length (cons 0 l)) (null? (cdr l)) (append l l)
        (map add1 l)
        (foldl + 0 l)
        """
        #expect(try lines(program, style: .fractions) == [
            "(pmf | 1 ↦ 1/2 | 3 ↦ 1/2)", "(pmf | 2 ↦ 1/2 | 3 ↦ 1/2)", "(pmf | #t ↦ 1/2 | #f ↦ 1/2)",
            "(pmf | '(1 2 1 2) ↦ 1/2 | '(3 3) ↦ 1/2)",
            "(pmf | '(2 3) ↦ 1/2 | '(4) ↦ 1/2)",
            "3",  // 1 + 2 or 3: certain, printed as itself
        ])
    }

    @Test func sumOfDiceByFoldMatchesEnumeration() throws {
        // Three dice summed with foldl over a list of random elements.
        var counts: [Int: Int] = [:]
        for a in 1...6 { for b in 1...6 { for c in 1...6 { counts[a + b + c, default: 0] += 1 } } }
        let expected = "(pmf" + counts.keys.sorted().map { " | \($0) ↦ \(Rational(counts[$0]!, 216))" }.joined() + ")"
        let program = "(define (die) (discrete-uniform '(1 2 3 4 5 6)))\n(foldl + 0 (list (die) (die) (die)))"
        #expect(try lines(program, style: .fractions) == [expected])
        #expect(try lines("(define (die) (discrete-uniform '(1 2 3 4 5 6)))\n(for/sum ([i (range 3)]) (die))", style: .fractions) == [expected])
    }

    @Test func filterOfRandomTestsCountsHeads() throws {
        // Heads among 4 fair flips: C(4, k)/16.
        let program = "(length (filter (lambda (c) c) (for/list ([i (range 4)]) (flip 1/2))))"
        let binomial = [1, 4, 6, 4, 1]
        let expected = "(pmf" + (0...4).map { " | \($0) ↦ \(Rational(binomial[$0], 16))" }.joined() + ")"
        #expect(try lines(program, style: .fractions) == [expected])
    }

    @Test func randomCaseAndWhen() throws {
        // d uniform over 1…4: 'low for 1, 2; 'high otherwise. `when` is void where d ≤ 3
        // (values other than booleans and numbers print in first-seen order).
        let program = "(define d (discrete-uniform '(1 2 3 4)))\n(case d [(1 2) 'low] [else 'high])\n(when (> d 3) 'top)"
        #expect(try lines(program, style: .fractions) == ["(pmf | 'low ↦ 1/2 | 'high ↦ 1/2)", "(pmf | #<void> ↦ 3/4 | 'top ↦ 1/4)"])
    }

    @Test func weightedCategorical() throws {
        #expect(try lines("(categorical '(a b) '(9/10 1/10))") == ["(pmf | 'a ↦ 0.9 | 'b ↦ 0.1)"])
        // Weights are normalised; repeated values add up: a gets (1 + 2)/4.
        #expect(try lines("(categorical '(a b a) '(1 1 2))") == ["(pmf | 'a ↦ 0.75 | 'b ↦ 0.25)"])
        // The uniform one-argument form is unchanged.
        #expect(try lines("(categorical '(a b c d))") == ["(pmf | 'a ↦ 0.25 | 'b ↦ 0.25 | 'c ↦ 0.25 | 'd ↦ 0.25)"])
        // Random weights: (1 1) or (3 1) with 1/2 each; P(x) = 1/2·1/2 + 1/2·3/4 = 5/8.
        #expect(try lines("(categorical '(x y) (list (discrete-uniform '(1 3)) 1))", style: .fractions)
            == ["(pmf | 'x ↦ 5/8 | 'y ↦ 3/8)"])
    }

    @Test(arguments: [
        ("(car '())", "1:1: car expects a non-empty list, got '()"),
        ("(cons 1 2)", "1:1: cons expects a list second (pairs are not supported), got a number"),
        ("(list-ref '(1) 1)", "1:1: list-ref: index 1 too large for a list of 1 elements"),
        ("(quotient 1 0)", "1:1: quotient: division by zero"),
        ("(map + '(1) '(1 2))", "1:1: map: all lists must have the same length"),
        ("(foldl + 0 5)", "1:1: foldl expects a list, got a number"),
        ("(categorical '(a) '(1 2))", "1:1: categorical expects as many weights as values, got 2 weights for 1 values"),
        ("(categorical '(a b) '(0 0))", "1:1: categorical weights must not all be zero"),
        ("(categorical '(a b) '(1 -1))", "1:1: categorical weights must be non-negative numbers, got -1"),
        ("(for/list (x) x)", "1:12: for/list clause must be [name list] or [(name …) list]"),
    ])
    func libraryErrors(program: String, message: String) {
        #expect(failure(program) == message)
    }

    @Test func orIsNotSharedWithItself() throws {
        // Before: `(or a b)` was `(if a a b)` and enumerated every (x, y) pair jointly, so
        // 2,000 values were refused. P = 1/n + (1 − 1/n)·1/2.
        let n = 2_000
        let program = "(define s (range \(n)))(define x (discrete-uniform s))(define y (discrete-uniform s))\n(probability (or (equal? x y) (flip 1/2)))"
        let expected = Rational(1, n) + (Rational.one - Rational(1, n)) * Rational(1, 2)
        #expect(try lines(program, style: .fractions) == [expected.description])
        // `or` still returns the first true value, and only looks at b where a is false.
        #expect(try lines("(define n (discrete-uniform '(0 2)))\n(or (= n 0) (/ 4 n))", style: .fractions) == ["(pmf | #t ↦ 1/2 | 2 ↦ 1/2)"])
    }
}
