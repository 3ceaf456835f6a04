import Foundation
import Testing
import CallbackModel
import Reports

/// Every figure of a report, in every format, sits in its own section with its own value:
/// each format walks the sections by itself, so each gets a test that reads its output back.
///
/// The configuration is SPEC §1's worked example N = 10, canary 10 % on one server,
/// canary-fallback, 2 retries, worked through by hand:
/// - every server gets weight 1/10 (the canary c/M = 1/10, each of the nine stable ones
///   (1 − c)/9 = 1/10), so the first attempt lands on the origin 1/10, on another stable
///   server 9/10 · 8/10 = 18/25, and across pools 9/10 · 1/10 = 9/100 each way;
/// - stable orders always find the stable store (0); a canary order misses each attempt
///   with 9/10, so (9/10)³ = 729/1000, and overall 1/10 of that, 729/10000;
///   attempts 9/10 · 1 + 1/10 · (1 + 9/10 + 81/100) = 1171/1000; one write per order;
/// - 1,000 orders/min × 729/10000 = 729/10 failed a minute, × $10 = $729, × 1,440 =
///   $1,049,760 a day, × 365 = $383,162,400 a year;
/// - budget 1 − 99.9 % = 1/1000, burn (729/10000)/(1/1000) = 729/10, and a 30-day budget
///   lasts 30/72.9 = 100/243 days = 800/81 hours ≈ 9.88 hours.
struct SectionPlacementTests {
    static let parameters = Parameters(servers: 10, canaryShare: Rational(1, 10), strategy: .canaryFallback, retries: 2)

    func rendered(_ format: Format) throws -> String {
        Documents.report(try CallbackEngine.evaluate(Self.parameters)).rendered(as: format)
    }

    struct Figure: Equatable, CustomStringConvertible {
        let label: String
        let value: String
        var description: String { "\(label): \(value)" }

        /// From a line's columns; a missing value reads empty rather than trapping.
        init(_ columns: [String]) {
            self.init(label: columns.first ?? "", value: columns.dropFirst().first ?? "")
        }

        init(label: String, value: String) {
            self.label = label
            self.value = value
        }
    }

    /// Section titles with their figures as text, Markdown and SVG all read them.
    static let readable: [(title: String, figures: [Figure])] = [
        ("Outcome", [
            Figure(label: "failure", value: "729/10000 = 7.29%"),
            Figure(label: "success", value: "9271/10000 = 92.71%"),
        ]),
        ("Failure by origin", [
            Figure(label: "stable origin", value: "0 = 0.00%"),
            Figure(label: "canary origin", value: "729/1000 = 72.90%"),
        ]),
        ("Routing of the first attempt", [
            Figure(label: "same server", value: "1/10 = 10.00%"),
            Figure(label: "same pool, other server", value: "18/25 = 72.00%"),
            Figure(label: "stable → canary", value: "9/100 = 9.00%"),
            Figure(label: "canary → stable", value: "9/100 = 9.00%"),
        ]),
        ("Cost", [
            Figure(label: "expected attempts", value: "1171/1000 ≈ 1.171"),
            Figure(label: "writes per order", value: "1"),
        ]),
        ("Impact at 1,000 orders/min of $10.00", [
            Figure(label: "failed orders per minute", value: "729/10 ≈ 72.9"),
            Figure(label: "lost per minute", value: "$729.00"),
            Figure(label: "lost per day", value: "$1,049,760.00"),
            Figure(label: "lost per year (365 days)", value: "$383,162,400.00"),
        ]),
        ("Error budget at an SLO of 99.90%", [
            Figure(label: "budget (1 − SLO)", value: "1/1000 = 0.10%"),
            Figure(label: "burn rate", value: "72.9×"),
            Figure(label: "a 30-day budget lasts", value: "9.88 hours"),
        ]),
    ]

    func expectSections(_ sections: [(title: String, figures: [Figure])]) {
        // The formulas' section (checked in FormulaSectionTests) comes last where it is
        // drawn (text, Markdown; SVG charts the figures only).
        let sections = sections.filter { !$0.title.hasPrefix("Formula in") }
        #expect(sections.map(\.title) == Self.readable.map(\.title))
        for (got, want) in zip(sections, Self.readable) {
            #expect(got.figures == want.figures, "in \(want.title)")
        }
    }

    @Test func textListsEachFigureUnderItsSection() throws {
        // Blocks are separated by a blank line: the header, then one per section.
        let blocks = try rendered(.text).split(separator: "\n\n").dropFirst()
        expectSections(blocks.map { block in
            let lines = block.split(separator: "\n")
            return (String(lines[0]), lines.dropFirst().map { line in
                // "  label   value  |bar": columns are two or more spaces apart.
                Figure(line.split(separator: /\s{2,}/).map(String.init))
            })
        })
    }

