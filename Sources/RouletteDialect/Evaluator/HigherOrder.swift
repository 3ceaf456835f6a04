import CallbackModel

/// Procedures that call procedures: `map`, `for-each`, `foldl`, `foldr`, `filter`,
/// `andmap`, `ormap`, `apply`. A procedure cannot be a node of the DAG, so a random list
/// is taken apart first (`HigherOrder.overList`): a list built by `list`/`cons` element by
/// element is walked with its (possibly random) elements; any other random list is split
/// world by world over its possible values, exactly as an `if` on each would be.
enum HigherOrder {
    /// Most possible values of a random list that is split world by world.
    static let maxSplit = 1_000

    static var procedures: [Procedure] { [
        Procedure(name: "map", arity: 2...Int.max, body: .builtin { (e, args, position) throws(DialectError) -> Value in
            try overLists(e, Array(args.dropFirst()), "map", at: position) { (lists) throws(DialectError) -> Value in
                var results: [Value] = []
                for i in 0..<(try sameLength(lists, "map", at: position)) {
                    results.append(try e.apply(args[0], lists.map { $0[i] }, at: position))
                }
                return try makeList(e, results, at: position)
            }
        }),
        Procedure(name: "for-each", arity: 2...Int.max, body: .builtin { (e, args, position) throws(DialectError) -> Value in
            try overLists(e, Array(args.dropFirst()), "for-each", at: position) { (lists) throws(DialectError) -> Value in
                for i in 0..<(try sameLength(lists, "for-each", at: position)) {
                    _ = try e.apply(args[0], lists.map { $0[i] }, at: position)
                }
                return .void
            }
        }),
        // (foldl f init l) calls (f x acc) from the left; foldr from the right.
        fold("foldl", fromLeft: true),
        fold("foldr", fromLeft: false),
        Procedure(name: "filter", arity: 2...2, body: .builtin { (e, args, position) throws(DialectError) -> Value in
            try overList(e, args[1], "filter", at: position) { (items) throws(DialectError) -> Value in
                // From the right: keep x in front of the rest in the worlds where (f x) holds.
                var kept = Value.datum(.list([]))
                for x in items.reversed() {
                    let test = try e.apply(args[0], [x], at: position)
                    let rest = kept
                    kept = try SpecialForms.choose(e, test, at: position,
                                                   then: { () throws(DialectError) in try cons(e, x, rest, at: position) },
                                                   else: { rest })
                }
                return kept
            }
        }),
        Procedure(name: "andmap", arity: 2...2, body: .builtin { (e, args, position) throws(DialectError) -> Value in
            try overList(e, args[1], "andmap", at: position) { (items) throws(DialectError) -> Value in
                func from(_ i: Int) throws(DialectError) -> Value {
                    guard i < items.count else { return .boolean(true) }
                    let v = try e.apply(args[0], [items[i]], at: position)
                    if i == items.count - 1 { return v }
                    return try SpecialForms.choose(e, v, at: position, then: { () throws(DialectError) in try from(i + 1) }, else: { .boolean(false) })
                }
                return try from(0)
            }
        }),
        Procedure(name: "ormap", arity: 2...2, body: .builtin { (e, args, position) throws(DialectError) -> Value in
            try overList(e, args[1], "ormap", at: position) { (items) throws(DialectError) -> Value in
                func from(_ i: Int) throws(DialectError) -> Value {
                    guard i < items.count else { return .boolean(false) }
                    let v = try e.apply(args[0], [items[i]], at: position)
                    if i == items.count - 1 { return v }
                    return try SpecialForms.or(e, v, at: position) { () throws(DialectError) in try from(i + 1) }
                }
                return try from(0)
            }
        }),
        // (apply f a … l): f called with a … and the elements of l.
        Procedure(name: "apply", arity: 2...Int.max, body: .builtin { (e, args, position) throws(DialectError) -> Value in
            try overList(e, args[args.count - 1], "apply", at: position) { (items) throws(DialectError) -> Value in
                try e.apply(args[0], Array(args.dropFirst().dropLast()) + items, at: position)
            }
        }),
    ] }

