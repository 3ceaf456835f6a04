import BigInt

/// One answer as a formula, or why it has none.
public enum Formula: Sendable, Hashable {
    case shown(Shown)
    /// "no short form: …": the formula would be too long to read (or to derive quickly).
    case noShortForm(String)

    public var unicode: String {
        switch self {
        case .shown(let s): FormulaText.render(s, style: .unicode)
        case .noShortForm(let why): why
        }
    }

    /// The ASCII grammar scripts evaluate; the reason when there is no formula.
    public var ascii: String {
        switch self {
        case .shown(let s): FormulaText.render(s, style: .ascii)
        case .noShortForm(let why): why
        }
    }

    /// `unicode` or `ascii` (a terminal that cannot show c² reads c^2, not c2).
    public func text(_ style: FormulaText.Style) -> String {
        style == .unicode ? unicode : ascii
    }

    public var hasForm: Bool {
        if case .shown = self { return true }
        return false
    }
}

/// Every §1 answer of one configuration as a formula in N, c, M, k, r (SPEC §5).
public struct FormulaSet: Sendable, Hashable {
    public let failure: Formula
    public let success: Formula
    /// Only pools that get traffic, as in `CallbackResult.failureByOrigin`.
    public let byOrigin: [Pool: Formula]
    public let expectedAttempts: Formula
    /// The variables the formulas keep as letters, in the order N c M k r.
    public let symbolic: [String]
    /// The variables whose given value is written into the formulas (k at 0 retries, c
    /// without a canary, r with a canary: the replicas' split has no closed form in r;
    /// "pools" for weighted classes, whose sizes and weights are written in).
    public let fixed: [String]
    /// Every variable's value in this configuration (c as a fraction, not a percent).
    public let values: [String: Rational]

    /// The formula with this configuration's values written in (nil when none is).
    public func substituted(_ formula: Formula, style: FormulaText.Style = .unicode) -> String? {
        guard case .shown(let s) = formula else { return nil }
        let text = FormulaText.render(s.substituting(values), style: style)
        return text == formula.text(style) ? nil : text
    }

    /// The formula's exact value at this configuration (what tests and the report check).
    public func value(_ formula: Formula) -> Rational? {
        guard case .shown(let s) = formula else { return nil }
        return s.evaluate(values)
    }
}

/// Runs the strategy program (`CallbackProgram`) on `SymbolicPools`: the same placement
/// and attempt steps as the numeric engine, with weights that are expressions in N, c,
/// M, r. Retries enter through the mixture Σᵢ pᵢ·mᵢ^(k+1) (proved at
/// `CallbackProgram.mixture`), so k stays a letter at no cost.
///
/// How a form is chosen. With retries (k ≥ 1) the failure is written as that mixture,
/// cases with the same miss probability mᵢ merged, each base written as its own fraction
/// when the numerator has at most two terms (`((N − 1)/N)^(k+1)`) and as one minus the
/// hit probability otherwise (`(1 − (r + 1)/N)^(k+1)`). Without retries (k = 0, written
/// in) four forms are built and the shortest kept, ties going to the earlier:
/// 1 − (1 − F) as one fraction (`1 − 1/N`), 1 − Σ pᵢ·(1 − mᵢ) case by case
/// (`1 − c²/M − (1 − c)²/(N − M)`), F as one fraction, and Σ pᵢ·mᵢ case by case.
/// Terms of a sum go shortest first. Past `maxLength` characters a formula gives way to
/// one line, "no short form: …".
public enum FormulaEngine {
    public static let maxLength = 600

    /// What a formula depends on besides the values it is read at: the derivation is
    /// done once per shape (the explorer redraws every frame).
    struct Shape: Hashable {
        let strategy: Strategy
        let hasCanary: Bool
        let kSymbolic: Bool
        /// The replica count, when it is written in (replicate with a canary).
        let givenReplicas: BigInt?
        /// Weighted classes are written in as numbers.
        let pools: [ServerClass]
        let routing: CallbackRouting
    }

    static let derived = Locked<[Shape: FormulaSet]>([:])

    public static func derive(_ p: Parameters) -> FormulaSet {
        let shape = Shape(strategy: p.strategy, hasCanary: p.hasCanary, kSymbolic: p.retries > 0,
                          givenReplicas: p.strategy == .replicate && (p.hasCanary || !p.pools.isEmpty) ? p.replicas : nil,
                          pools: p.pools, routing: p.callbackRouting)
        let set = derived.withLock { $0[shape] } ?? {
            let fresh = deriveAfresh(p)
            derived.withLock { cache in
                if cache.count >= 512 { cache.removeAll() }
                cache[shape] = fresh
            }
            return fresh
        }()
        return FormulaSet(failure: set.failure, success: set.success, byOrigin: set.byOrigin, expectedAttempts: set.expectedAttempts,
                          symbolic: set.symbolic, fixed: set.fixed, values: values(p))
    }

