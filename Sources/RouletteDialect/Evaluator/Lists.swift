import CallbackModel

/// Lists: `list`, `range`, `remove`, `length`.
enum Lists {
    /// Longest list `range` builds.
    static let maxRange = 1_000_000

    static var procedures: [Procedure] { [
        Builtins.lifted("list", 0...Int.max) { args, _ in .list(args) },
        Builtins.lifted("length", 1...1) { args, at throws(DialectError) in
            .exact(Rational(try Builtins.list(args[0], "length", at).count))
        },
        Builtins.lifted("remove", 2...2) { args, at throws(DialectError) in
            var items = try Builtins.list(args[1], "remove", at)
            if let i = items.firstIndex(of: args[0]) { items.remove(at: i) }
            return .list(items)
        },
        Builtins.lifted("range", 1...2) { args, at throws(DialectError) in
            let ns = try Arithmetic.numbers("range", args, at)
            guard ns.allSatisfy({ $0.value.isInteger }) else { throw DialectError("range expects integers", at: at) }
            let (start, end) = ns.count == 1 ? (Rational.zero, ns[0].value) : (ns[0].value, ns[1].value)
            guard !(end < start) else { return .list([]) }
            guard let first = Int(exactly: start.numerator), end - start <= Rational(maxRange),
                  let count = Int(exactly: (end - start).numerator) else {
                throw DialectError("range would hold more than \(maxRange) numbers", at: at)
            }
            return .list((0..<count).map { .exact(Rational(first + $0)) })
        },
    ] }
}
