/// `equal?` on lists that share structure. Lists built as `(list l l)` forty times over are
/// small in memory but 2^40 elements long when walked, and the synthesized `==` walks it
/// all when the two sides were built separately (it never ended). Here a pair of lists
/// found equal is remembered by the identity of their storage, so each distinct pair is
/// compared once, and a walk that still grows past a bound stops with one line.
enum SharedEquality {
    static let maxComparisons = 10_000_000

    struct TooLarge: Error {}

    static func equal(_ a: Datum, _ b: Datum) throws(TooLarge) -> Bool {
        var known = Set<Pair>()
        var comparisons = 0
        return try equal(a, b, &known, &comparisons)
    }

    private struct Pair: Hashable {
        let left: UInt, right: UInt, count: Int
    }

    private static func equal(_ a: Datum, _ b: Datum, _ known: inout Set<Pair>, _ comparisons: inout Int) throws(TooLarge) -> Bool {
        comparisons += 1
        guard comparisons <= maxComparisons else { throw TooLarge() }
        guard case .list(let xs) = a, case .list(let ys) = b else { return a == b }
        guard xs.count == ys.count else { return false }
        let pair = Pair(left: identity(xs), right: identity(ys), count: xs.count)
        if pair.left == pair.right || known.contains(pair) { return true }
        for (x, y) in zip(xs, ys) where !(try equal(x, y, &known, &comparisons)) { return false }
        known.insert(pair)
        return true
    }

    /// The address of a list's storage: the same for every copy that shares it. Both lists
    /// stay alive for the whole comparison, so an address is never reused within it.
    private static func identity(_ items: [Datum]) -> UInt {
        items.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
    }
}
