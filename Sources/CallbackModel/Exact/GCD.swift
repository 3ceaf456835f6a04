import BigInt

/// Greatest common divisor by Lehmer's algorithm (Knuth, TAOCP vol. 2, §4.5.2, Algorithm L).
///
/// BigInt's own gcd is Stein's binary algorithm: one shift-and-subtract pass over the
/// whole number per bit, which made reducing the ~3,000-bit fractions of a hundred retries
/// the engine's hot spot. Lehmer works on the leading 62 bits with machine integers and
/// applies the accumulated cofactors to the big numbers once per ~30 quotient steps.
enum GCD {
    static func of(_ x: BigUInt, _ y: BigUInt) -> BigUInt {
        var u = x, v = y
        if u < v { swap(&u, &v) }
        while v.words.count > 1 {
            // Two words each: the engine's own weights mostly are. Machine arithmetic on
            // 128 bits instead of BigInt cofactors, which cost an allocation per step.
            if u.words.count == 2 { return narrow(binary(wide(u), wide(v))) }
            let shift = u.bitWidth - 62
            var uHat = Int(truncatingIfNeeded: UInt64(u >> shift))
            var vHat = Int(truncatingIfNeeded: UInt64(v >> shift))
            var a = 1, b = 0, c = 0, d = 1
            while true {
                let vc = vHat + c, vd = vHat + d
                if vc <= 0 || vd <= 0 { break }
                let q = (uHat + a) / vc
                if q != (uHat + b) / vd { break }
                (a, c) = (c, a - q * c)
                (b, d) = (d, b - q * d)
                (uHat, vHat) = (vHat, uHat - q * vHat)
            }
            if b == 0 {
                (u, v) = (v, u % v)
            } else {
                let bu = BigInt(u), bv = BigInt(v)
                let nu = word(a) * bu + word(b) * bv
                let nv = word(c) * bu + word(d) * bv
                u = nu.magnitude
                v = nv.magnitude
                if u < v { swap(&u, &v) }
            }
        }
        // v now fits in one machine word: one remainder, word by word, then machine arithmetic.
        if v.isZero { return u }
        let t = v.words[0]
        var r: UInt = 0
        for word in u.words.reversed() { r = t.dividingFullWidth((r, word)).remainder }
        return BigUInt(integerLiteral: UInt64(truncatingIfNeeded: binary(UInt128(r), UInt128(t))))
    }

    /// A machine integer as a BigInt through the literal initialisers, which BigInt's own
    /// module specialises: its generic ones cost ~1,300 instructions a call from here.
    static func word(_ x: Int) -> BigInt { BigInt(integerLiteral: Int64(x)) }

    static func wide(_ x: BigUInt) -> UInt128 {
        x.words.reversed().reduce(UInt128(0)) { $0 << 64 | UInt128($1) }
    }

    /// Stein's binary gcd on 128-bit machine integers.
    static func binary(_ a: UInt128, _ b: UInt128) -> UInt128 {
        if a == 0 { return b }
        if b == 0 { return a }
        let shift = (a | b).trailingZeroBitCount
        var u = a >> a.trailingZeroBitCount, v = b
        repeat {
            v >>= v.trailingZeroBitCount
            if u > v { swap(&u, &v) }
            v -= u
        } while v != 0
        return u << shift
    }

    static func narrow(_ x: UInt128) -> BigUInt {
        BigUInt(words: [UInt(truncatingIfNeeded: x), UInt(truncatingIfNeeded: x >> 64)])
    }
}