    private static func fold(_ name: String, fromLeft: Bool) -> Procedure {
        Procedure(name: name, arity: 3...Int.max, body: .builtin { (e, args, position) throws(DialectError) -> Value in
            try overLists(e, Array(args.dropFirst(2)), name, at: position) { (lists) throws(DialectError) -> Value in
                let n = try sameLength(lists, name, at: position)
                var acc = args[1]
                for i in fromLeft ? Array(0..<n) : (0..<n).reversed() {
                    acc = try e.apply(args[0], lists.map { $0[i] } + [acc], at: position)
                }
                return acc
            }
        })
    }

    private static func sameLength(_ lists: [[Value]], _ name: String, at position: SourcePosition) throws(DialectError) -> Int {
        let n = lists.first?.count ?? 0
        guard lists.allSatisfy({ $0.count == n }) else {
            throw DialectError("\(name): all lists must have the same length", at: position)
        }
        return n
    }

    /// A list of values, random or not: `(list v …)`.
    static func makeList(_ e: Evaluator, _ items: [Value], at position: SourcePosition) throws(DialectError) -> Value {
        let op = Operation(name: "list", rule: .general, position: position) { .list($0) }
        return try e.lift(op, items)
    }

    static func cons(_ e: Evaluator, _ x: Value, _ rest: Value, at position: SourcePosition) throws(DialectError) -> Value {
        let op = Operation(name: "cons", rule: .general, position: position) { args throws(DialectError) in
            guard case .list(let items) = args[1] else {
                throw DialectError("cons expects a list second (pairs are not supported), got \(args[1].typeName)", at: position)
            }
            return .list([args[0]] + items)
        }
        return try e.lift(op, [x, rest])
    }

    /// The elements of a list whose length is known: a plain list, or a random value built
    /// by `list` or `cons` onto such a list; nil for any other random value.
    static func elements(_ v: Value) -> [Value]? {
        switch v {
        case .datum(.list(let items)): return items.map { .datum($0) }
        case .random(let r):
            guard case .apply(let op, let operands) = r.kind, op.rule == .general else { return nil }
            let values = operands.map { (o: RandomValue.Operand) -> Value in
                switch o {
                case .constant(let d): .datum(d)
                case .random(let r): .random(r)
                }
            }
            if op.name == "list" { return values }
            if op.name == "cons", values.count == 2, let rest = elements(values[1]) { return [values[0]] + rest }
            return nil
        default: return nil
        }
    }

    /// Runs `body` on the elements of a list argument, splitting on the possible values of
    /// a random list whose length is not known.
    static func overList(_ e: Evaluator, _ list: Value, _ name: String, at position: SourcePosition,
                         _ body: ([Value]) throws(DialectError) -> Value) throws(DialectError) -> Value {
        if let items = elements(list) { return try body(items) }
        switch list {
        case .procedure(let p): throw DialectError("\(name) expects a list, got the procedure \(p.name)", at: position)
        case .datum(let d): throw DialectError("\(name) expects a list, got \(d.typeName)", at: position)
        case .random(let r):
            let outcomes = try e.unconditional(r, at: position).outcomes
            guard outcomes.count <= maxSplit else {
                throw DialectError("\(name): a random list with more than \(maxSplit) possible values", at: position)
            }
            var lists: [[Value]] = []
            for o in outcomes {
                guard case .list(let items) = o else {
                    throw DialectError("\(name) expects a list, got \(o.typeName) in some worlds", at: position)
                }
                lists.append(items.map { .datum($0) })
            }
            func from(_ i: Int) throws(DialectError) -> Value {
                if i == outcomes.count - 1 { return try body(lists[i]) }
                let same = Operation(name: name, rule: .equal, position: position) { .boolean($0[0] == $0[1]) }
                let test = try e.lift(same, [list, .datum(outcomes[i])])
                return try SpecialForms.choose(e, test, at: position,
                                               then: { () throws(DialectError) in try body(lists[i]) },
                                               else: { () throws(DialectError) in try from(i + 1) })
            }
            return try from(0)
        }
    }

    /// `overList` for several lists at once.
    static func overLists(_ e: Evaluator, _ lists: [Value], _ name: String, at position: SourcePosition,
                          _ body: ([[Value]]) throws(DialectError) -> Value) throws(DialectError) -> Value {
        func from(_ i: Int, _ done: [[Value]]) throws(DialectError) -> Value {
            guard i < lists.count else { return try body(done) }
            return try overList(e, lists[i], name, at: position) { (items) throws(DialectError) -> Value in try from(i + 1, done + [items]) }
        }
        return try from(0, [])
    }
}
