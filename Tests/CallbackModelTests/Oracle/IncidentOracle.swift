import BigInt

// SPEC §6 on named servers, written from its words alone: servers are a list, a scale-out
// appends at its end, a scale-in removes from its end with their state, a crash removes one
// server (each equally likely) and keeps the others' order. Order ids are enumerated over
// a full period of every modulus involved; affinity routes the order and its callbacks by
// id (modulo: live[id mod count]; consistent: a key moves only when its server leaves or to
// a server that joins). No canary. Shares no code with CallbackModel.

enum OracleIncident: CustomStringConvertible, Sendable {
    case scale(to: Int)
    case crash

    var description: String {
        switch self {
        case .scale(let n): "scale to \(n)"
        case .crash: "crash"
        }
    }
}

enum OracleHashing: String, CaseIterable, Sendable { case modulo, consistent }

enum IncidentOracle {
    /// P(the callback fails) for an order in flight across the incident.
    static func failure(_ c: OracleConfiguration, _ incident: OracleIncident, _ hashing: OracleHashing) -> OracleFraction {
        let n = c.servers
        precondition(c.canary.isZero, "the incident oracle has no canary")
        // Each world: the pool after the event (old indices, or −1 for a new server) with
        // its probability.
        var worlds: [(live: [Int], p: OracleFraction)] = []
        switch incident {
        case .scale(let n2):
            worlds = [(n2 >= n ? Array(0 ..< n) + Array(repeating: -1, count: n2 - n) : Array(0 ..< n2), .one)]
        case .crash:
            for crashed in 0 ..< n { worlds.append(((0 ..< n).filter { $0 != crashed }, OracleFraction(1, n))) }
        }
        var total = OracleFraction.zero
        for world in worlds {
            let m = world.live.count
            if c.strategy == .affinity {
                // Ids over a period of both moduli: the order lands on live[id mod n], the
                // callbacks (all of them) on the server the id maps to after the event.
                let period = Int(OracleFraction.lcm(BigInt(n), BigInt(m)))
                var misses = 0
                for id in 0 ..< period {
                    let origin = id % n
                    let target: Int
                    switch hashing {
                    case .modulo:
                        target = world.live[id % m]
                    case .consistent:
                        target = consistentTarget(id: id, origin: origin, before: n, live: world.live)
                    }
                    if target != origin { misses += 1 }
                }
                total += world.p * OracleFraction(misses, period)
                continue
            }
            for origin in 0 ..< n {
                let placements = BruteForceModel.placements(c, servers: n, origin: origin, isCanary: [Bool](repeating: false, count: n))
                for placement in placements {
                    // A shared store is read by every server, new ones too; copies are only
                    // on the old servers that are still there.
                    let shared = c.strategy == .shared || c.strategy == .canaryFallback
                    let finds = world.live.map { s in shared || (s >= 0 && placement.finds[s]) }
                    // Every sequence of k + 1 landings, each uniform over the live servers.
                    var missed = 0
                    func walk(_ attempt: Int) {
                        for s in 0 ..< m where !finds[s] {
                            if attempt == c.retries { missed += 1 } else { walk(attempt + 1) }
                        }
                    }
                    walk(0)
                    let sequences = BigInt(m).power(c.retries + 1)
                    total += world.p * OracleFraction(1, n) / OracleFraction(placements.count) * OracleFraction(BigInt(missed), sequences)
                }
            }
        }
        return total
    }

    /// Ideal consistent hashing as SPEC §6 words it: a key stays on its server unless that
    /// server left; joining servers take an equal share of all keys. Over a period of ids,
    /// key `id` is taken by joiner j when id falls in j's share.
    static func consistentTarget(id: Int, origin: Int, before n: Int, live: [Int]) -> Int {
        let joined = live.filter { $0 < 0 }.count
        if joined > 0 {
            // After the scale-out each of the n + joined servers owns 1/(n + joined) of the
            // keys; the joiners' shares are taken evenly from the old servers' keys.
            let slot = id % (n + joined)
            return slot < n ? origin : -1 - (slot - n)
        }
        return live.contains(origin) ? origin : -2  // moved to a surviving server without the state
    }
}
