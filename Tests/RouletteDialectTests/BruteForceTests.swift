import CallbackModel
import RouletteDialect
import Testing

/// Programs whose values share choices in tangled ways, against plain enumeration of
/// every world in Swift.
struct BruteForceTests {
    static let definitions = """
    (define x (flip 0.3))
    (define y (flip 0.6))
    (define z (discrete-uniform '(0 1 2)))
    (define w (discrete-uniform (remove z '(0 1 2))))
    """

    /// Σ over all worlds (x, y, z, w) of the world's weight where `event` holds.
    static func enumerate(_ event: (Bool, Bool, Int, Int) -> Bool) -> Rational {
        var total = Rational.zero
        for x in [true, false] {
            for y in [true, false] {
                for z in 0..<3 {
                    for w in (0..<3).filter({ $0 != z }) where event(x, y, z, w) {
                        total += (x ? Rational(3, 10) : Rational(7, 10)) * (y ? Rational(6, 10) : Rational(4, 10))
                            * Rational(1, 3) * Rational(1, 2)
                    }
                }
            }
        }
        return total
    }

    @Test(arguments: [
        "(and (or x y) (not (equal? x (= z 1))) (or y (= z 2)))",
        "(equal? (if x z w) (if y w z))",
        "(or (and x (= w 0)) (and (not x) (= z 0)) (equal? y (< z w)))",
        "(= (modulo (+ z w (if x 1 0)) 2) (if (and x y) 1 0))",
    ])
    func sharedChoicesMatchEnumeration(expression: String) throws {
        let expected: Rational = switch expression {
        case "(and (or x y) (not (equal? x (= z 1))) (or y (= z 2)))":
            Self.enumerate { x, y, z, _ in (x || y) && x != (z == 1) && (y || z == 2) }
        case "(equal? (if x z w) (if y w z))":
            Self.enumerate { x, y, z, w in (x ? z : w) == (y ? w : z) }
        case "(or (and x (= w 0)) (and (not x) (= z 0)) (equal? y (< z w)))":
            Self.enumerate { x, y, z, w in (x && w == 0) || (!x && z == 0) || y == (z < w) }
        default:
            Self.enumerate { x, y, z, w in (z + w + (x ? 1 : 0)) % 2 == ((x && y) ? 1 : 0) }
        }
        let printed = try lines(Self.definitions + "\n(probability \(expression))", style: .fractions)
        #expect(printed == [expected.description])
    }
}
