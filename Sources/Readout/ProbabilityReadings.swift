import CallbackModel

/// The ways one probability can read, measured once: a chart asks for the one that fits
/// each width it tries, and at 100 retries the value's numerator and denominator are
/// ~900 digits each, so nothing here writes them whole unless that is what fits.
public struct ProbabilityReadings: Sendable {
    public let value: Rational
    /// "90.00%": kept whole whatever the width.
    public let percent: String
    /// Characters of the whole fraction "p/q".
    let wholeLength: Int
    /// The fraction's ends with digit counts, then without.
    let counted: String
    let uncounted: String

    public init(_ x: Rational) {
        value = x
        percent = x.percent()
        // Each number measured once (a lookup of a ~900-digit key costs a hash of it).
        let p = ExactText.shape(x.numerator), q = ExactText.shape(x.denominator)
        wholeLength = x.isInteger ? p.length : p.length + 1 + q.length
        counted = p.shown(counted: true) + "/" + q.shown(counted: true)
        uncounted = p.shown(counted: false) + "/" + q.shown(counted: false)
    }

    /// The most exact reading that fits `width` columns: the whole fraction, then its ends
    /// with digit counts, then just its ends, then the percent alone (kept whole even past
    /// `width`). An integer reads as its percent.
    public func fitting(_ width: Int) -> String {
        let room = width - 3 - percent.count
        let fraction: String
        if wholeLength <= room {
            fraction = ExactText.whole(value)
        } else if counted.count <= room {
            fraction = counted
        } else if uncounted.count <= room {
            fraction = uncounted
        } else {
            return percent
        }
        return value.isInteger ? percent : "\(fraction) = \(percent)"
    }

    /// "p/q = 90.00%" with the fraction whole (an integer too), if that fits `width`.
    public func whole(fitting width: Int) -> String? {
        wholeLength + 3 + percent.count <= width ? "\(ExactText.whole(value)) = \(percent)" : nil
    }

    /// "9/10 = 90.00%", the fraction shortened (with digit counts) past `maxWidth`.
    public func bounded(_ maxWidth: Int) -> String {
        "\(wholeLength > maxWidth ? counted : ExactText.whole(value)) = \(percent)"
    }
}

extension ProbabilityReadings {
    /// The readings of x, kept. The threads that compute a configuration also measure how
    /// its probabilities read (`Panels.prepare`), so the frame drawn once they land, on the
    /// loop's own thread, looks them up instead of dividing ~900-digit numbers.
    public static func of(_ x: Rational) -> ProbabilityReadings {
        if let known = kept.withLock({ $0[x] }) { return known }
        let readings = ProbabilityReadings(x)
        kept.withLock { cache in
            if cache.count >= 4_096 { cache.removeAll(keepingCapacity: true) }
            cache[x] = readings
        }
        return readings
    }

    private static let kept = Locked<[Rational: ProbabilityReadings]>([:])
}
