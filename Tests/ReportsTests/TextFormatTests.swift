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

    @Test func longFractionsAreAbbreviatedInText() throws {
        let r = try CallbackEngine.evaluate(Parameters(servers: 1_000_000_000, retries: 100))
        let text = Documents.report(r).rendered(as: .text)
        #expect(text.contains("digits)"))
        #expect(!text.contains(r.failure.description))
    }
}

