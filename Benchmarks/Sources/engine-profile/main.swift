import BigInt
import CallbackModel
import ExplorerUI

// A single slow configuration, run repeatedly, for `perf record` or callgrind.
//   engine-profile                    the engine alone (local, 100 retries, N = 10⁹)
//   engine-profile engine STRATEGY    the same for one strategy
//   engine-profile incidents STRATEGY the same with the incidents view's scale event and crash
//   engine-profile frame [VIEW]       warm explorer frames (render only)
//   engine-profile minus [VIEW]       a key that changes N: every number is new
//                                     (evaluated here on one thread)
// VIEW is a view's number (0 overview … 5 incidents); every run uses N = 10⁹, a 5 %
// canary on one server and 100 retries.
let arguments = Array(CommandLine.arguments.dropFirst())
let p = Parameters(servers: 1_000_000_000, canaryShare: Rational(5, 100), canaryServers: 1, strategy: .local, retries: 100)
func state() -> ExplorerState {
    var s = ExplorerState(parameters: p, size: Size(rows: 32, cols: 100))
    if arguments.count > 1, let raw = Int(arguments[1]), let view = View(rawValue: raw) { s.view = view }
    return s
}
switch arguments.first {
case "frame":
    var explorer = Explorer.settled(state())
    for _ in 0 ..< 500 { _ = explorer.press(.down) }
case "minus":
    var explorer = Explorer.settled(state())
    for _ in 0 ..< 50 { _ = explorer.press(.char("-")) }
case "engine", "incidents":
    // `incidents`: as the incidents view asks, across a scale event to N + 1 and a crash.
    var q = arguments.first == "incidents" ? ScreenData.incidentParameters(p) : p
    if arguments.count > 1, let s = Strategy.allCases.first(where: { $0.name == arguments[1] }) { q.strategy = s }
    for _ in 0 ..< 50 { _ = try CallbackEngine.evaluate(q) }
default:
    for _ in 0 ..< 10 { _ = try CallbackEngine.evaluate(p) }
}
