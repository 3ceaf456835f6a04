import Foundation
import Testing
import CallbackModel
@testable import Reports
#if canImport(FoundationXML)
import FoundationXML
#endif

/// JSON, CSV and SVG parsed back and checked against hand-derived values.
struct MachineFormatTests {
    func json(_ p: Parameters) throws -> [String: Any] {
        let text = Documents.report(try CallbackEngine.evaluate(p)).rendered(as: .json)
        return try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    }

    func exact(_ object: [String: Any], _ path: String) -> String? {
        var node: Any? = object
        for key in path.split(separator: ".") { node = (node as? [String: Any])?[String(key)] }
        return node as? String
    }

    @Test func jsonKeysScriptsRelyOn() throws {
        // N = 10, local, k = 2: 0.9³ = 729/1000; E[attempts] = 1 + 0.9 + 0.81 = 271/100.
        let o = try json(Parameters(servers: 10, retries: 2))
        #expect(exact(o, "failure.exact") == "729/1000")
        #expect(exact(o, "success.exact") == "271/1000")
        #expect(exact(o, "expected_attempts.exact") == "271/100")
        #expect(exact(o, "by_origin.stable.exact") == "729/1000")
        #expect((o["by_origin"] as? [String: Any])?["canary"] == nil)
        #expect(exact(o, "routing.same_server.exact") == "1/10")
        #expect((o["writes_per_order"] as? NSNumber)?.intValue == 1)
        // 1,000 × 0.729 × $10 = $7,290 a minute; burn 0.729 / 0.001 = 729.
        #expect(exact(o, "impact.lost_per_minute.exact") == "7290")
        #expect(exact(o, "error_budget.burn_rate.exact") == "729")
        #expect(((o["failure"] as? [String: Any])?["percent"] as? NSNumber)?.doubleValue == 72.9)
        #expect((o["parameters"] as? [String: Any])?["strategy"] as? String == "local")
    }

    @Test func jsonCanaryOrigin() throws {
        let o = try json(Parameters(servers: 2, canaryShare: Rational(1, 10)))
        #expect(exact(o, "failure.exact") == "9/50")
        #expect(exact(o, "by_origin.stable.exact") == "1/10")
        #expect(exact(o, "by_origin.canary.exact") == "9/10")
        #expect(exact(o, "parameters.canary_percent") == "10")
    }

    @Test func csvSweepColumns() {
        let text = Documents.sweep(Parameters(), Explorations.sweep(Parameters(), servers: [2, 3, 100])).rendered(as: .csv)
        let lines = text.split(separator: "\n").map(String.init)
        // The old columns unchanged; the formula once, on the first row (SPEC §5); the note last.
        #expect(lines[0] == "servers,failure_exact,failure_decimal,failure_percent,formula,note")
        #expect(lines[1] == "2,1/2,0.5,50.00,1 - 1/N,")
        #expect(lines[2].hasPrefix("3,2/3,0.6666"))
        #expect(lines[2].hasSuffix(",66.67,,"))
        #expect(lines[3] == "100,99/100,0.99,99.00,,")
    }

    @Test func csvCompareColumns() {
        let base = Parameters(servers: 10)
        let lines = Documents.compare(base, Explorations.compare(base)).rendered(as: .csv).split(separator: "\n").map(String.init)
        #expect(lines[0] == "strategy,failure_exact,failure_decimal,failure_percent,writes_per_order,complexity,note")
        #expect(lines.contains("broadcast,0,0,0.00,10,high,"))
        // replicate with 1 replica over 10 servers: 1 − 2/10.
        #expect(lines.contains("replicate,4/5,0.8,80.00,2,high,"))
    }

    @Test func svgIsXMLAndCarriesTheNumbers() throws {
        let svg = Documents.report(try CallbackEngine.evaluate(Parameters(servers: 10))).rendered(as: .svg)
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse())
        #expect(svg.contains("9/10 = 90.00%"))
        #expect(svg.contains("stable → canary"))
    }

    @Test func csvQuotesFields() {
        #expect(CSVFormat.quote("a,b") == "\"a,b\"")
        #expect(CSVFormat.quote("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVFormat.quote("plain") == "plain")
    }
}
