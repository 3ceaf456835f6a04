import Foundation
import Testing
import CallbackModel
@testable import Reports

/// SPEC §5 in the outputs: the formulas beside the numbers, every existing key kept.
struct FormulaSectionTests {
    static func json(_ p: Parameters) throws -> [String: Any] {
        let text = Documents.report(try CallbackEngine.evaluate(p)).rendered(as: .json)
        return try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    }

    // Catches a formula that lands in the wrong object, or displaces a key scripts read.
    @Test func jsonCarriesTheFormulasInTheirFigures() throws {
        let o = try Self.json(Parameters(servers: 10, canaryShare: Rational(1, 10), retries: 2))
        let failure = o["failure"] as! [String: Any]
        #expect(failure["exact"] as? String == "729/1000")
        #expect(failure["formula"] as? String == "c*((M - c)/M)^(k + 1) + (1 - c)*(1 - (1 - c)/(N - M))^(k + 1)")
        let byOrigin = o["by_origin"] as! [String: Any]
        #expect((byOrigin["canary"] as! [String: Any])["formula"] as? String == "((M - c)/M)^(k + 1)")
        #expect((byOrigin["stable"] as! [String: Any])["exact"] as? String == "729/1000")
        let attempts = o["expected_attempts"] as! [String: Any]
        #expect(attempts["exact"] as? String == "271/100")
        #expect(attempts["formula"] as? String != nil)
        let parameters = o["parameters"] as! [String: Any]
        #expect(parameters["symbolic"] as? [String] == ["N", "c", "M", "k"])
        #expect(parameters["fixed_in_formula"] as? [String] == [])
        #expect(parameters["servers"] as? Int == 10)
        #expect(o["formula"] == nil)
    }

    // Catches a replicate-with-canary formula that pretends r is a variable.
    @Test func replicasWithACanaryAreWrittenIn() throws {
        let o = try Self.json(Parameters(servers: 10, canaryShare: Rational(1, 10), strategy: .replicate, replicas: 1))
        let parameters = o["parameters"] as! [String: Any]
        #expect(parameters["fixed_in_formula"] as? [String] == ["k", "r"])
        #expect(!((o["failure"] as! [String: Any])["formula"] as! String).contains("r"))
    }

    @Test func textShowsTheLawThenTheValues() throws {
        let text = Documents.report(try CallbackEngine.evaluate(Parameters(servers: 10, retries: 2))).rendered(as: .text)
        #expect(text.contains("""
        Formula in N, k (c = 0 as given)
          failure                   ((N − 1)/N)^(k+1)
                                    = ((10 − 1)/10)³ = 729/1000
        """))
    }
}
