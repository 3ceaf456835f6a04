import BigInt

// An independent oracle for SPEC §1, written from the spec's words alone and sharing no
// code with CallbackModel: every server is named, every replica set listed, and every
// sequence of callback landings walked one attempt at a time. Slow (exponential in N and
// k) and obviously so; it exists to be trusted, not to be fast.

/// The strategies of SPEC §1, by their command-line names (the oracle's own list).
enum OracleStrategy: String, CaseIterable, Sendable {
    case local, shared, affinity, broadcast, replicate
    case canaryFallback = "canary-fallback"
}

/// One configuration, as SPEC §1's parameter table has it.
struct OracleConfiguration: CustomStringConvertible, Sendable {
    var servers: Int
    /// The canary share c as a fraction, 0 ≤ c < 1.
    var canary: OracleFraction
    /// M; ignored when c = 0.
    var canaryServers: Int
    var strategy: OracleStrategy
    var retries: Int
    /// r; ignored unless the strategy is `replicate`.
    var replicas: Int
    /// Weighted servers instead of N, c and M: each server's whole-number weight and
    /// whether it is a canary (issue 17: a server is chosen with probability
    /// weight / total weight). nil: the servers, canary and canary servers above.
    var weighted: [(weight: Int, canary: Bool)]? = nil
    /// Callbacks pinned by the provider's address: the load balancer picks the callback's
    /// server once, by the weights, and every attempt goes there (ip_hash).
    var pinnedByProvider = false

    var description: String {
        if let weighted {
            return "servers \(weighted.map { "\($0.weight)\($0.canary ? "c" : "")" }) strategy=\(strategy.rawValue) k=\(retries) r=\(replicas) pinned=\(pinnedByProvider)"
        }
        return "N=\(servers) c=\(canary) M=\(canary.isZero ? "–" : String(canaryServers)) strategy=\(strategy.rawValue) k=\(retries) r=\(replicas)"
    }
}

/// Every per-configuration output of SPEC §1 except impact.
struct OracleAnswer: Equatable, CustomStringConvertible, Sendable {
    var failure: OracleFraction
    var stableOriginFailure: OracleFraction
    /// nil when c = 0 (SPEC: the canary row is absent).
    var canaryOriginFailure: OracleFraction?
    /// First attempt: same server; same pool, other server; stable→canary; canary→stable.
    var sameServer: OracleFraction
    var samePoolOtherServer: OracleFraction
    var stableToCanary: OracleFraction
    var canaryToStable: OracleFraction
    var expectedAttempts: OracleFraction
    var writesPerOrder: OracleFraction

    var description: String {
        "failure \(failure), stable origin \(stableOriginFailure), canary origin \(canaryOriginFailure.map(\.description) ?? "–"), "
            + "routing [\(sameServer), \(samePoolOtherServer), \(stableToCanary), \(canaryToStable)], "
            + "E[attempts] \(expectedAttempts), writes \(writesPerOrder)"
    }
}

enum BruteForceModel {
    /// Where the order's state ended up: which servers' lookups find it, and how many
    /// writes placing it took.
    struct Placement {
        var finds: [Bool]
        var writes: Int
    }

    static func evaluate(_ configuration: OracleConfiguration) -> OracleAnswer {
        if configuration.weighted != nil { return evaluateWeighted(configuration) }
        let n = configuration.servers
        let k = configuration.retries
        let hasCanary = !configuration.canary.isZero
        let m = hasCanary ? configuration.canaryServers : 0
        precondition(n >= 1 && k >= 0 && (!hasCanary || (1 ... n - 1).contains(m)), "oracle given \(configuration)")
        precondition(configuration.canary >= .zero && configuration.canary < .one, "oracle given \(configuration)")

        // Servers 0 ..< n, the last m of them canaries.
        let isCanary = (0 ..< n).map { $0 >= n - m }
        // SPEC: a request picks the canary pool with probability c, the stable pool
        // otherwise, then a server uniformly inside it: c/M per canary, (1 − c)/(N − M) per
        // stable server; 1/N each when c = 0.
        let weight: [OracleFraction] = isCanary.map { canary in
            if !hasCanary { return OracleFraction(1, n) }
            return canary ? configuration.canary / OracleFraction(m) : (.one - configuration.canary) / OracleFraction(n - m)
        }
        // For the walk below, the same weights as whole numbers: the load balancer draws one
        // of `d` equally likely tickets, and server s holds ticket[s] of them.
        let common = weight.reduce(BigInt(1)) { OracleFraction.lcm($0, $1.denominator) }
        let d = Int(common)
        let ticket = weight.map { w -> Int in
            let t = w * OracleFraction(common)
            precondition(t.isInteger)
            return Int(t.numerator)
        }
        precondition(ticket.reduce(0, +) == d, "routing weights of \(configuration) do not sum to 1")
        return walk(configuration, isCanary: isCanary, ticket: ticket)
    }

    /// Weighted servers: each server's weight is its number of tickets.
    static func evaluateWeighted(_ configuration: OracleConfiguration) -> OracleAnswer {
        let servers = configuration.weighted!
        precondition(!servers.isEmpty && servers.allSatisfy { $0.weight >= 1 }, "oracle given \(configuration)")
        return walk(configuration, isCanary: servers.map(\.canary), ticket: servers.map(\.weight))
    }

