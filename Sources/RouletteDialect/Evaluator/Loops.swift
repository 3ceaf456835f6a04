import CallbackModel

/// Racket's `for` loops over lists: `for`, `for/list`, `for/sum`, `for/fold` (one
/// accumulator), `for/pmf`. Clauses `[x lst]` run in parallel (as Racket's do), stopping at
/// the shortest list; `[(v p) lst]` takes each element apart (the pairs `in-pmf` gives).
/// A random list is taken apart as `map` does (`HigherOrder.overList`).
enum Loops {
    static let table: [String: SpecialForms.Form] = [
        "for": { (e, f, i, env) throws(DialectError) in
            try loop(e, f, i, env, "for") { (_, _) throws(DialectError) in .void }
        },
        "for/list": { (e, f, i, env) throws(DialectError) in
            try loop(e, f, i, env, "for/list") { (results, _) throws(DialectError) in
                try HigherOrder.makeList(e, results, at: f.position)
            }
        },
        "for/sum": { (e, f, i, env) throws(DialectError) in
            try loop(e, f, i, env, "for/sum") { (results, _) throws(DialectError) in
                guard let plus = Arithmetic.procedures.first(where: { $0.name == "+" }) else { return .void }
                return try e.apply(.procedure(plus), results, at: f.position)
            }
        },
        "for/fold": forFold,
        "for/pmf": forPmf,
    ]

    private struct Clause {
        let names: [String]  // one name, or the names an element is taken apart into
        let destructure: Bool
        let sequence: Value
        let position: SourcePosition
    }

    /// Parses `([x lst] …)`, evaluating each sequence once.
    private static func clauses(_ e: Evaluator, _ syntax: Syntax, _ env: Environment, _ name: String) throws(DialectError) -> [Clause] {
        guard let list = syntax.list else { throw DialectError("\(name) expects clauses ([name list] …)", at: syntax.position) }
        var out: [Clause] = []
        for c in list {
            guard let pair = c.list, pair.count == 2 else {
                throw DialectError("\(name) clause must be [name list] or [(name …) list]", at: c.position)
            }
            if let n = pair[0].symbol {
                out.append(Clause(names: [n], destructure: false, sequence: try e.eval(pair[1], env), position: c.position))
            } else if let parts = pair[0].list, !parts.isEmpty {
                var names: [String] = []
                for p in parts {
                    guard let n = p.symbol else { throw DialectError("\(name) clause names must be names", at: p.position) }
                    names.append(n)
                }
                out.append(Clause(names: names, destructure: true, sequence: try e.eval(pair[1], env), position: c.position))
            } else {
                throw DialectError("\(name) clause must be [name list] or [(name …) list]", at: c.position)
            }
        }
        return out
    }

    /// Runs the body once per element (in parallel over the clauses) and hands the body's
    /// values to `finish`.
    private static func loop(_ e: Evaluator, _ form: Syntax, _ items: [Syntax], _ env: Environment, _ name: String,
                             _ finish: ([Value], Int) throws(DialectError) -> Value) throws(DialectError) -> Value {
        guard items.count >= 3 else { throw DialectError("\(name) expects (\(name) ([name list] …) body…)", at: form.position) }
        let cs = try clauses(e, items[1], env, name)
        return try iterate(e, cs, env, name, at: form.position) { (count, frame) throws(DialectError) -> Value in
            var results: [Value] = []
            for i in 0..<count { results.append(try e.evalBody(Array(items.dropFirst(2)), try frame(i))) }
            return try finish(results, count)
        }
    }

    /// Hands `body` the number of iterations and a maker of each iteration's frame.
    private static func iterate(_ e: Evaluator, _ cs: [Clause], _ env: Environment, _ name: String, at position: SourcePosition,
                                _ body: (Int, (Int) throws(DialectError) -> Environment) throws(DialectError) -> Value) throws(DialectError) -> Value {
        try HigherOrder.overLists(e, cs.map(\.sequence), name, at: position) { (lists) throws(DialectError) -> Value in
            let count = lists.map(\.count).min() ?? 0
            return try body(count) { (i) throws(DialectError) -> Environment in
                try frame(e, cs, lists, i, env, name)
            }
        }
    }

    private static func frame(_ e: Evaluator, _ clauses: [Clause], _ lists: [[Value]], _ i: Int,
                              _ env: Environment, _ name: String) throws(DialectError) -> Environment {
        let frame = Environment(parent: env)
        for (c, list) in zip(clauses, lists) {
            let element = list[i]
            guard c.destructure else { frame.bind(c.names[0], element); continue }
            let count = c.names.count
            let position = c.position
            for (k, n) in c.names.enumerated() {
                let part = Operation(name: name, rule: .general, position: position) { args throws(DialectError) in
                    guard case .list(let items) = args[0], items.count == count else {
                        throw DialectError("\(name) clause expects lists of \(count) elements, got \(Printer().print(args[0]))", at: position)
                    }
                    return items[k]
                }
                frame.bind(n, try e.lift(part, [element]))
            }
        }
        return frame
    }

    /// `(for/fold ([acc init]) ([x lst] …) body…)`: the body's value is the next acc.
    private static func forFold(_ e: Evaluator, _ form: Syntax, _ items: [Syntax], _ env: Environment) throws(DialectError) -> Value {
        guard items.count >= 4, let accs = items[1].list, accs.count == 1, let acc = accs[0].list, acc.count == 2, let accName = acc[0].symbol else {
            throw DialectError("for/fold expects (for/fold ([acc init]) ([name list] …) body…) with one accumulator", at: form.position)
        }
        var value = try e.eval(acc[1], env)
        let cs = try clauses(e, items[2], env, "for/fold")
        let start = value
        return try iterate(e, cs, env, "for/fold", at: form.position) { (count, frameAt) throws(DialectError) -> Value in
            value = start
            for i in 0..<count {
                let frame = try frameAt(i)
                frame.bind(accName, value)
                value = try e.evalBody(Array(items.dropFirst(3)), frame)
            }
            return value
        }
    }

    /// `(for/pmf ([x lst] …) body… (values v p))`: the pmf giving each v the sum of its p.
    /// Values and weights must be plain (not random); weights are not normalised (Roulette's
    /// pmf does not normalise either).
    private static func forPmf(_ e: Evaluator, _ form: Syntax, _ items: [Syntax], _ env: Environment) throws(DialectError) -> Value {
        guard items.count >= 3, let last = items.last?.list, last.count == 3, last[0].symbol == "values" else {
            throw DialectError("for/pmf expects (for/pmf ([name list] …) body… (values value probability))", at: form.position)
        }
        let cs = try clauses(e, items[1], env, "for/pmf")
        return try iterate(e, cs, env, "for/pmf", at: form.position) { (count, frameAt) throws(DialectError) -> Value in
            var entries: [(value: Datum, probability: Rational)] = []
            for i in 0..<count {
                let frame = try frameAt(i)
                let before = Array(items.dropFirst(2).dropLast())
                if !before.isEmpty { _ = try e.evalBody(before, frame) }
                let v = try e.eval(last[1], frame)
                let p = try e.eval(last[2], frame)
                guard case .datum(let value) = v, case .datum(.number(let weight)) = p, !weight.value.isNegative else {
                    throw DialectError("for/pmf expects plain values and non-negative numbers as weights", at: last[0].position)
                }
                entries.append((value, weight.value))
            }
            return .datum(.pmf(Pmf(entries)))
        }
    }
}
