import BigInt

/// An event that happens while callbacks are in flight (SPEC §6): the order's state was
/// placed before it, every callback attempt is routed after it. With a canary, events act
/// on the stable pool; with weighted classes, on the first class that is not a canary.
public enum Incident: Sendable, Hashable {
    /// The pool is resized to this many servers in all: a scale-out appends servers at the
    /// end of the list, a scale-in removes them from the end, with their state.
    case scale(to: BigInt)
    /// One stable server, chosen uniformly, crashes: its local state is lost and it gets
    /// no more traffic; the others keep their order in the list.
    case crash
}

/// How `affinity` maps an order id to a server (SPEC §6).
public enum Hashing: String, CaseIterable, Sendable, Hashable {
    /// live_servers[id mod count].
    case modulo
    /// Each server owns an equal share of ids; a key moves only when its server leaves or
    /// to a server that joins.
    case consistent
}

extension Incident {
    /// Servers of the scaled class (the stable pool) after the event, given the classes before it.
    func scaledAfter(_ topology: Topology) -> BigInt {
        let stable = topology.scaledClass.map { topology.classes[$0].size } ?? 0
        switch self {
        case .scale(let total): return stable + (total - topology.servers)
        case .crash: return stable - 1
        }
    }

    /// Why the event cannot happen to these pools, if it cannot.
    func impossibility(_ topology: Topology) -> String? {
        guard topology.scaledClass != nil else { return "incidents act on a pool that is not a canary, and every pool is one" }
        let after = scaledAfter(topology)
        let multi = topology.classes.count > 2 || topology.classes.filter({ !$0.canary }).count > 1
        switch self {
        case .scale(let total):
            if total < 1 { return "a scale event needs at least 1 server after it" }
            if after < 1 {
                return multi ? "a scale event must leave at least 1 server in \(topology.classes[topology.scaledClass!].name), the pool it resizes (the other pools keep their servers)"
                    : "a scale event must leave at least 1 stable server (the canary pool is not resized)"
            }
        case .crash:
            if after < 1 {
                return multi ? "a crash needs at least 2 servers in \(topology.classes[topology.scaledClass!].name), the pool it hits (one crashes, one is left)"
                    : "a crash needs at least 2 stable servers (one crashes, one is left)"
            }
        }
        return nil
    }

    /// P(an affinity callback still maps to the origin | the origin survived the event).
    /// Ids are uniform over a range much larger than any pool; for modulo hashing, uniform
    /// modulo lcm of the ring sizes, so (id mod a, id mod b) pairs are counted by residues.
    func affinityStays(ring: AffinityRing, after: AffinityRing, hashing: Hashing) -> Rational {
        let a = ring.servers, b = after.servers
        switch (self, hashing) {
        case (.scale, .consistent):
            // Keys move only to joining servers, each owning its weight's share of the ring
            // (nginx's weighted consistent hash): the old servers keep weight-before of weight-after.
            return b > a ? ring.weight / after.weight : .one
        case (.scale, .modulo):
            // id mod a = id mod b = j has one solution mod lcm for each j < min(a, b); the
            // origin survives exactly when its j < b. So P(stay | survived) = a / lcm(a, b).
            // Each server is one slot: weights do not enter modulo hashing here.
            let l = a / BigInt(GCD.of(a.magnitude, b.magnitude)) * b
            return Rational(a, l)
        case (.crash, .consistent):
            return .one
        case (.crash, .modulo):
            // Old index j = id mod a, new index i = id mod (a − 1): coprime, so (j, i) is
            // uniform over a·(a − 1) pairs; for each surviving j exactly one i lands on it.
            return Rational(BigInt(1), a - 1)
        }
    }
}

/// The servers affinity hashes order ids over: every class that is not a canary (the
/// flags' stable pool), by count and by total weight.
struct AffinityRing {
    let servers: BigInt
    let weight: Rational

    init(_ topology: Topology) {
        let ring = topology.classes.filter { !$0.canary }
        servers = ring.reduce(BigInt(0)) { $0 + $1.size }
        weight = ring.reduce(Rational.zero) { $0 + $1.weight * Rational($1.size) }
    }
}
