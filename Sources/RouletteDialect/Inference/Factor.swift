import CallbackModel

/// A table of exact weights over some variables' values (each value an index into the
/// variable's domain). Sparse: only non-zero weights are stored, so a deterministic
/// factor (one value of v per row of its inputs) costs its rows, not rows × |v|.
/// An entry's key is its indices in mixed radix, the first variable least significant.
///
/// Weights are whole numbers: each table is scaled by the common denominator of its
/// probabilities when it is built, so multiplying and summing out never take a gcd (a
/// gcd per addition of thousand-digit fractions was most of a 512-step HMM). The scales
/// are constants, and the query's table is normalised at the end, so they cancel.
struct Factor {
    let scope: [Int]
    let sizes: [Int]
    var entries: [Int: Rational]

    /// Multiplies factors and sums `variable` out of the product, entry by entry; `spend`
    /// is charged for every entry built and may stop the computation.
    static func eliminate(_ variable: Int, from factors: [Factor], maxEntries: Int,
                          spend: (Int) throws(DialectError) -> Void) throws(DialectError) -> Factor? {
        guard var product = factors.first else { return nil }
        for f in factors.dropFirst() { product = try multiply(product, f, maxEntries: maxEntries, spend: spend) }
        return try product.summingOut(variable, spend: spend)
    }

    static func multiply(_ a: Factor, _ b: Factor, maxEntries: Int,
                         spend: (Int) throws(DialectError) -> Void) throws(DialectError) -> Factor {
        var scope = a.scope, sizes = a.sizes
        for (v, n) in zip(b.scope, b.sizes) where !a.scope.contains(v) { scope.append(v); sizes.append(n) }
        let strides = try Factor.strides(sizes, maxEntries: maxEntries)
        // b's entries grouped by the values of the variables it shares with a.
        let bStrides = try Factor.strides(b.sizes, maxEntries: Int.max)
        var groups: [[Int]: [(rest: Int, weight: Rational)]] = [:]
        for (key, weight) in b.entries {
            var sharedValues: [Int] = []
            var rest = 0
            for i in b.scope.indices {
                let digit = (key / bStrides[i]) % b.sizes[i]
                if let j = scope.firstIndex(of: b.scope[i]), j >= a.scope.count {
                    rest += digit * strides[j]
                } else {
                    sharedValues.append(digit)
                }
            }
            groups[sharedValues, default: []].append((rest, weight))
        }
        let aStrides = try Factor.strides(a.sizes, maxEntries: Int.max)
        let sharedPositions = b.scope.compactMap { v in a.scope.firstIndex(of: v) }
        var entries: [Int: Rational] = [:]
        for (key, weight) in a.entries {
            let sharedValues = sharedPositions.map { (key / aStrides[$0]) % a.sizes[$0] }
            guard let matches = groups[sharedValues] else { continue }
            try spend(matches.count)
            for (rest, w) in matches { entries[key + rest] = weight * w }
            guard entries.count <= maxEntries else { throw Factor.tooLarge(maxEntries) }
        }
        return Factor(scope: scope, sizes: sizes, entries: entries)
    }

    func summingOut(_ variable: Int, spend: (Int) throws(DialectError) -> Void) throws(DialectError) -> Factor {
        guard let position = scope.firstIndex(of: variable) else { return self }
        let strides = try Factor.strides(sizes, maxEntries: Int.max)
        let stride = strides[position], size = sizes[position]
        var out: [Int: Rational] = [:]
        try spend(entries.count)
        for (key, weight) in entries {
            // Drop the variable's digit: keep what is below it, shift what is above it down.
            let low = key % stride
            let high = key / (stride * size)
            let k = low + high * stride
            if let w = out[k] { out[k] = w + weight } else { out[k] = weight }
        }
        var s = scope, n = sizes
        s.remove(at: position)
        n.remove(at: position)
        return Factor(scope: s, sizes: n, entries: out)
    }

    /// Mixed-radix place values; a table whose keys would not fit is refused.
    static func strides(_ sizes: [Int], maxEntries: Int) throws(DialectError) -> [Int] {
        var strides: [Int] = []
        var place = 1
        for n in sizes {
            strides.append(place)
            let (next, overflow) = place.multipliedReportingOverflow(by: max(n, 1))
            guard !overflow else { throw tooLarge(maxEntries) }
            place = next
        }
        return strides
    }

    static func tooLarge(_ maxEntries: Int) -> DialectError {
        DialectError("too many outcomes to combine exactly: eliminating shared random values needs a table of more than \(maxEntries) entries", at: nil)
    }
}
