import BigInt
import CallbackModel
import Foundation

// (a) One full report computation per strategy, retries 0 and 100, replicas 5, for
// growing N: the lifted engine's cost must be flat in N.
let sizes: [BigInt] = [10, 1_000, 1_000_000, 1_000_000_000]
print("| strategy | retries | " + sizes.map { "N=\($0) ms" }.joined(separator: " | ") + " |")
print("|---|---|" + sizes.map { _ in "---:" }.joined(separator: "|") + "|")
for strategy in Strategy.allCases {
    for retries in [0, 100] {
        var cells: [String] = []
        for n in sizes {
            let p = Parameters(servers: n, canaryShare: Rational(5, 100), canaryServers: 1,
                               strategy: strategy, retries: retries, replicas: 5)
            let ms = try Clock.medianMilliseconds(runs: 5) { _ = try CallbackEngine.evaluate(p) }
            cells.append(String(format: "%.2f", ms))
        }
        print("| \(strategy.name) | \(retries) | " + cells.joined(separator: " | ") + " |")
    }
}
print(String(format: "peak memory: %.1f MiB", Clock.peakMemoryMiB()))
