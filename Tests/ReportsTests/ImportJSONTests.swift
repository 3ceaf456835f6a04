import Foundation
import Testing
import CallbackModel
import Reports

/// `import --format json` is the report's object with `parameters.pools` and `import`;
/// the schema describes both.
struct ImportJSONTests {
    static let origin = ImportOrigin(file: "nginx.conf", kind: "nginx", name: "payments",
                                     notes: ["line 3: server a weight=3 → a server of weight 3"])

    static func rendered() throws -> String {
        var p = Parameters()
        p.pools = [ServerClass(name: "weight-1", size: 3, weight: 1), ServerClass(name: "weight-3", size: 1, weight: 3)]
        return JSONFormat.render(Documents.report(try CallbackEngine.evaluate(p)), imported: origin)
    }

    @Test func validatesAgainstTheSchema() throws {
        let value = try JSONSerialization.jsonObject(with: Data(try Self.rendered().utf8))
        let schema = try JSONSchemaTests.schema()
        let errors = Validator(root: schema).errors(value, against: schema, at: "$")
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test func poolsAndNotesAreThere() throws {
        let o = try #require(try JSONSerialization.jsonObject(with: Data(try Self.rendered().utf8)) as? [String: Any])
        let pools = (o["parameters"] as? [String: Any])?["pools"] as? [[String: Any]]
        #expect(pools?.map { $0["name"] as? String } == ["weight-1", "weight-3"])
        #expect(pools?.map { $0["weight"] as? String } == ["1", "3"])
        #expect((o["import"] as? [String: Any])?["notes"] as? [String] == Self.origin.notes)
        // 1 − (3·(1/6)² + (1/2)²) = 2/3.
        #expect((o["failure"] as? [String: Any])?["exact"] as? String == "2/3")
    }

    /// The schema refuses a pool without its size, so the `items` check is live.
    @Test func aPoolWithoutSizeIsRefused() throws {
        var o = try #require(try JSONSerialization.jsonObject(with: Data(try Self.rendered().utf8)) as? [String: Any])
        var parameters = try #require(o["parameters"] as? [String: Any])
        parameters["pools"] = [["name": "x", "weight": "1", "canary": false]]
        o["parameters"] = parameters
        let schema = try JSONSchemaTests.schema()
        let errors = Validator(root: schema).errors(o, against: schema, at: "$")
        #expect(errors.contains { $0.hasPrefix("$.parameters.pools[0]") && $0.contains("size") })
    }
}
