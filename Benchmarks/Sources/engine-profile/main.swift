import BigInt
import CallbackModel
import ExplorerUI

// A single slow configuration, run repeatedly, for `perf record`.
// `engine-profile frame` profiles warm explorer frames (render only) instead.
let p = Parameters(servers: 1_000_000_000, canaryShare: Rational(5, 100), canaryServers: 1, strategy: .local, retries: 100)
if CommandLine.arguments.dropFirst().first == "frame" {
    var explorer = Explorer.settled(ExplorerState(parameters: p, size: Size(rows: 32, cols: 100)))
    for _ in 0 ..< 500 { _ = explorer.press(.down) }
} else if CommandLine.arguments.dropFirst().first == "minus" {
    // A key that changes N: every number on screen is new (evaluated here on one thread).
    var explorer = Explorer.settled(ExplorerState(parameters: p, size: Size(rows: 32, cols: 100)))
    for _ in 0 ..< 50 { _ = explorer.press(.char("-")) }
} else {
    for _ in 0 ..< 10 { _ = try CallbackEngine.evaluate(p) }
}
