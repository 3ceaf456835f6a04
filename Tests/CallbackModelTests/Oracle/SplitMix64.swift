import Foundation

/// A seeded generator for the tests (SplitMix64, Steele, Lea & Flood 2014): a failing
/// case prints its seed, and the same seed replays it exactly.
struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The seed in the environment variable `name` (decimal, or hex with 0x) when set, so a
    /// run can explore other seeds or replay a printed one; `fallback` otherwise, so the
    /// suite is reproducible.
    static func seed(fromEnvironment name: String, fallback: UInt64) -> UInt64 {
        guard let text = ProcessInfo.processInfo.environment[name] else { return fallback }
        let seed = text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)
        guard let seed else { preconditionFailure("\(name)=\(text) is not a seed (decimal, or hex with 0x)") }
        return seed
    }
}
