import BigInt
import CallbackModel

// A single slow configuration, run repeatedly, for `perf record`.
let p = Parameters(servers: 1_000_000_000, canaryShare: Rational(5, 100), canaryServers: 1, strategy: .local, retries: 100)
for _ in 0 ..< 10 { _ = try CallbackEngine.evaluate(p) }
