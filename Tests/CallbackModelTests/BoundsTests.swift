import BigInt
import Testing
@testable import CallbackModel

/// The table of bounds against SPEC §1's ranges, written out here by hand, and
/// `Parameters.validate` against the table at every edge.
struct BoundsTests {
    /// (parameter, context, value in typed units, allowed?) straight from the SPEC table.
    static let spec: [(ParameterName, Parameters, Rational, Bool)] = {
        let ten = Parameters(servers: 10)
        let canary = Parameters(servers: 10, canaryShare: Rational(1, 10))
        let replicate = Parameters(servers: 10, strategy: .replicate)
        return [
            (.servers, ten, 1, true), (.servers, ten, 0, false),
            (.servers, ten, 1_000_000_000, true), (.servers, ten, 1_000_000_001, false),
            (.servers, canary, 2, true), (.servers, canary, 1, false),
            (.canary, ten, 0, true), (.canary, ten, Rational(9999, 100), true), (.canary, ten, 100, false),
            (.canary, ten, Rational(-1, 100), false), (.canary, Parameters(servers: 1), 1, false),
            (.canaryServers, canary, 1, true), (.canaryServers, canary, 9, true),
            (.canaryServers, canary, 10, false), (.canaryServers, canary, 0, false),
            (.retries, ten, 0, true), (.retries, ten, 100, true), (.retries, ten, 101, false), (.retries, ten, -1, false),
            (.replicas, replicate, 0, true), (.replicas, replicate, 9, true),
            (.replicas, replicate, 10, false), (.replicas, replicate, -1, false),
            (.ordersPerMinute, ten, Rational(1, 1000), true), (.ordersPerMinute, ten, 0, false),
            (.orderValue, ten, 0, true), (.orderValue, ten, Rational(-1, 100), false),
            (.slo, ten, Rational(1, 100), true), (.slo, ten, Rational(9999, 100), true),
            (.slo, ten, 0, false), (.slo, ten, 100, false),
        ]
    }()

    /// Catches a range typed wrong in the table (an off-by-one, < for ≤).
    @Test func tableMatchesTheSpec() {
        for (name, p, v, allowed) in Self.spec {
            #expect(Bounds.of(name, given: p).contains(v) == allowed, "\(name) \(v) given N = \(p.servers)")
        }
    }

    /// Catches validate checking a range other than the table's, or naming another parameter.
    @Test func validateRefusesExactlyOutsideTheTable() {
        for (name, p, _, _) in Self.spec {
            let bound = Bounds.of(name, given: p)
            for v in Self.probes(around: bound) {
                var q = p
                q.set(name, to: v)
                // A count set from a fraction would be floored: probe counts with whole values only.
                if bound.wholeNumber && !v.isInteger { continue }
                do {
                    try q.validate()
                    #expect(Bounds.of(name, given: q).contains(v), "\(name) \(v) accepted")
                } catch {
                    #expect(!Bounds.of(name, given: q).contains(v) || error.parameter != name, "\(name) \(v) refused: \(error)")
                    if error.parameter == name { #expect(error.allowed == Bounds.of(name, given: q).allowed) }
                }
            }
        }
    }

    /// Catches a key stepping past an exclusive end (99 % → 100 %).
    @Test func clampStopsInsideExclusiveEnds() {
        let canary = Bounds.of(.canary, given: Parameters(servers: 10))
        #expect(canary.clamp(100) == (99, "canary stays below 100%"))
        #expect(canary.clamp(-1) == (0, "canary is already 0%"))
        #expect(canary.clamp(50) == (50, nil))
    }

    /// Catches text parsing that lets a fraction through as a count, or refuses a percent sign.
    @Test func parsingNamesWhatIsWrong() {
        let servers = Bounds.of(.servers, given: nil)
        #expect(servers.check("2.5") == .failure(BoundViolation(text: "2.5", reason: .notWhole, allowed: "1 to 1,000,000,000")))
        #expect(servers.check("abc") == .failure(BoundViolation(text: "abc", reason: .notWhole, allowed: "1 to 1,000,000,000")))
        #expect(servers.check("0") == .failure(BoundViolation(text: "0", reason: .outOfRange, allowed: "1 to 1,000,000,000")))
        #expect(Bounds.of(.canary, given: nil).check("12.5%") == .success(Rational(25, 2)))
        #expect(Bounds.of(.canary, given: nil).check("x")
                == .failure(BoundViolation(text: "x", reason: .notANumber, allowed: "0 ≤ canary < 100 (percent)")))
        #expect(BoundViolation(text: "0", reason: .outOfRange, allowed: "1 to 9").sentence(naming: "--servers")
                == "--servers 0 is out of range: allowed 1 to 9")
    }

    /// Each end of a bound, a step either side, and a hundredth either side.
    static func probes(around bound: Bound) -> [Rational] {
        let ends = [bound.lower?.value, bound.upper?.value].compactMap { $0 }
        return ends.flatMap { e in [e - 1, e - Rational(1, 100), e, e + Rational(1, 100), e + 1] }
    }
}
