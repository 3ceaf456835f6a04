import BigInt
import CallbackModel

/// Stepping parameters inside their SPEC ranges. Each returns a note when it had to
/// clamp, so the user learns the limit instead of seeing a key do nothing.
enum Adjust {
    static let maxCanaryPercent = Rational(99)

    static func step(_ field: Field, by delta: Int, in p: inout Parameters) -> String? {
        switch field {
        case .servers: return setServers(p.servers + BigInt(delta), in: &p)
        case .canary: return setCanaryPercent(p.canaryShare * 100 + Rational(delta), in: &p)
        case .canaryServers: return setCanaryServers(p.canaryServers + BigInt(delta), in: &p)
        case .strategy:
            p.strategy = delta > 0 ? p.strategy.next : p.strategy.previous
            return nil
        case .retries: return setRetries(p.retries + delta, in: &p)
        case .replicas: return setReplicas(p.replicas + BigInt(delta), in: &p)
        }
    }

    static func scaleServers(up: Bool, in p: inout Parameters) -> String? {
        setServers(up ? p.servers * 10 : p.servers / 10, in: &p)
    }

    /// N in 1 … 10^9 (2 … when there is a canary); canary servers and replicas follow it down.
    static func setServers(_ n: BigInt, in p: inout Parameters) -> String? {
        let low: BigInt = p.hasCanary ? 2 : 1
        var note: String?
        var n = n
        if n < low {
            n = low
            note = p.hasCanary ? "a canary needs at least 2 servers" : "at least 1 server"
        } else if n > Parameters.maxServers {
            n = Parameters.maxServers
            note = "at most 1,000,000,000 servers"
        }
        p.servers = n
        if p.canaryServers > n - 1 && n > 1 {
            p.canaryServers = n - 1
            if p.hasCanary { note = note ?? "canary servers lowered to \(n - 1)" }
        }
        if p.replicas > n - 1 {
            p.replicas = n - 1
            if p.strategy == .replicate { note = note ?? "replicas lowered to \(n - 1)" }
        }
        return note
    }

    /// 0 ≤ c ≤ 99 points by key (typed entry allows up to just below 100).
    static func setCanaryPercent(_ percent: Rational, in p: inout Parameters, limit: Rational = maxCanaryPercent) -> String? {
        var c = percent
        var note: String?
        if c.isNegative {
            c = .zero
            note = "canary is already 0%"
        } else if c > limit {
            c = limit
            note = "canary stays below 100%"
        }
        if !c.isZero && p.servers < 2 {
            return "a canary needs at least 2 servers: add servers first"
        }
        p.canaryShare = c / 100
        if p.hasCanary && p.canaryServers > p.servers - 1 { p.canaryServers = p.servers - 1 }
        if p.canaryServers < 1 { p.canaryServers = 1 }
        return note
    }

    static func setCanaryServers(_ m: BigInt, in p: inout Parameters) -> String? {
        guard p.hasCanary else { return "no canary: press C to route traffic to one" }
        let high = p.servers - 1
        if m < 1 { p.canaryServers = 1; return "at least 1 canary server" }
        if m > high { p.canaryServers = high; return "at most \(high) canary servers (servers − 1)" }
        p.canaryServers = m
        return nil
    }

    static func setRetries(_ k: Int, in p: inout Parameters) -> String? {
        if k < 0 { p.retries = 0; return "retries are already 0" }
        if k > Parameters.maxRetries { p.retries = Parameters.maxRetries; return "at most 100 retries" }
        p.retries = k
        return nil
    }

    static func setReplicas(_ r: BigInt, in p: inout Parameters) -> String? {
        let high = p.servers - 1
        var note: String? = p.strategy == .replicate ? nil : "replicas apply to the replicate strategy (s to switch)"
        if r < 0 { p.replicas = 0; return note ?? "replicas are already 0" }
        if r > high { p.replicas = high; note = note ?? "at most \(high) replicas (servers − 1)" }
        else { p.replicas = r }
        return note
    }
}