    static func values(_ p: Parameters) -> [String: Rational] {
        ["N": Rational(p.servers), "c": p.canaryShare, "M": Rational(p.canaryServers), "k": Rational(p.retries), "r": Rational(p.replicas)]
    }

    /// The formulas a sweep over N prints once: with weighted pools the sizes are written
    /// in, so a formula would hold at the base N only, and there is none.
    public static func acrossServers(_ p: Parameters) -> FormulaSet {
        let set = derive(p)
        guard !p.pools.isEmpty else { return set }
        let none = Formula.noShortForm("no short form over N: the pools' sizes and weights are written in, so a formula holds at one N only")
        return FormulaSet(failure: none, success: none, byOrigin: set.byOrigin.mapValues { _ in none }, expectedAttempts: none,
                          symbolic: [], fixed: set.fixed, values: set.values)
    }

    /// The derivation itself, without the cache (what the benchmarks time).
    public static func deriveUncached(_ p: Parameters) -> FormulaSet { deriveAfresh(p) }

    static func deriveAfresh(_ p: Parameters) -> FormulaSet {
        let hasCanary = p.hasCanary
        let classes = p.pools.isEmpty ? nil : Topology(p)
        let kSymbolic = p.retries > 0
        let rSymbolic = p.strategy == .replicate && !hasCanary && classes == nil
        var symbolic: [String] = [], fixed: [String] = []
        if classes != nil {
            // Each class's size and weight is written in: "pools" stands for all of them.
            fixed.append("pools")
        } else {
            symbolic.append("N")
            if hasCanary { symbolic += ["c", "M"] } else { fixed.append("c") }
        }
        if kSymbolic { symbolic.append("k") } else { fixed.append("k") }
        if p.strategy == .replicate { if rSymbolic { symbolic.append("r") } else { fixed.append("r") } }
        let values = values(p)
        let pools: [Pool] = hasCanary ? [.stable, .canary] : [.stable]
        let sizes = classes.map { SymbolicPools(classes: $0) } ?? SymbolicPools(hasCanary: hasCanary)
        let program = CallbackProgram(space: LiftedPools(sizes: sizes), strategy: p.strategy, retries: p.retries,
                                      replicas: rSymbolic ? RationalFunction(.r) : RationalFunction(p.replicas),
                                      routing: p.callbackRouting)
        let components: [CallbackProgram<LiftedPools<SymbolicPools>>.Component]
        do {
            if let classes { try SymbolicPools.checkReadable(classes, strategy: p.strategy) }
            components = try program.mixture()
        } catch {
            let none = Formula.noShortForm(error.description)
            return FormulaSet(failure: none, success: none, byOrigin: Dictionary(uniqueKeysWithValues: pools.map { ($0, none) }),
                              expectedAttempts: none, symbolic: symbolic, fixed: fixed, values: values)
        }
        let space = program.space
        func mixture(_ pool: Pool?) -> [(coefficient: RationalFunction, base: RationalFunction)] {
            let chosen = components.filter { pool == nil || space.pool(of: $0.placed.origin) == pool }
            let mass = chosen.reduce(RationalFunction.zero) { $0 + $1.weight }
            var merged: [(coefficient: RationalFunction, base: RationalFunction)] = []
            for c in chosen {
                let coefficient = pool == nil ? c.weight : c.weight / mass
                if let i = merged.firstIndex(where: { $0.base == c.miss }) {
                    merged[i].coefficient = merged[i].coefficient + coefficient
                } else {
                    merged.append((coefficient, c.miss))
                }
            }
            return merged.filter { !$0.coefficient.isZero }
        }
        let failure = { (pool: Pool?) -> Formula in
            let mix = mixture(pool)
            return bounded(kSymbolic ? powers(constant: .zero, mix) : shortest(constant: .zero, mix), mix)
        }
        let all = failure(nil)
        let mix = mixture(nil)
        let success = bounded(kSymbolic ? powers(constant: .one, mix.map { (-$0.coefficient, $0.base) })
            : shortest(constant: .one, mix.map { (-$0.coefficient, $0.base) }), mix)
        let attempts = kSymbolic ? bounded(expectedAttempts(mix), mix) : Formula.shown(.integer(1))
        return FormulaSet(failure: all, success: success, byOrigin: Dictionary(uniqueKeysWithValues: pools.map { ($0, failure($0)) }),
                          expectedAttempts: attempts, symbolic: symbolic, fixed: fixed, values: values)
    }

