import CallbackModel

/// Numbers: exact rationals; an inexact operand (from `exact->inexact`) makes the result inexact.
enum Arithmetic {
    /// Largest number a program may build, in bits of numerator plus denominator
    /// (about 30,000 decimal digits): repeated squaring would otherwise eat all memory.
    static let maxBits = 100_000
    static let maxDigitsText = "30,000"

    static var procedures: [Procedure] { [
        Builtins.lifted("+", 0...Int.max) { args, at throws(DialectError) in try fold("+", args, at, .zero, +) },
        Builtins.lifted("*", 0...Int.max) { args, at throws(DialectError) in try fold("*", args, at, .one, *) },
        Builtins.lifted("-", 1...Int.max) { args, at throws(DialectError) in
            let ns = try numbers("-", args, at)
            if ns.count == 1 { return make(-ns[0].value, ns) }
            return try fold("-", args, at, ns[0].value, -, skipFirst: true)
        },
        Builtins.lifted("/", 1...Int.max) { args, at throws(DialectError) in
            let ns = try numbers("/", args, at)
            let divisors = ns.count == 1 ? ns : Array(ns.dropFirst())
            guard divisors.allSatisfy({ !$0.value.isZero }) else { throw DialectError("/: division by zero", at: at) }
            if ns.count == 1 { return make(ns[0].value.reciprocal, ns) }
            return try fold("/", args, at, ns[0].value, /, skipFirst: true)
        },
        Builtins.lifted("modulo", 2...2) { args, at throws(DialectError) in
            let ns = try numbers("modulo", args, at)
            guard ns.allSatisfy({ $0.value.isInteger }) else { throw DialectError("modulo expects integers", at: at) }
            guard !ns[1].value.isZero else { throw DialectError("modulo: division by zero", at: at) }
            let (a, b) = (ns[0].value, ns[1].value)
            // Racket: the result has the sign of the divisor.
            return make(a - b * Rational((a / b).floor), ns)
        },
        integerDivision("quotient") { a, b in Rational(a.numerator / b.numerator) },
        // Racket: the remainder has the sign of the dividend.
        integerDivision("remainder") { a, b in Rational(a.numerator - b.numerator * (a.numerator / b.numerator)) },
        Builtins.lifted("add1", 1...1) { args, at throws(DialectError) in try fold("add1", args, at, .one, +) },
        Builtins.lifted("sub1", 1...1) { args, at throws(DialectError) in
            let ns = try numbers("sub1", args, at)
            return make(ns[0].value - .one, ns)
        },
        Builtins.lifted("abs", 1...1) { args, at throws(DialectError) in
            let ns = try numbers("abs", args, at)
            return make(ns[0].value.isNegative ? -ns[0].value : ns[0].value, ns)
        },
        Builtins.lifted("max", 1...Int.max) { args, at throws(DialectError) in
            let ns = try numbers("max", args, at)
            return make(ns.map(\.value).max()!, ns)
        },
        Builtins.lifted("min", 1...Int.max) { args, at throws(DialectError) in
            let ns = try numbers("min", args, at)
            return make(ns.map(\.value).min()!, ns)
        },
        test("zero?") { $0.isZero },
        test("positive?") { !$0.isNegative && !$0.isZero },
        test("negative?") { $0.isNegative },
        integerTest("even?") { ($0.numerator % 2).isZero },
        integerTest("odd?") { !($0.numerator % 2).isZero },
        Builtins.lifted("number?", 1...1) { args, _ in if case .number = args[0] { .boolean(true) } else { .boolean(false) } },
        Builtins.lifted("=", 1...Int.max, rule: .numericEqual) { args, at throws(DialectError) in try compare("=", args, at) { $0 == $1 } },
        Builtins.lifted("<", 1...Int.max) { args, at throws(DialectError) in try compare("<", args, at) { $0 < $1 } },
        Builtins.lifted(">", 1...Int.max) { args, at throws(DialectError) in try compare(">", args, at) { $1 < $0 } },
        Builtins.lifted("<=", 1...Int.max) { args, at throws(DialectError) in try compare("<=", args, at) { !($1 < $0) } },
        Builtins.lifted(">=", 1...Int.max) { args, at throws(DialectError) in try compare(">=", args, at) { !($0 < $1) } },
        Builtins.lifted("exact->inexact", 1...1) { args, at throws(DialectError) in
            .number(Number(try numbers("exact->inexact", args, at)[0].value, isExact: false))
        },
        Builtins.lifted("real->decimal-string", 1...2) { args, at throws(DialectError) in
            let ns = try numbers("real->decimal-string", args, at)
            var places = 2
            if ns.count == 2 {
                guard ns[1].value.isInteger, !ns[1].value.isNegative, ns[1].value < Rational(1000), let p = Int(exactly: ns[1].value.numerator) else {
                    throw DialectError("real->decimal-string: digits must be a whole number from 0 to 999", at: at)
                }
                places = p
            }
            return .string(decimalString(ns[0].value, places: places))
        },
    ] }

