import BigInt
import PropertyBased
import Testing
@testable import CallbackModel

/// The lifted engine treats the servers of a pool as interchangeable; the enumerated one
/// names every server and every replica set. Same program, so they must agree exactly.
struct LiftedMatchesEnumerationTests {
    static let canaryShares: [Rational] = [0, Rational(1, 100), Rational(1, 10), Rational(1, 3), Rational(1, 2), Rational(9, 10)]

    @Test func randomSmallConfigurationsAgree() async {
        let gen = Gen.int(in: 1 ... 7)
        await propertyCheck(count: 150, input: gen, Gen.int(in: 0 ... 5), Gen.int(in: 0 ... 6), Gen.int(in: 0 ... 3),
                            Gen.int(in: 0 ... 6), Gen.int(in: 0 ... 6)) { n, shareIndex, strategyIndex, k, m, r in
            var p = Parameters(servers: BigInt(n), canaryShare: Self.canaryShares[shareIndex],
                               canaryServers: BigInt(1 + m % max(1, n - 1)),
                               strategy: Strategy.allCases[strategyIndex % Strategy.allCases.count],
                               retries: k, replicas: BigInt(r % n))
            if n == 1 { p.canaryShare = 0 }
            Self.expectAgreement(p)
        }
    }

    /// Every replica count for every small N, with and without a canary.
    @Test func everyReplicaCountAgrees() throws {
        for n in 2 ... 6 {
            for r in 0 ... n - 1 {
                for (share, m) in [(Rational.zero, 1), (Rational(1, 10), 1), (Rational(1, 4), n - 1), (Rational(1, 2), max(1, n / 2))] {
                    Self.expectAgreement(Parameters(servers: BigInt(n), canaryShare: share, canaryServers: BigInt(m),
                                                    strategy: .replicate, retries: r % 3, replicas: BigInt(r)))
                }
            }
        }
    }

    static func expectAgreement(_ p: Parameters, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            let lifted = try CallbackEngine.evaluate(p, mode: .lifted)
            let enumerated = try CallbackEngine.evaluate(p, mode: .enumerated)
            #expect(lifted == enumerated, "\(p)", sourceLocation: sourceLocation)
            #expect(RouteCase.allCases.reduce(Rational.zero) { $0 + lifted.routing[$1]! } == 1, sourceLocation: sourceLocation)
        } catch {
            Issue.record("\(p): \(error)", sourceLocation: sourceLocation)
        }
    }
}

/// A brute-force check written without the engine: loop over every server for the order
/// and every callback server, multiply the weights by hand.
struct BruteForceTests {
    @Test(arguments: 1 ... 6)
    func localStrategyByHand(n: Int) throws {
        for m in 1 ..< max(2, n) {
            for share in [Rational.zero, Rational(1, 10), Rational(3, 10)] where n > 1 || share.isZero {
                let weights = (0 ..< n).map { s -> Rational in
                    if share.isZero { return Rational(1, n) }
                    return s < n - m ? (.one - share) / Rational(n - m) : share / Rational(m)
                }
                var miss = Rational.zero
                for order in 0 ..< n { for cb in 0 ..< n where cb != order { miss += weights[order] * weights[cb] } }
                let p = Parameters(servers: BigInt(n), canaryShare: share, canaryServers: BigInt(m))
                #expect(try CallbackEngine.evaluate(p).failure == miss)
            }
        }
    }
}
