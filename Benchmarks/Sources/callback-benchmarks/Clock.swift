import Foundation

/// Wall-clock timing of repeated runs, reporting the median (robust to a busy machine).
enum Clock {
    static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// Median milliseconds over `runs` runs of `body`.
    static func medianMilliseconds(runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var samples: [Double] = []
        for _ in 0 ..< runs {
            let start = now()
            try body()
            samples.append(Double(now() - start) / 1_000_000)
        }
        samples.sort()
        return samples[samples.count / 2]
    }

    /// Peak resident memory of this process so far, in MiB.
    static func peakMemoryMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
