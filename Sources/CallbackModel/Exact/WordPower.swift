import BigInt

/// x^k for the mixture's powers, on machine words. A hundred retries raise short numbers
/// to the 101st power (thousands of bits), which was a third of an engine run through
/// BigInt's general multiplication. Here the exponent is read from its top bit (each step
/// squares the running power and multiplies by the short base at most once), and a square
/// computes each cross product once and doubles it: about half the word products.
enum WordPower {
    static func power(_ x: BigUInt, _ k: Int) -> BigUInt {
        precondition(k >= 0, "negative exponent")
        if k == 0 { return 1 }
        if x.words.count == 0 || x == 1 || k == 1 { return x }
        let base = Array(x.words)
        var r = base
        for bit in (0 ..< (Int.bitWidth - 1 - k.leadingZeroBitCount)).reversed() {
            r = square(r)
            if k >> bit & 1 == 1 { r = multiply(r, base) }
        }
        return BigUInt(words: r)
    }

    /// a·b, schoolbook.
    static func multiply(_ a: [UInt], _ b: [UInt]) -> [UInt] {
        var r = [UInt](repeating: 0, count: a.count + b.count)
        r.withUnsafeMutableBufferPointer { r in
            a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b in
                    for i in 0 ..< b.count {
                        let bi = b[i]
                        var carry: UInt = 0
                        for j in 0 ..< a.count {
                            let (hi, lo) = a[j].multipliedFullWidth(by: bi)
                            let (s1, o1) = r[i + j].addingReportingOverflow(lo)
                            let (s2, o2) = s1.addingReportingOverflow(carry)
                            r[i + j] = s2
                            // hi ≤ 2^64 − 2, so the carry fits a word.
                            carry = hi &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
                        }
                        r[i + a.count] = carry
                    }
                }
            }
        }
        return trimmed(r)
    }

    /// a², the products aᵢ·aⱼ (i < j) once, doubled, then the squares aᵢ² on the diagonal.
    static func square(_ a: [UInt]) -> [UInt] {
        let n = a.count
        var r = [UInt](repeating: 0, count: 2 * n)
        r.withUnsafeMutableBufferPointer { r in
            a.withUnsafeBufferPointer { a in
                for i in 0 ..< n {
                    let ai = a[i]
                    var carry: UInt = 0
                    for j in (i + 1) ..< max(i + 1, n) {
                        let (hi, lo) = ai.multipliedFullWidth(by: a[j])
                        let (s1, o1) = r[i + j].addingReportingOverflow(lo)
                        let (s2, o2) = s1.addingReportingOverflow(carry)
                        r[i + j] = s2
                        carry = hi &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
                    }
                    // Rows before this one wrote below i + n.
                    r[i + n] = carry
                }
                // Double the cross products.
                var top: UInt = 0
                for i in 0 ..< 2 * n {
                    let w = r[i]
                    r[i] = w << 1 | top
                    top = w >> (UInt.bitWidth - 1)
                }
                // Add the squares.
                var carry: UInt = 0
                for i in 0 ..< n {
                    let (hi, lo) = a[i].multipliedFullWidth(by: a[i])
                    let (s1, o1) = r[2 * i].addingReportingOverflow(lo)
                    let (s2, o2) = s1.addingReportingOverflow(carry)
                    r[2 * i] = s2
                    let c1: UInt = (o1 ? 1 : 0) + (o2 ? 1 : 0)
                    let (t1, p1) = r[2 * i + 1].addingReportingOverflow(hi)
                    let (t2, p2) = t1.addingReportingOverflow(c1)
                    r[2 * i + 1] = t2
                    carry = (p1 ? 1 : 0) + (p2 ? 1 : 0)
                }
            }
        }
        return trimmed(r)
    }

    static func trimmed(_ r: [UInt]) -> [UInt] {
        var r = r
        while let last = r.last, last == 0 { r.removeLast() }
        return r
    }
}
