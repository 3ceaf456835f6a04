import BigInt

/// Business impact and error budget of a failure rate (SPEC §1, story step 6).
public struct Impact: Sendable, Hashable {
    public let failedPerMinute: Rational
    public let lostPerMinute: Rational
    public let lostPerDay: Rational
    public let lostPerYear: Rational
    /// 1 − SLO.
    public let budget: Rational
    /// failure / budget: 1 spends the budget exactly over its window.
    public let burnRate: Rational
    /// Days a 30-day budget lasts at this burn; nil when nothing fails (it lasts forever).
    public let budgetLastsDays: Rational?

    public static let minutesPerDay = Rational(24 * 60)
    public static let daysPerYear = Rational(365)
    public static let budgetWindowDays = Rational(30)

    public init(failure: Rational, parameters p: Parameters) {
        failedPerMinute = failure * p.ordersPerMinute
        lostPerMinute = failedPerMinute * p.orderValue
        lostPerDay = lostPerMinute * Impact.minutesPerDay
        lostPerYear = lostPerDay * Impact.daysPerYear
        budget = .one - p.slo
        burnRate = failure / budget
        budgetLastsDays = burnRate.isZero ? nil : Impact.budgetWindowDays / burnRate
    }
}
