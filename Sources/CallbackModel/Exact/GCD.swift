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
                let nu = BigInt(a) * bu + BigInt(b) * bv
                let nv = BigInt(c) * bu + BigInt(d) * bv
                u = nu.magnitude
                v = nv.magnitude
                if u < v { swap(&u, &v) }
            }
        }
        // v now fits in one machine word: one big remainder, then machine arithmetic.
        if v.isZero { return u }
        var s = UInt64(u % v), t = UInt64(v)
        while s != 0 { (s, t) = (t % s, s) }
        return BigUInt(t)
    }
}