    /// The load balancer draws one of `d` equally likely tickets, server s holding
    /// ticket[s] of them; every order, placement and landing sequence is walked.
    static func walk(_ configuration: OracleConfiguration, isCanary: [Bool], ticket: [Int]) -> OracleAnswer {
        let n = ticket.count
        let k = configuration.retries
        let d = ticket.reduce(0, +)
        let hasCanary = isCanary.contains(true)
        let weight = ticket.map { OracleFraction($0, d) }

        var failure = OracleFraction.zero
        var failureFromPool = [false: OracleFraction.zero, true: .zero]
        var massOfPool = [false: OracleFraction.zero, true: .zero]
        var expectedAttempts = OracleFraction.zero
        var writes = OracleFraction.zero
        var same = OracleFraction.zero, samePool = OracleFraction.zero
        var stableToCanary = OracleFraction.zero, canaryToStable = OracleFraction.zero

        for origin in 0 ..< n {
            let pOrigin = weight[origin]
            massOfPool[isCanary[origin]]! += pOrigin
            // Every callback attempt goes through the load balancer again, independently;
            // with affinity the load balancer sends it to the origin.
            let landing: [Int] = configuration.strategy == .affinity ? (0 ..< n).map { $0 == origin ? d : 0 } : ticket

            // Routing of the first attempt (whatever the state placement).
            for s in 0 ..< n where landing[s] > 0 {
                let p = pOrigin * OracleFraction(landing[s], d)
                if s == origin {
                    same += p
                } else if isCanary[s] == isCanary[origin] {
                    samePool += p
                } else if isCanary[origin] {
                    canaryToStable += p
                } else {
                    stableToCanary += p
                }
            }

            // Each placement is equally likely. Over all of them, sum the ticket products of
            // every landing sequence: those whose attempt i is the first to find the order,
            // and those whose k + 1 attempts all miss.
            let placements = Self.placements(configuration, servers: n, origin: origin, isCanary: isCanary)
            var foundFirstAt = [Int](repeating: 0, count: k + 1)
            var missedAll = 0
            var writesSum = 0
            for placement in placements {
                writesSum += placement.writes
                if configuration.pinnedByProvider && configuration.strategy != .affinity {
                    // One landing, repeated: found at the first attempt, or never.
                    for s in 0 ..< n where landing[s] > 0 {
                        if placement.finds[s] {
                            foundFirstAt[0] += landing[s]
                        } else {
                            missedAll += landing[s] * Int(BigInt(d).power(k))
                        }
                    }
                    continue
                }
                func walk(attempt: Int, product: Int) {
                    for s in 0 ..< n where landing[s] > 0 {
                        let (p, overflow) = product.multipliedReportingOverflow(by: landing[s])
                        precondition(!overflow, "oracle ticket product overflows for \(configuration)")
                        if placement.finds[s] {
                            foundFirstAt[attempt] += p
                        } else if attempt == k {
                            missedAll += p
                        } else {
                            walk(attempt: attempt + 1, product: p)
                        }
                    }
                }
                walk(attempt: 0, product: 1)
            }
            // A sequence of j landings has probability (product of its tickets) / d^j.
            let perPlacement = pOrigin / OracleFraction(placements.count)
            let fail = perPlacement * OracleFraction(BigInt(missedAll), BigInt(d).power(k + 1))
            failure += fail
            failureFromPool[isCanary[origin]]! += fail
            expectedAttempts += fail * OracleFraction(k + 1)
            for i in 0 ... k {
                expectedAttempts += perPlacement * OracleFraction(BigInt(foundFirstAt[i]) * BigInt(i + 1), BigInt(d).power(i + 1))
            }
            writes += perPlacement * OracleFraction(writesSum)
        }

        return OracleAnswer(
            failure: failure,
            stableOriginFailure: failureFromPool[false]! / massOfPool[false]!,
            canaryOriginFailure: hasCanary ? failureFromPool[true]! / massOfPool[true]! : nil,
            sameServer: same, samePoolOtherServer: samePool,
            stableToCanary: stableToCanary, canaryToStable: canaryToStable,
            expectedAttempts: expectedAttempts, writesPerOrder: writes
        )
    }

    /// SPEC §1's strategy table: the equally likely placements of an order taken by `origin`.
    static func placements(_ c: OracleConfiguration, servers n: Int, origin: Int, isCanary: [Bool]) -> [Placement] {
        let originOnly = (0 ..< n).map { $0 == origin }
        let everywhere = [Bool](repeating: true, count: n)
        switch c.strategy {
        case .local, .affinity:
            return [Placement(finds: originOnly, writes: 1)]
        case .shared:
            // One write, to the one store every server reads.
            return [Placement(finds: everywhere, writes: 1)]
        case .broadcast:
            // A copy written on every server.
            return [Placement(finds: everywhere, writes: n)]
        case .replicate:
            // The origin plus r other servers chosen uniformly at random: every r-subset of
            // the others, each once.
            let others = (0 ..< n).filter { $0 != origin }
            return subsets(of: others, size: c.replicas).map { chosen in
                Placement(finds: (0 ..< n).map { $0 == origin || chosen.contains($0) }, writes: 1 + chosen.count)
            }
        case .canaryFallback:
            // Stable origin: the stable pool's shared store, which a canary that misses falls
            // back to, so every server finds it. Canary origin: on that canary only.
            return [Placement(finds: isCanary[origin] ? originOnly : everywhere, writes: 1)]
        }
    }

    /// Every subset of `items` with exactly `size` elements: each bit pattern over the
    /// items, kept when it has `size` bits set.
    static func subsets(of items: [Int], size: Int) -> [[Int]] {
        precondition(items.count < 30, "too many servers for the oracle")
        return (0 ..< (1 << items.count)).compactMap { mask -> [Int]? in
            let chosen = items.indices.filter { mask & (1 << $0) != 0 }.map { items[$0] }
            return chosen.count == size ? chosen : nil
        }
    }
}
