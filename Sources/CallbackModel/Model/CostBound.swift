import BigInt

/// Exact answers cost what their fractions weigh, and every parameter is within its range
/// long before the cost is: a billion servers, 999 replicas split between a canary pool and
/// the rest, and 100 retries took 45 s. This estimates the work before any is done and
/// refuses with one line, so the command line and the explorer answer at once.
///
/// The estimate follows what the engine carries: with `replicate` and a canary, one case
/// per way the replicas split between the pools, each holding fractions of about
/// (replicas × digits of N) digits (hypergeometric weights); every attempt then multiplies
/// each case by routing weights of (canary digits + digits of N) more. Work is
/// cases × attempts × digits. Measured (debug build): 1.8 million units answer in 1 s,
/// 20 million in 9 s; the limit keeps the slowest allowed answer to a few seconds (less in release).
public enum CostBound {
    public static let maxWork = BigInt(10_000_000)

    /// The work estimate (see above); in units of one digit carried through one attempt.
    public static func work(_ p: Parameters) -> BigInt {
        let attempts = BigInt(max(p.retries, 0) + 1)
        let digitsN = BigInt(p.servers.description.count)
        let canaryDigits = BigInt(p.canaryShare.numerator.description.count + p.canaryShare.denominator.description.count)
        var cases = BigInt(1), splitDigits = BigInt(0)
        if p.strategy == .replicate && p.hasCanary {
            let draws = min(p.replicas, p.servers - 1 - p.replicas)
            cases = 2 * (min(draws, p.canaryServers, p.servers - p.canaryServers) + 1)
            splitDigits = draws * digitsN
        }
        return cases * attempts * (splitDigits + attempts * (canaryDigits + digitsN))
    }

    /// Weighted classes: each order's placement is one case per origin class and way the
    /// replicas spread over the classes, and each case routes an attempt over every class.
    /// Measured (release): 16 pools with 2 replicas, 35,000 units, 0.4 s; 64 pools with
    /// 1 replica, 266,000 units, 6 s.
    public static let maxPoolWork = BigInt(100_000)

    /// Cases × routes for weighted classes (see `maxPoolWork`); distinct weights count, not
    /// the classes written (`Topology` merges equal ones).
    public static func poolWork(_ p: Parameters) -> BigInt {
        let classes = Topology(p).classes.count
        var spreads = BigInt(1)
        if p.strategy == .replicate, classes > 1 {
            // Ways to spread r among the classes: C(r + K − 1, K − 1), computed upward and
            // capped so a huge r costs nothing to estimate.
            let r = min(p.replicas, p.servers - 1 - p.replicas, BigInt(1_000_000))
            var i = BigInt(1)
            while i < BigInt(classes) && spreads <= maxPoolWork {
                spreads = spreads * (r + i) / i
                i += 1
            }
        }
        return BigInt(classes) * spreads * BigInt(classes + 1)
    }

    /// Weights with long denominators make every share a fraction over their product:
    /// 64 weights of 18-digit fractions and 100 retries carried 111,556-digit numbers for
    /// 54 s. Digits of that common denominator (at most the sum of the weights'
    /// denominators' digits) × attempts × classes; 64 integer weights of 39 digits at 100
    /// retries, 317,000 units, take 1.3 s.
    public static let maxPoolDigitWork = BigInt(2_000_000)

    public static func poolDigitWork(_ p: Parameters) -> BigInt {
        let classes = Topology(p).classes
        let denominators = classes.reduce(0) { $0 + ($1.weight.denominator == 1 ? 0 : $1.weight.denominator.description.count) }
        let numerator = classes.map { $0.weight.numerator.description.count }.max() ?? 1
        let digits = BigInt(denominators + numerator + p.servers.description.count)
        return digits * BigInt(max(p.retries, 0) + 1) * BigInt(classes.count)
    }

    public static func check(_ p: Parameters) throws(EngineLimit) {
        if !p.pools.isEmpty {
            let digits = poolDigitWork(p)
            if digits > maxPoolDigitWork {
                throw EngineLimit("too costly: the pools' weights make fractions of up to \(Rational.grouped(digits / BigInt(max(p.retries, 0) + 1) / BigInt(Topology(p).classes.count))) digits, "
                    + "about \(Rational.grouped(digits)) units of exact work over \(p.retries + 1) attempt\(p.retries == 0 ? "" : "s"); the engine takes at most \(Rational.grouped(maxPoolDigitWork)) "
                    + "(use whole-number weights, or fewer retries)")
            }
            let w = poolWork(p)
            guard w <= maxPoolWork else {
                let replicas = p.strategy == .replicate ? (p.replicas == 1 ? "1 replica" : "\(Rational.grouped(p.replicas)) replicas") : "one copy"
                throw EngineLimit("too costly: \(replicas) spread over \(Topology(p).classes.count) pools of distinct weights "
                    + "is about \(Rational.grouped(w)) placements × routes; the engine takes at most \(Rational.grouped(maxPoolWork)) "
                    + "(use fewer replicas, or fewer distinct weights)")
            }
            return
        }
        // A split past the engine's case limit is refused there, in its own words.
        if p.strategy == .replicate && p.hasCanary,
           min(p.replicas, p.servers - 1 - p.replicas, p.canaryServers, p.servers - p.canaryServers) >= BigInt(Hypergeometric.maxOutcomes) {
            return
        }
        let w = work(p)
        guard w > maxWork else { return }
        let attempts = p.retries == 0 ? "1 attempt" : "\(p.retries + 1) attempts"
        let what = p.strategy == .replicate && p.hasCanary
            ? "\(Rational.grouped(p.replicas)) replicas split between the canary pool and the rest, over \(attempts)"
            : "\(attempts) with a canary share of \(p.canaryShare.denominator.description.count) digits"
        throw EngineLimit("too costly: \(what) is about \(Rational.grouped(w)) units of exact work; "
            + "the engine takes at most \(Rational.grouped(maxWork)) (use fewer replicas or retries, or a shorter canary share)")
    }
}
