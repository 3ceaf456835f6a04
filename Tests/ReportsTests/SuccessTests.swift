import Foundation
import Testing
import CallbackModel
@testable import Reports

/// SPEC §1: success = 1 − failure. The engine defines it so, which no test can break;
/// what can break is the success each report prints. Read both back from the output.
struct SuccessTests {
    static let configurations: [Parameters] = Strategy.allCases.flatMap { s in [
        Parameters(servers: 10, strategy: s, retries: 2, replicas: 3),
        Parameters(servers: 7, canaryShare: Rational(1, 3), canaryServers: 2, strategy: s, retries: 1, replicas: 2),
    ] }

    static func exact(_ text: String?) -> Rational? { text.flatMap { Rational(exactText: $0) } }

    // Catches a report whose success row prints something else (the failure, the first
    // attempt's same-server share, a stale value): with retries and a canary these differ.
    @Test(arguments: configurations)
    func printedSuccessIsOneMinusPrintedFailure(_ p: Parameters) throws {
        let r = try CallbackEngine.evaluate(p)
        let doc = Documents.report(r)

        let json = try JSONSerialization.jsonObject(with: Data(doc.rendered(as: .json).utf8)) as! [String: Any]
        let jsonFailure = Self.exact((json["failure"] as? [String: Any])?["exact"] as? String)
        let jsonSuccess = Self.exact((json["success"] as? [String: Any])?["exact"] as? String)
        #expect(jsonFailure == r.failure, "\(p)")
        #expect(jsonSuccess.map { .one - $0 } == jsonFailure, "\(p): json success \(String(describing: jsonSuccess))")

        let csv = doc.rendered(as: .csv).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let csvFailure = Self.exact(csv.first { $0.starts(with: ["outcome", "failure"]) }?[2])
        let csvSuccess = Self.exact(csv.first { $0.starts(with: ["outcome", "success"]) }?[2])
        #expect(csvFailure == r.failure, "\(p)")
        #expect(csvSuccess.map { .one - $0 } == csvFailure, "\(p): csv success \(String(describing: csvSuccess))")

        // Text: "  success   p/q = P%   |###".
        let lines = doc.rendered(as: .text).split(separator: "\n").map(String.init)
        func fraction(_ label: String) -> Rational? {
            guard let line = lines.first(where: { $0.hasPrefix("  \(label) ") }),
                  let m = line.firstMatch(of: #/^  \w+ +(\S+) = /#) else { return nil }
            return Rational(exactText: String(m.1))
        }
        #expect(fraction("failure") == r.failure, "\(p)")
        #expect(fraction("success").map { .one - $0 } == r.failure, "\(p): text success \(String(describing: fraction("success")))")
    }
}