    @Test func markdownListsEachFigureUnderItsSection() throws {
        let blocks = try rendered(.markdown).components(separatedBy: "\n### ").dropFirst()
        expectSections(blocks.map { block in
            let lines = block.split(separator: "\n")
            #expect(lines[1...2] == ["|  | value |", "|---|---:|"])
            return (String(lines[0]), lines.dropFirst(3).map { line in
                Figure(line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) })
            })
        })
    }

    @Test func svgDrawsEachFigureUnderItsSection() throws {
        let elements = try SVGElements(try rendered(.svg))
        var sections: [(title: String, figures: [Figure])] = []
        var bars: [String: String] = [:]
        var label = ""
        // Section titles at x = 20 in 15 px; a row's label at x = 32, its value at 230, or
        // at 542 after a bar.
        for e in elements.list {
            switch (e.name, e.attributes["x"], e.attributes["font-size"]) {
            case ("text", "20", "15"): sections.append((e.text, []))
            case ("text", "32", _): label = e.text
            case ("text", "230", _), ("text", "542", _):
                guard !sections.isEmpty else { Issue.record("\(label) drawn before any section"); continue }
                sections[sections.count - 1].figures.append(Figure(label: label, value: e.text))
            case ("rect", _, _) where e.attributes["fill"] == "#c2410c": bars[label] = e.attributes["width"]
            default: break
            }
        }
        expectSections(sections)
        // Bars are 300 wide: each filled to its own row's value.
        #expect(bars == [
            "failure": "21.9", "success": "278.1", "stable origin": "0.0", "canary origin": "218.7",
            "same server": "30.0", "same pool, other server": "216.0", "stable → canary": "27.0", "canary → stable": "27.0",
            "budget (1 − SLO)": "0.3",
        ])
    }

    @Test func csvNamesEachFiguresSection() throws {
        #expect(try rendered(.csv) == """
        section,key,exact,decimal,percent,note
        outcome,failure,729/10000,0.0729,7.29,
        outcome,success,9271/10000,0.9271,92.71,
        by_origin,stable,0,0,0.00,
        by_origin,canary,729/1000,0.729,72.90,
        routing,same_server,1/10,0.1,10.00,
        routing,same_pool_other_server,18/25,0.72,72.00,
        routing,stable_to_canary,9/100,0.09,9.00,
        routing,canary_to_stable,9/100,0.09,9.00,
        cost,expected_attempts,1171/1000,1.171,,
        cost,writes_per_order,1,1,,
        impact,failed_per_minute,729/10,72.9,,
        impact,lost_per_minute,729,729,,
        impact,lost_per_day,1049760,1049760,,
        impact,lost_per_year,383162400,383162400,,
        error_budget,budget,1/1000,0.001,0.10,
        error_budget,burn_rate,729/10,72.9,,
        error_budget,budget_lasts_days,100/243,0.411522633744855967078189300412,,

        """)
    }

    @Test func jsonKeepsOutcomeAndCostAtTheTopAndNestsTheBreakdowns() throws {
        let text = try rendered(.json)
        // Top-level keys, in order, are the lines indented once.
        let topLevel = text.split(separator: "\n").compactMap { $0.wholeMatch(of: #/ {2}"([a-z_]+)": .*/#)?.1 }.map(String.init)
        #expect(topLevel == ["parameters", "failure", "success", "by_origin", "routing", "expected_attempts",
                             "writes_per_order", "impact", "error_budget"])
        let o = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        func keys(_ key: String) -> Set<String> { Set((o[key] as? [String: Any])?.keys.map { $0 } ?? []) }
        func exact(_ path: String) -> String? {
            var node: Any? = o
            for key in path.split(separator: ".") { node = (node as? [String: Any])?[String(key)] }
            return node as? String
        }
        #expect(keys("by_origin") == ["stable", "canary"])
        #expect(keys("routing") == ["same_server", "same_pool_other_server", "stable_to_canary", "canary_to_stable"])
        #expect(keys("impact") == ["failed_per_minute", "lost_per_minute", "lost_per_day", "lost_per_year"])
        #expect(keys("error_budget") == ["budget", "burn_rate", "budget_lasts"])
        #expect(exact("failure.exact") == "729/10000")
        #expect(exact("success.exact") == "9271/10000")
        #expect(exact("by_origin.stable.exact") == "0")
        #expect(exact("by_origin.canary.exact") == "729/1000")
        #expect(exact("routing.same_server.exact") == "1/10")
        #expect(exact("routing.same_pool_other_server.exact") == "18/25")
        #expect(exact("routing.stable_to_canary.exact") == "9/100")
        #expect(exact("routing.canary_to_stable.exact") == "9/100")
        #expect(exact("expected_attempts.exact") == "1171/1000")
        #expect((o["writes_per_order"] as? NSNumber)?.intValue == 1)
        #expect(exact("impact.failed_per_minute.exact") == "729/10")
        #expect(exact("impact.lost_per_minute.exact") == "729")
        #expect(exact("impact.lost_per_day.exact") == "1049760")
        #expect(exact("impact.lost_per_year.exact") == "383162400")
        #expect(exact("error_budget.budget.exact") == "1/1000")
        #expect(exact("error_budget.burn_rate.exact") == "729/10")
        #expect(exact("error_budget.budget_lasts.exact_days") == "100/243")
        #expect(exact("error_budget.budget_lasts.text") == "9.88 hours")
    }
}
