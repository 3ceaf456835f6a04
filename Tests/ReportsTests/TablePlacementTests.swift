import Foundation
import Testing
import CallbackModel
import Reports

/// compare's and sweep's values stay in their rows and under their columns. At N = 10 with
/// no canary, by hand: local fails 9/10 (1 − 1/N); shared, affinity, broadcast and
/// canary-fallback (all stable, one shared store) 0; replicate with one replica 1 − 2/10 = 4/5.
/// Writes per order: broadcast one per server (10), replicate origin + replica (2), the rest 1.
struct TablePlacementTests {
    static let base = Parameters(servers: 10)
    static let compare = Documents.compare(base, Explorations.compare(base))

    func object(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    /// One array named for the table, each row's label under the label column's name.
    @Test func jsonCompareRowsAndColumns() throws {
        let o = try object(Self.compare.rendered(as: .json))
        #expect(Set(o.keys) == ["parameters", "strategies"])
        let rows = try #require(o["strategies"] as? [[String: Any]])
        #expect(rows.map { Set($0.keys) } == Array(repeating: ["strategy", "failure", "writes_per_order", "complexity"], count: 6))
        #expect(rows.map { $0["strategy"] as? String } == ["local", "shared", "affinity", "broadcast", "replicate", "canary-fallback"])
        #expect(rows.map { ($0["failure"] as? [String: Any])?["exact"] as? String } == ["9/10", "0", "0", "0", "4/5", "0"])
        #expect(rows.map { ($0["writes_per_order"] as? NSNumber)?.intValue } == [1, 1, 1, 10, 2, 1])
        #expect(rows.map { $0["complexity"] as? String } == Strategy.allCases.map(\.complexity))
    }

    /// A server count is a JSON number, not a string: 1 − 1/N at N = 2 and 10.
    @Test func jsonSweepPoints() throws {
        let o = try object(Documents.sweep(Self.base, Explorations.sweep(Self.base, servers: [2, 10])).rendered(as: .json))
        #expect(Set(o.keys) == ["parameters", "sweep", "formula"])
        #expect(o["formula"] as? String == "1 - 1/N")
        let points = try #require(o["sweep"] as? [[String: Any]])
        #expect(points.map { Set($0.keys) } == [["servers", "failure"], ["servers", "failure"]])
        #expect(points.map { ($0["servers"] as? NSNumber)?.intValue } == [2, 10])
        #expect(points.map { ($0["failure"] as? [String: Any])?["exact"] as? String } == ["1/2", "9/10"])
    }

    @Test func markdownColumnsStayUnderTheirHeaders() {
        let markdown = Self.compare.rendered(as: .markdown)
        #expect(markdown.contains("""
        | strategy | failure | writes/order | complexity |
        |---|---:|---:|---|
        | local | 9/10 = 90.00% | 1 | none (the bug) |
        """))
        #expect(markdown.contains("| broadcast | 0 = 0.00% | 10 | high |"))
        #expect(markdown.contains("| replicate | 4/5 = 80.00% | 2 | high |"))
    }

    @Test func textBarFollowsTheFailureColumn() {
        // Columns are two or more spaces apart.
        let rows = Self.compare.rendered(as: .text).split(separator: "\n").map { $0.split(separator: /\s{2,}/).map(String.init) }
        #expect(rows.contains(["strategy", "failure", "writes/order", "complexity"]))
        // The bar has 29 cells: 4/5 fills 23 (floored), 0 none.
        #expect(rows.contains(["replicate", "4/5 = 80.00%", "|" + String(repeating: "#", count: 23), "2", "high"]))
        #expect(rows.contains(["broadcast", "0 = 0.00%", "|", "10", "high"]))
    }
}