    static func bounded(_ s: Shown, _ mix: [(coefficient: RationalFunction, base: RationalFunction)]) -> Formula {
        let length = FormulaText.render(s, style: .unicode).count
        if length <= maxLength { return .shown(s) }
        let degree = mix.map { max($0.coefficient.degree(in: .N), $0.base.degree(in: .N)) }.max() ?? 0
        return .noShortForm("no short form: \(mix.count) cases, degree \(degree) in N (\(length) characters)")
    }

    /// A miss probability under the power k + 1.
    static func base(_ b: RationalFunction) -> Shown {
        if b.expandedNumerator.terms.count <= 2 { return .of(b) }
        return .sum(of: [(false, .integer(1)), (true, .of(.one - b))])
    }

    /// coefficient · rest, the coefficient left out when it is 1 (and its sign taken out).
    static func times(_ coefficient: RationalFunction, _ rest: Shown) -> (Bool, Shown) {
        let (negative, c) = Shown.of(coefficient).signed
        if c == .integer(1) { return (negative, rest) }
        return (negative, .product([c, rest]))
    }

    static func sorted(_ terms: [(Bool, Shown)]) -> [(Bool, Shown)] {
        terms.enumerated().sorted { a, b in
            let (x, y) = (FormulaText.render(a.element.1, style: .unicode).count, FormulaText.render(b.element.1, style: .unicode).count)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
    }

    /// constant + Σ coefficient·base^(k+1), k a letter.
    static func powers(constant: RationalFunction, _ mix: [(coefficient: RationalFunction, base: RationalFunction)]) -> Shown {
        var constant = constant
        var terms: [(Bool, Shown)] = []
        for (coefficient, b) in mix {
            if b.isZero { continue } // 0^(k+1) = 0 for every k ≥ 0
            if b == .one { constant = constant + coefficient; continue }
            terms.append(times(coefficient, .power(base(b), Shown.attempts)))
        }
        let head: [(Bool, Shown)] = constant.isZero ? [] : [Shown.of(constant).signed]
        return Shown.sum(of: head + sorted(terms))
    }

    /// constant + Σ coefficient·base at k = 0: the shortest of four equal forms.
    static func shortest(constant: RationalFunction, _ mix: [(coefficient: RationalFunction, base: RationalFunction)]) -> Shown {
        let value = mix.reduce(constant) { $0 + $1.coefficient * $1.base }
        if value.constantValue != nil { return .of(value) }
        var candidates: [Shown] = []
        // 1 − (1 − F), one fraction.
        candidates.append(.sum(of: [(false, .integer(1)), (true, .of(.one - value))]))
        // K − Σ coefficient·(1 − base), when K = constant + Σ coefficient is a number.
        let k = mix.reduce(constant) { $0 + $1.coefficient }
        if k.constantValue != nil {
            let terms = mix.map { Shown.of($0.coefficient * (.one - $0.base)) }.filter { $0 != .integer(0) }
            candidates.append(.sum(of: (k.isZero ? [] : [Shown.of(k).signed]) + sorted(terms.map { (true, $0) })))
        }
        candidates.append(.of(value))
        let terms = mix.map { Shown.of($0.coefficient * $0.base) }.filter { $0 != .integer(0) }
        candidates.append(.sum(of: (constant.isZero ? [] : [Shown.of(constant).signed]) + sorted(terms.map { (false, $0) })))
        return candidates.enumerated().min { a, b in
            let (x, y) = (FormulaText.render(a.element, style: .unicode).count, FormulaText.render(b.element, style: .unicode).count)
            return x != y ? x < y : a.offset < b.offset
        }!.element
    }

    /// E[attempts] = Σ pᵢ·(1 − mᵢ^(k+1))/(1 − mᵢ), grouped by base: Σ a·(1 − b^(k+1)).
    static func expectedAttempts(_ mix: [(coefficient: RationalFunction, base: RationalFunction)]) -> Shown {
        var constant = RationalFunction.zero
        var terms: [(Bool, Shown)] = []
        for (p, b) in mix {
            if b.isZero { constant = constant + p; continue }
            if b == .one {
                terms.append(times(p, Shown.attempts))
                continue
            }
            let rest = Shown.sum(of: [(false, .integer(1)), (true, .power(base(b), Shown.attempts))])
            terms.append(times(p / (.one - b), rest))
        }
        let head: [(Bool, Shown)] = constant.isZero ? [] : [Shown.of(constant).signed]
        return Shown.sum(of: head + sorted(terms))
    }
}
