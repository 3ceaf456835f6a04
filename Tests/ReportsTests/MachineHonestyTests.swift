import Foundation
import Testing
import BigInt
import CallbackModel
import Readout
@testable import Reports

/// What scripts read from JSON and CSV says what it means: numeric columns hold numbers
/// (an n/a point's reason has a column of its own), a duration names its unit, a percent
/// never reads 100 or 0 for a value that is neither, and a header lists only the
/// parameters its command uses.
struct MachineHonestyTests {
    // MARK: percents

    /// 999999999/10⁹ is 99.9999999 %: two places would round it to 100.00.
    @Test func percentAddsPlacesRatherThanReadOneHundred() {
        #expect(ExactText.percentNumber(Rational(999_999_999, 1_000_000_000)) == "99.9999999")
        #expect(ExactText.percentNumber(Rational(1, 1_000_000_000)) == "0.0000001")
        #expect(ExactText.percentNumber(1) == "100.00")
        #expect(ExactText.percentNumber(.zero) == "0.00")
        #expect(ExactText.percentNumber(Rational(729, 1000)) == "72.90")
    }

    /// Past the text's ten extra places (where text says ">99.999999999999%"), machines
    /// still get a number: 1 − 10⁻³⁰ is 99.999…9 with 28 nines after the point.
    @Test func percentStaysANumberPastTheTextsCap() {
        let x = 1 - Rational(1, BigInt(10).power(30))
        #expect(ExactText.percentNumber(x) == "99." + String(repeating: "9", count: 28))
        let tiny = Rational(1, BigInt(10).power(40))
        #expect(ExactText.percentNumber(tiny) == "0." + String(repeating: "0", count: 37) + "1")
    }

    /// The same rule reaches JSON and CSV: at 10⁹ servers local fails 999999999/10⁹.
    @Test func jsonAndCSVNeverReadOneHundredForLessThanOne() throws {
        let p = Parameters(servers: 1_000_000_000)
        let doc = Documents.report(try CallbackEngine.evaluate(p))
        let json = doc.rendered(as: .json)
        #expect(json.contains("\"percent\": 99.9999999"))
        #expect(!json.contains("100.00"))
        let csv = doc.rendered(as: .csv)
        #expect(csv.contains("outcome,failure,999999999/1000000000,0.999999999,99.9999999,"))
        #expect(!csv.contains("100.00"))
    }

    // MARK: CSV columns

    /// A canary cannot exist at N = 1: the row keeps every column, leaves the numbers
    /// empty and says why in the trailing `note`.
    @Test func csvUnavailablePointKeepsNumericColumnsNumeric() throws {
        let base = Parameters(canaryShare: Rational(1, 20))
        let csv = Documents.sweep(base, Explorations.sweep(base, servers: [1, 2])).rendered(as: .csv)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines[0] == "servers,failure_exact,failure_decimal,failure_percent,formula,note")
        let na = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(na.count == 6)
        #expect(Array(na[0...3]) == ["1", "", "", ""])
        #expect(!na[5].isEmpty)
        // 2 servers, 5 % canary on 1: 1 − (1/20)² − (19/20)² = 19/200.
        #expect(lines[2] == "2,19/200,0.095,9.50,,")
    }

    @Test func csvCompareEndsWithANoteColumn() {
        let base = Parameters(servers: 10)
        let lines = Documents.compare(base, Explorations.compare(base)).rendered(as: .csv).split(separator: "\n").map(String.init)
        #expect(lines[0] == "strategy,failure_exact,failure_decimal,failure_percent,writes_per_order,complexity,note")
        #expect(lines.contains("replicate,4/5,0.8,80.00,2,high,"))
    }

    /// A duration's unit is in its key; a budget that never runs out leaves the numbers
    /// empty and says "forever" in the note, not in the decimal column.
    @Test func csvBudgetLastsNamesItsUnit() throws {
        let csv = Documents.report(try CallbackEngine.evaluate(Parameters(servers: 10))).rendered(as: .csv)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines[0] == "section,key,exact,decimal,percent,note")
        // Burn 900×: 30 days / 900 = 1/30 day (48 minutes).
        #expect(lines.contains("error_budget,budget_lasts_days,1/30,0.033333333333333333333333333333,,"))
        let never = Documents.report(try CallbackEngine.evaluate(Parameters(servers: 10, strategy: .shared))).rendered(as: .csv)
        #expect(never.split(separator: "\n").contains("error_budget,budget_lasts_days,,,,forever"))
    }

    // MARK: headers

    /// sweep varies N, so the header does not show --servers' value; compare runs every
    /// strategy, so it names none (and shows the replicas its replicate row uses).
    @Test(arguments: [Format.text, .markdown, .svg])
    func headersListOnlyTheParametersTheCommandUses(_ format: Format) {
        let base = Parameters(servers: 7)
        let sweep = Documents.sweep(base, Explorations.sweep(base, servers: [2, 3])).rendered(as: format)
        #expect(!sweep.contains("servers 7"))
        #expect(sweep.contains("canary 0% · strategy local · retries 0"))
        let compare = Documents.compare(base, Explorations.compare(base)).rendered(as: format)
        #expect(!compare.contains("strategy local"))
        #expect(compare.contains("servers 7 · canary 0% · retries 0 · replicas 1"))
    }

    @Test func jsonEchoesOnlyTheParametersTheCommandUses() throws {
        let base = Parameters(servers: 7)
        func parameters(_ doc: Document) throws -> [String: Any] {
            let o = try #require(try JSONSerialization.jsonObject(with: Data(doc.rendered(as: .json).utf8)) as? [String: Any])
            return try #require(o["parameters"] as? [String: Any])
        }
        let sweep = try parameters(Documents.sweep(base, Explorations.sweep(base, servers: [2])))
        #expect(sweep["servers"] == nil)
        #expect(sweep["strategy"] as? String == "local")
        let compare = try parameters(Documents.compare(base, Explorations.compare(base)))
        #expect(compare["strategy"] == nil)
        #expect((compare["servers"] as? NSNumber)?.intValue == 7)
    }

    // MARK: markdown

    /// Numbers right-aligned, text left-aligned.
    @Test func markdownCompareLeftAlignsText() {
        let base = Parameters(servers: 10)
        let markdown = Documents.compare(base, Explorations.compare(base)).rendered(as: .markdown)
        #expect(markdown.contains("| strategy | failure | writes/order | complexity |\n|---|---:|---:|---|\n"))
    }
}
