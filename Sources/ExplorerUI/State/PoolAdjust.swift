import BigInt
import CallbackModel
import Readout

/// Keys and typed entry on weighted pools (`--pool`): the focused pool's size and weight,
/// inside the same bounds as the flag (size 1 and up, N at most 1,000,000,000, weight above 0).
enum PoolAdjust {
    static func describe(_ c: ServerClass) -> String {
        "\(c.name): \(Rational.grouped(c.size)) × weight \(weightText(c.weight))\(c.canary ? " (canary)" : "")"
    }

    static func weightText(_ w: Rational) -> String { w.terminatingDecimal ?? w.description }

    static func step(_ index: Int, size delta: Int, in p: inout Parameters) -> String? {
        guard p.pools.indices.contains(index) else { return nil }
        let size = p.pools[index].size + BigInt(delta)
        if size < 1 { return "\(p.pools[index].name) keeps at least 1 server" }
        if p.servers + BigInt(delta) > Bounds.maxServers { return "at most 1,000,000,000 servers" }
        p.pools[index].size = size
        return Adjust.follow(.servers, in: &p) ?? "pool " + describe(p.pools[index])
    }

    static func step(_ index: Int, weight delta: Int, in p: inout Parameters) -> String? {
        guard p.pools.indices.contains(index) else { return nil }
        let weight = p.pools[index].weight + Rational(delta)
        if weight <= .zero { return "weight stays above 0: Enter on Size×Weight types SIZE:WEIGHT, e.g. 2:1/2" }
        p.pools[index].weight = weight
        return "pool " + describe(p.pools[index])
    }

    /// Typed on the size slot: `SIZE` or `SIZE:WEIGHT`. Says what was set, or why not.
    static func set(_ index: Int, to text: String, in p: inout Parameters) -> String {
        guard p.pools.indices.contains(index) else { return "no pools" }
        let old = p.pools[index]
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let typed = "\(old.name):" + (parts.count == 1 ? "\(text):\(weightText(old.weight))" : text) + (old.canary ? ":canary" : "")
        guard parts.count <= 2 else { return "size×weight '\(text)': allowed SIZE or SIZE:WEIGHT, e.g. 4 or 4:3" }
        switch ServerClass.parse(typed) {
        case .failure(let refusal):
            return "size×weight '\(text)' \(refusal.why): allowed SIZE or SIZE:WEIGHT, e.g. 4 or 4:3"
        case .success(let c):
            var candidate = p
            candidate.pools[index] = c
            _ = Adjust.follow(.servers, in: &candidate)
            do {
                try candidate.validate()
            } catch {
                return error.description
            }
            p = candidate
            return "pool " + describe(c)
        }
    }

    /// Typed on the pool slot: a pool's name focuses it.
    static func focus(named text: String, in pools: [ServerClass]) -> Int? {
        pools.firstIndex { $0.name == text } ?? pools.firstIndex { $0.name.lowercased() == text.lowercased() }
    }
}
