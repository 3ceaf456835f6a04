import Testing
import CallbackModel
@testable import Reports

/// Whole-output tests: the expected text is written out in full, numbers derived by hand
/// (N = 10: 9/10 fail; 1,000 orders/min × $10 × 9/10 = $9,000 a minute; burn 0.9/0.001 = 900;
/// 30 days / 900 = 48 minutes).
struct TextFormatTests {
    @Test func reportAtTenServers() throws {
        let text = Documents.report(try CallbackEngine.evaluate(Parameters(servers: 10))).rendered(as: .text)
        // Values pad to the widest one ("1/1000 = 0.10%", 14 columns) so every bar starts together.
        #expect(text == """
        Callback failure
          servers 10 · canary 0% · strategy local · retries 0

        Outcome
          failure                   9/10 = 90.00%   |##########################
          success                   1/10 = 10.00%   |##

        Failure by origin
          stable origin             9/10 = 90.00%   |##########################

        Routing of the first attempt
          same server               1/10 = 10.00%   |##
          same pool, other server   9/10 = 90.00%   |##########################
          stable → canary           0 = 0.00%       |
          canary → stable           0 = 0.00%       |

        Cost
          expected attempts         1
          writes per order          1

        Impact at 1,000 orders/min of $10.00
          failed orders per minute  900
          lost per minute           $9,000.00
          lost per day              $12,960,000.00
          lost per year (365 days)  $4,730,400,000.00

        Error budget at an SLO of 99.90%
          budget (1 − SLO)          1/1000 = 0.10%  |#
          burn rate                 900×
          a 30-day budget lasts     48 minutes

        Formula in N (c = 0, k = 0 as given)
          failure                   1 − 1/N
                                    = 1 − 1/10 = 9/10
          success                   1/N
                                    = 1/10
          stable origin             1 − 1/N
                                    = 1 − 1/10 = 9/10
          expected attempts         1

        """)
    }

    /// 90/10 over two servers: stable origin fails when the callback goes canary (1/10),
    /// canary origin when it goes stable (9/10); overall 0.9·0.1 + 0.1·0.9 = 18 %.
    @Test func canaryReportShowsBothOrigins() throws {
        let text = Documents.report(try CallbackEngine.evaluate(Parameters(servers: 2, canaryShare: Rational(1, 10)))).rendered(as: .text)
        #expect(text.contains("failure                   9/50 = 18.00%"))
        #expect(text.contains("stable origin             1/10 = 10.00%"))
        #expect(text.contains("canary origin             9/10 = 90.00%"))
        #expect(text.contains("stable → canary           9/100 = 9.00%"))
    }

    @Test func sweepShowsUnavailablePoints() {
        let base = Parameters(canaryShare: Rational(1, 10))
        let text = Documents.sweep(base, Explorations.sweep(base, servers: [1, 2])).rendered(as: .text)
        #expect(text.contains("  1         n/a"))
        #expect(text.contains("  2         9/50 = 18.00%"))
        #expect(text.contains("n/a at 1: canary"))
    }

    /// Text said a bare "n/a" where JSON and CSV give the reason: a report line now says it
    /// after "n/a —". One server cannot lose one to a crash and keep serving.
    @Test func reportLinesGiveTheReasonForNA() throws {
        var p = Parameters(servers: 1)
        p.incidents.crashesPerDay = 1
        let text = Documents.report(try CallbackEngine.evaluate(p)).rendered(as: .text)
        let lines = text.split(separator: "\n").map(String.init)
        let crash = try #require(lines.first { $0.hasPrefix("  across a crash") })
        #expect(crash.hasSuffix("  n/a — a crash needs at least 2 stable servers (one crashes, one is left)"))
        let total = try #require(lines.first { $0.hasPrefix("  failed orders a day: total") })
        #expect(total.hasSuffix("  n/a — unknown: a part of it cannot be computed"))
        #expect(!lines.contains { $0.hasSuffix(" n/a") })
    }

    /// A table's n/a cells in any column get their reason below it (only a row whose
    /// failure was n/a did): rows sharing the column and the reason share the line. With
    /// c = 1/10 on M = 3 of N = 10, scaling to 2 leaves no stable server. Failed orders a
    /// day, local: 1 − (1/10)²/3 − (9/10)²/7 = 37/42 of 1,440,000 = 8880000/7
    /// = 1,268,571 + 3/7, grouped like the 139,200 (29/300 × 1,440,000) beside it.
    @Test func tablesGiveTheReasonForEveryNACell() throws {
        var base = Parameters(servers: 10, canaryShare: Rational(1, 10), canaryServers: 3)
        base.incidents.scaleTo = 2
        let text = Documents.compare(base, Explorations.compare(base)).rendered(as: .text)
        #expect(text.contains("\n  n/a at every strategy (across scale): a scale event must leave at least 1 stable server"))
        #expect(text.contains("  8880000/7 ≈ 1,268,571.4286\n"))
        #expect(text.contains("  139,200\n"))
        // Sweep: N = 2 with a canary has no stable server to spare for a crash.
        var sweepBase = Parameters(canaryShare: Rational(1, 10))
        sweepBase.incidents.crashesPerDay = 1
        let sweep = Documents.sweep(sweepBase, Explorations.sweep(sweepBase, servers: [1, 2])).rendered(as: .text)
        #expect(sweep.contains("\n  n/a at 1: canary"))
        #expect(sweep.contains("\n  n/a at 2 (across crash): a crash needs at least 2 stable servers"))
        #expect(sweep.contains("\n  n/a at 2 (failed/day): unknown: a part of it cannot be computed"))
    }

    @Test func longFractionsAreAbbreviatedInText() throws {
        let r = try CallbackEngine.evaluate(Parameters(servers: 1_000_000_000, retries: 100))
        let text = Documents.report(r).rendered(as: .text)
        #expect(text.contains("digits)"))
        #expect(!text.contains(r.failure.description))
    }
}