    /// `quotient`/`remainder`: integers, truncating towards zero.
    private static func integerDivision(_ name: String, _ f: @escaping @Sendable (Rational, Rational) -> Rational) -> Procedure {
        Builtins.lifted(name, 2...2) { args, at throws(DialectError) in
            let ns = try numbers(name, args, at)
            guard ns.allSatisfy({ $0.value.isInteger }) else { throw DialectError("\(name) expects integers", at: at) }
            guard !ns[1].value.isZero else { throw DialectError("\(name): division by zero", at: at) }
            return make(f(ns[0].value, ns[1].value), ns)
        }
    }

    private static func test(_ name: String, _ holds: @escaping @Sendable (Rational) -> Bool) -> Procedure {
        Builtins.lifted(name, 1...1) { args, at throws(DialectError) in .boolean(holds(try numbers(name, args, at)[0].value)) }
    }

    private static func integerTest(_ name: String, _ holds: @escaping @Sendable (Rational) -> Bool) -> Procedure {
        Builtins.lifted(name, 1...1) { args, at throws(DialectError) in
            let n = try numbers(name, args, at)[0].value
            guard n.isInteger else { throw DialectError("\(name) expects an integer", at: at) }
            return .boolean(holds(n))
        }
    }

    static func numbers(_ name: String, _ args: [Datum], _ at: SourcePosition) throws(DialectError) -> [Number] {
        var out: [Number] = []
        for a in args {
            guard case .number(let n) = a else { throw DialectError("\(name) expects numbers, got \(a.typeName)", at: at) }
            out.append(n)
        }
        return out
    }

    private static func make(_ value: Rational, _ operands: [Number]) -> Datum {
        .number(Number(value, isExact: operands.allSatisfy(\.isExact)))
    }

    /// Applies `f` left to right, stopping as soon as a partial result grows past `maxBits`.
    private static func fold(_ name: String, _ args: [Datum], _ at: SourcePosition, _ start: Rational,
                             _ f: (Rational, Rational) -> Rational, skipFirst: Bool = false) throws(DialectError) -> Datum {
        let ns = try numbers(name, args, at)
        var value = start
        for n in skipFirst ? ns.dropFirst() : ns[...] {
            value = f(value, n.value)
            try checkSize(value, name, at)
        }
        return make(value, ns)
    }

    static func checkSize(_ value: Rational, _ name: String, _ at: SourcePosition) throws(DialectError) {
        guard value.numerator.bitWidth + value.denominator.bitWidth <= maxBits else {
            throw DialectError("\(name): number too large to compute exactly (more than about \(maxDigitsText) digits)", at: at)
        }
    }

    private static func compare(_ name: String, _ args: [Datum], _ at: SourcePosition,
                                _ holds: (Rational, Rational) -> Bool) throws(DialectError) -> Datum {
        let ns = try numbers(name, args, at)
        return .boolean(zip(ns, ns.dropFirst()).allSatisfy { holds($0.value, $1.value) })
    }

    /// Racket's `real->decimal-string`: exactly `places` digits, rounding half to even,
    /// a minus sign whenever the number is negative.
    static func decimalString(_ value: Rational, places: Int) -> String {
        let scale = Rational(10).power(places)
        let scaled = value.magnitude * scale
        var whole = Rational(scaled.floor)
        let remainder = scaled - whole
        let half = Rational(1, 2)
        if half < remainder || (remainder == half && !(whole / 2).isInteger) { whole += 1 }
        let intPart = Rational((whole / scale).floor)
        let fraction = (whole - intPart * scale).description
        let padded = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
        return (value.isNegative ? "-" : "") + intPart.description + "." + (places == 0 ? "" : padded)
    }
}
