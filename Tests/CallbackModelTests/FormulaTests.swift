import BigInt
import Testing
@testable import CallbackModel

/// Evaluates the ASCII formula grammar of SPEC §5 (integers, N c M k r, + - * / ^ with
/// integer exponents, parentheses) with the oracle's own fractions: written from the
/// grammar, sharing nothing with the formula code it checks.
struct GrammarEvaluator {
    let tokens: [String]
    var at = 0
    let values: [String: OracleFraction]

    enum Failure: Error { case bad(String) }

    static func evaluate(_ text: String, _ values: [String: OracleFraction]) throws -> OracleFraction {
        var tokens: [String] = []
        var number = ""
        for ch in text {
            if ch.isNumber { number.append(ch); continue }
            if !number.isEmpty { tokens.append(number); number = "" }
            if ch == " " { continue }
            guard "+-*/^()NcMkr".contains(ch) else { throw Failure.bad("character \(ch) in \(text)") }
            tokens.append(String(ch))
        }
        if !number.isEmpty { tokens.append(number) }
        var e = GrammarEvaluator(tokens: tokens, values: values)
        let x = try e.sum()
        guard e.at == tokens.count else { throw Failure.bad("trailing \(tokens[e.at...]) in \(text)") }
        return x
    }

    var next: String? { at < tokens.count ? tokens[at] : nil }

    mutating func sum() throws -> OracleFraction {
        var x = try product()
        while let op = next, op == "+" || op == "-" {
            at += 1
            let y = try product()
            x = op == "+" ? x + y : x - y
        }
        return x
    }

    mutating func product() throws -> OracleFraction {
        var x = try unary()
        while let op = next, op == "*" || op == "/" {
            at += 1
            let y = try unary()
            if op == "/" && y.isZero { throw Failure.bad("division by zero") }
            x = op == "*" ? x * y : x / y
        }
        return x
    }

    mutating func unary() throws -> OracleFraction {
        if next == "-" { at += 1; return .zero - (try unary()) }
        return try power()
    }

    mutating func power() throws -> OracleFraction {
        let base = try atom()
        guard next == "^" else { return base }
        at += 1
        let e = try unary()
        guard e.isInteger, e.numerator >= 0, let n = Int(exactly: e.numerator) else { throw Failure.bad("exponent \(e)") }
        return OracleFraction(base.numerator.power(n), base.denominator.power(n))
    }

    mutating func atom() throws -> OracleFraction {
        guard let t = next else { throw Failure.bad("unexpected end") }
        at += 1
        if t == "(" {
            let x = try sum()
            guard next == ")" else { throw Failure.bad("missing )") }
            at += 1
            return x
        }
        if let v = values[t] { return v }
        guard let n = BigInt(t) else { throw Failure.bad("token \(t)") }
        return OracleFraction(n)
    }
}

struct FormulaTests {
    // Catches a derivation that prints a different law than SPEC §5 lists for the seed's cases.
    @Test func seedCasesReadAsListed() {
        func failure(_ p: Parameters) -> String { FormulaEngine.derive(p).failure.unicode }
        #expect(failure(Parameters(servers: 10)) == "1 − 1/N")
        #expect(failure(Parameters(servers: 10, retries: 2)) == "((N − 1)/N)^(k+1)")
        #expect(FormulaEngine.derive(Parameters(servers: 10, retries: 2)).failure.ascii == "((N - 1)/N)^(k + 1)")
        #expect(failure(Parameters(servers: 10, strategy: .replicate, retries: 3, replicas: 2)) == "(1 − (r + 1)/N)^(k+1)")
        #expect(failure(Parameters(servers: 10, strategy: .replicate, replicas: 2)) == "1 − (r + 1)/N")
        #expect(failure(Parameters(servers: 10, canaryShare: Rational(1, 10))) == "1 − c²/M − (1 − c)²/(N − M)")
        #expect(FormulaEngine.derive(Parameters(servers: 10, canaryShare: Rational(1, 10))).failure.ascii == "1 - c^2/M - (1 - c)^2/(N - M)")
    }

    // Catches a bound that hangs: many replicas with a canary give one line, at once.
    @Test func noShortFormPastTheBound() {
        let p = Parameters(servers: 1000, canaryShare: Rational(1, 20), canaryServers: 400, strategy: .replicate, retries: 100, replicas: 999)
        let f = FormulaEngine.derive(p)
        #expect(f.failure.unicode.hasPrefix("no short form: degree 999 in N"))
        #expect(f.fixed.contains("r"))
    }

    static let shares: [Rational] = [0, Rational(1, 100), Rational(1, 20), Rational(1, 3), Rational(9, 10)]
    static let sizes: [BigInt] = [1, 2, 3, 5, 10, 64, 1000, 1_000_000_000]

    // Catches any formula that is not the law of the program it came from: for random
    // configurations (every strategy, canary on or off, k in 0…100, r) every formula,
    // read back by an independent evaluator of the ASCII grammar at the configuration's
    // values, equals the numeric engine's exact answer.
    @Test func formulasEqualTheNumbers() throws {
        var rng = SplitMix64(seed: 0xF0_4D_1A)
        var checked = 0, withForm = 0
        for strategy in Strategy.allCases {
            for share in Self.shares {
                for trial in 0 ..< 5 {
                    let n = Self.sizes[Int.random(in: 0 ..< Self.sizes.count, using: &rng)]
                    if n == 1 && !share.isZero { continue }
                    let k = trial == 0 ? 0 : trial == 1 ? 100 : Int.random(in: 0 ... 100, using: &rng)
                    let m = 1 + BigInt(Int.random(in: 0 ... 10, using: &rng)) % max(1, n - 1)
                    let r = BigInt(Int.random(in: 0 ... (share.isZero ? 50 : 3), using: &rng)) % n
                    let p = Parameters(servers: n, canaryShare: share, canaryServers: m, strategy: strategy, retries: k, replicas: r)
                    let numbers = try CallbackEngine.evaluate(p)
                    let formulas = FormulaEngine.derive(p)
                    let values: [String: OracleFraction] = [
                        "N": OracleFraction(n), "c": OracleFraction(share.numerator, share.denominator), "M": OracleFraction(m),
                        "k": OracleFraction(k), "r": OracleFraction(r)]
                    // Only the symbolic variables may appear.
                    let allowed = Set(formulas.symbolic.joined())
                    func check(_ f: Formula, _ expected: Rational, _ what: String) throws {
                        guard f.hasForm else { return }
                        withForm += 1
                        for ch in f.ascii where "NcMkr".contains(ch) {
                            #expect(allowed.contains(ch), "\(what) of \(p) uses \(ch): \(f.ascii)")
                        }
                        let x = try GrammarEvaluator.evaluate(f.ascii, values)
                        #expect(x == OracleFraction(expected.numerator, expected.denominator), "\(what) of \(p): \(f.ascii)")
                    }
                    try check(formulas.failure, numbers.failure, "failure")
                    try check(formulas.success, numbers.success, "success")
                    try check(formulas.expectedAttempts, numbers.expectedAttempts, "expected attempts")
                    #expect(Set(formulas.byOrigin.keys) == Set(numbers.failureByOrigin.keys))
                    for (pool, f) in formulas.byOrigin { try check(f, numbers.failureByOrigin[pool]!, "\(pool) origin") }
                    checked += 1
                }
            }
        }
        #expect(checked > 120)
        #expect(withForm > 4 * 120)
    }
}
