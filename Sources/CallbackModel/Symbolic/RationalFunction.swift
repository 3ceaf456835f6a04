import BigInt

/// An exact expression in N, M, r, c: a rational function kept as
///   scale × Π atomᵉ × residual,
/// where each atom is an irreducible polynomial met on the way (N, M, N − M, 1 − c,
/// N − M − 1, r + 1, …) with a nonzero exponent (negative: in the denominator), and the
/// residual is a primitive polynomial no atom divides. Every weight the lifted program
/// produces is a ratio of products of such factors, so cancellation is trial division by
/// the atoms at hand (exact multivariate division), never a general gcd.
///
/// Reduced that way the form is canonical: equal functions have the same denominator
/// atoms and the same expanded numerator, which is what `==` and `hash` compare.
public struct RationalFunction: ProbabilityWeight, CustomStringConvertible {
    var scale: Rational
    var atoms: [Polynomial: Int]
    var residual: Polynomial

    // The canonical key, computed once.
    let expandedNumerator: Polynomial
    let denominator: [Polynomial: Int]

    public static let zero = RationalFunction(scale: .zero)
    public static let one = RationalFunction(scale: .one)

    public init(_ integer: BigInt) { self.init(scale: Rational(integer)) }
    public init(_ x: Rational) { self.init(scale: x) }

    public init(_ v: Variable) {
        self.init(scale: .one, atoms: [Polynomial(v): 1], residual: .one)
    }

    init(polynomial: Polynomial, candidates: [Polynomial] = []) {
        self.init(scale: .one, atoms: [:], residual: polynomial, candidates: candidates)
    }

    init(scale: Rational, atoms: [Polynomial: Int] = [:], residual: Polynomial = .one, candidates: [Polynomial] = []) {
        var scale = scale, atoms = atoms.filter { $0.value != 0 }, residual = residual
        if scale.isZero || residual.isZero {
            scale = .zero; atoms = [:]; residual = .one
        } else {
            let (content, primitive) = residual.contentAndPrimitive
            scale *= content
            residual = primitive
            // Pull every known atom (and the bare variables) out of the residual: this is
            // where a denominator cancels and a common factor is recognised.
            if residual.constant == nil {
                var known = Array(atoms.keys) + candidates + Variable.allCases.map { Polynomial($0) }
                var seen = Set<Polynomial>()
                known = known.filter { seen.insert($0).inserted }
                for atom in known {
                    while residual.constant == nil, let q = residual.dividedExactly(by: atom) {
                        residual = q
                        atoms[atom, default: 0] += 1
                    }
                }
                let (c2, p2) = residual.contentAndPrimitive
                scale *= c2
                residual = p2
            }
            atoms = atoms.filter { $0.value != 0 }
        }
        self.scale = scale
        self.atoms = atoms
        self.residual = residual
        var numerator = residual.scaled(by: scale)
        var denominator: [Polynomial: Int] = [:]
        for (atom, e) in atoms {
            if e > 0 { numerator = numerator * atom.power(e) } else { denominator[atom] = -e }
        }
        expandedNumerator = numerator
        self.denominator = denominator
    }

    public var isZero: Bool { scale.isZero }

    /// The value when it does not depend on any variable.
    public var constantValue: Rational? { atoms.isEmpty && residual.constant != nil ? scale : nil }

    public static func == (a: RationalFunction, b: RationalFunction) -> Bool {
        a.denominator == b.denominator && a.expandedNumerator == b.expandedNumerator
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(denominator)
        hasher.combine(expandedNumerator)
    }

    public static func * (a: RationalFunction, b: RationalFunction) -> RationalFunction {
        if a.isZero || b.isZero { return .zero }
        var atoms = a.atoms
        for (atom, e) in b.atoms { atoms[atom, default: 0] += e }
        return RationalFunction(scale: a.scale * b.scale, atoms: atoms, residual: a.residual * b.residual,
                                candidates: Array(a.atoms.keys) + Array(b.atoms.keys) + [a.residual, b.residual].filter { $0.constant == nil })
    }

    public static func + (a: RationalFunction, b: RationalFunction) -> RationalFunction {
        if a.isZero { return b }
        if b.isZero { return a }
        // Keep what both share (the lower exponent of every atom: common factors, and
        // the least common denominator), expand the rest and add.
        var common: [Polynomial: Int] = [:]
        for atom in Set(a.atoms.keys).union(b.atoms.keys) {
            common[atom] = min(a.atoms[atom] ?? 0, b.atoms[atom] ?? 0)
        }
        func rest(_ x: RationalFunction) -> Polynomial {
            var p = x.residual.scaled(by: x.scale)
            for (atom, g) in common {
                let e = (x.atoms[atom] ?? 0) - g
                if e > 0 { p = p * atom.power(e) }
            }
            return p
        }
        return RationalFunction(scale: .one, atoms: common, residual: rest(a) + rest(b),
                                candidates: Array(common.keys) + [a.residual, b.residual].filter { $0.constant == nil })
    }

    public static prefix func - (a: RationalFunction) -> RationalFunction {
        RationalFunction(scale: -a.scale, atoms: a.atoms, residual: a.residual)
    }

    public static func - (a: RationalFunction, b: RationalFunction) -> RationalFunction { a + (-b) }

    public var reciprocal: RationalFunction {
        precondition(!isZero, "reciprocal of zero")
        var atoms = self.atoms.mapValues { -$0 }
        if residual.constant == nil { atoms[residual, default: 0] -= 1 }
        return RationalFunction(scale: scale.reciprocal, atoms: atoms)
    }

    public static func / (a: RationalFunction, b: RationalFunction) -> RationalFunction { a * b.reciprocal }

    /// The value at a point (every variable it uses must be given, and no denominator vanish).
    public func evaluate(_ values: [Variable: Rational]) -> Rational {
        var x = scale * residual.evaluate(values)
        for (atom, e) in atoms { x *= atom.evaluate(values).power(e) }
        return x
    }

    /// Highest power of `v` in the numerator or the denominator.
    public func degree(in v: Variable) -> Int {
        max(expandedNumerator.degree(in: v), denominator.reduce(0) { $0 + $1.key.degree(in: v) * $1.value })
    }

    public var description: String { FormulaText.render(Shown.of(self), style: .ascii) }
}
