import BigInt
import Testing
import CallbackModel
@testable import ExplorerUI

/// The explorer's keys and typed entry obey the one table of bounds, at every edge.
struct BoundsCallersTests {
    static let contexts: [(Field, Parameters)] = [
        (.servers, Parameters(servers: 10)),
        (.servers, Parameters(servers: 10, canaryShare: Rational(1, 10))),
        (.canary, Parameters(servers: 10)),
        (.canaryServers, Parameters(servers: 10, canaryShare: Rational(1, 10))),
        (.retries, Parameters(servers: 10)),
        (.replicas, Parameters(servers: 10, strategy: .replicate)),
    ]

    static func probes(_ bound: Bound) -> [Rational] {
        let ends = [bound.lower?.value, bound.upper?.value].compactMap { $0 }
        return ends.flatMap { e in [e - 1, e - Rational(1, 100), e, e + Rational(1, 100), e + 1] }
    }

    static func typed(_ v: Rational) -> String { v.terminatingDecimal ?? v.description }

    /// Catches typed entry with a range of its own (it used to say "out of range" for 2.5
    /// servers where the flags said "not a whole number").
    @Test func typedEntryRefusesExactlyOutsideTheTable() {
        for (field, p) in Self.contexts {
            let bound = Bounds.of(field.parameter, given: p)
            for v in Self.probes(bound) {
                var q = p
                let message = Entry.set(field, to: Self.typed(v), in: &q)
                let fits = bound.contains(v) && (!bound.wholeNumber || v.isInteger)
                #expect((q.value(of: field.parameter) == v) == fits || (fits && q == p && v == p.value(of: field.parameter)),
                        "\(field) \(Self.typed(v)): \(message ?? "")")
                if !fits {
                    #expect(q == p)
                    #expect(message?.hasSuffix("allowed \(bound.allowed)") == true, "\(message ?? "")")
                }
            }
        }
    }

    /// Catches a key that steps past an end, or stops short of one.
    @Test func keysStopAtTheEndsOfTheTable() {
        for (field, p) in Self.contexts {
            let bound = Bounds.of(field.parameter, given: p)
            for (edge, delta, note) in [(bound.lower, -1, bound.belowNote), (bound.upper, 1, bound.aboveNote)] {
                guard let edge else { continue }
                // The last value a key can reach at this end.
                var atEnd = p
                let last: Rational
                switch edge {
                case .inclusive(let v): last = v
                case .exclusive(let v): last = v - Rational(delta)
                }
                atEnd.set(field.parameter, to: last)
                var stepped = atEnd
                let said = Adjust.step(field, by: delta, in: &stepped)
                #expect(stepped.value(of: field.parameter) == last, "\(field) past \(last)")
                #expect(said == note, "\(field) past \(last)")
                var back = atEnd
                _ = Adjust.step(field, by: -delta, in: &back)
                #expect(bound.contains(back.value(of: field.parameter)))
                #expect(back.value(of: field.parameter) == last - Rational(delta), "\(field) back from \(last)")
            }
        }
    }
}
