import BigInt
import CallbackModel

/// HAProxy `backend NAME` (or `listen NAME`): its servers, `balance`, `hash-type` and
/// `cookie`, with those three inherited from the `defaults` section above it.
enum HAProxyReader {
    static let inert: [String: String] = [
        "mode": "the protocol the backend speaks",
        "option": "a connection or health-check option",
        "timeout": "a timeout",
        "http-request": "rewrites or filters requests",
        "http-response": "rewrites responses",
        "http-after-response": "rewrites responses",
        "http-check": "a health check",
        "tcp-check": "a health check",
        "tcp-request": "filters connections",
        "tcp-response": "filters responses",
        "http-reuse": "reuses connections to the servers",
        "retries": "HAProxy retries a connection that fails, not a callback whose order is missing (the provider's retries are --retries)",
        "retry-on": "HAProxy retries a connection that fails, not a callback whose order is missing (the provider's retries are --retries)",
        "log": "logging",
        "acl": "a condition for other rules",
        "errorfile": "an error page",
        "compression": "compression",
        "fullconn": "a connection limit",
        "maxconn": "a connection limit",
        "description": "a description",
        "id": "an identifier",
        "stick-table": "a table for stickiness rules, which this import does not model",
    ]

    /// What `defaults` passes on to the backends below it.
    struct Inherited {
        var balance: [Word]?
        var hashType: [Word]?
        var cookie: [Word]?
        /// A `default-server` line sets the weight of every server below it, in the backends too.
        var defaultServer: [Word]?
    }

    static func read(_ source: String, backend wanted: String?, flag: String = "--backend") throws(ImportError) -> ImportedConfig {
        let sections: [HAProxySection]
        do { sections = try HAProxySyntax.parse(source) } catch { throw .malformed(error) }
        var found: [(name: String, item: (HAProxySection, Inherited))] = []
        var inherited = Inherited()
        for section in sections {
            switch section.keyword.text {
            case "defaults":
                inherited = Inherited()
                for words in section.lines {
                    switch words[0].text {
                    case "balance": inherited.balance = words
                    case "hash-type": inherited.hashType = words
                    case "cookie": inherited.cookie = words
                    case "default-server": inherited.defaultServer = words
                    default: break
                    }
                }
            case "backend", "listen":
                guard let name = section.name else {
                    throw .malformed(ConfigProblem(line: section.keyword.line, column: section.keyword.column, "'\(section.keyword.text)' needs a name"))
                }
                found.append((name.text, (section, inherited)))
            default: break
            }
        }
        let line = sections.first?.keyword.line ?? 1
        let (name, picked) = try Selection.pick(found, named: wanted, kind: .haproxy, flag: flag, line: line)
        do { return try backend(name, picked.0, picked.1) } catch { throw .malformed(error) }
    }

    private static func backend(_ name: String, _ section: HAProxySection, _ inherited: Inherited) throws(ConfigProblem) -> ImportedConfig {
        var notes: [ImportNote] = []
        var servers: [ListedServer] = []
        var balance = inherited.balance, hashType = inherited.hashType, cookie = inherited.cookie
        var defaultWeight = BigInt(1)
        func text(_ words: [Word]) -> String { words.map(\.text).joined(separator: " ") }
        if let inheritedDefault = inherited.defaultServer {
            if let w = try weight(in: inheritedDefault) { defaultWeight = w }
            notes.append(ImportNote(line: inheritedDefault[0].line, directive: "defaults: " + text(inheritedDefault),
                                    reading: "the default weight of the servers of this backend is \(defaultWeight); its other settings do not change where callbacks land"))
        }
        for words in section.lines {
            let keyword = words[0]
            let note = { (reading: String) in notes.append(ImportNote(line: keyword.line, directive: text(words), reading: reading)) }
            switch keyword.text {
            case "server":
                let (server, reading) = try self.server(words, defaultWeight: defaultWeight)
                servers += server
                note(reading)
            case "server-template":
                let (server, reading) = try template(words, defaultWeight: defaultWeight)
                servers += server
                note(reading)
            case "default-server":
                if let w = try weight(in: words) { defaultWeight = w }
                note("the default weight of the servers below it is \(defaultWeight); its other settings do not change where callbacks land")
            case "balance":
                // HAProxy lets the last `balance` of a section win: the earlier one only gets this note.
                if let earlier = balance, earlier[0].line >= section.keyword.line {
                    notes.append(ImportNote(line: earlier[0].line, directive: text(earlier),
                                            reading: "overridden: the 'balance' on line \(keyword.line) replaces it"))
                }
                balance = words
            case "hash-type": hashType = words
            case "cookie": cookie = words
            case "stick", "stick-store-request", "stick-store-response", "stick-match":
                note("ignored: stick tables are not modelled (a stickiness learned from the user's requests does not follow the provider's callback unless it is keyed on the order id)")
            default:
                if let why = inert[keyword.text] {
                    note("no effect on where callbacks land: \(why)")
                } else {
                    note("ignored: not a directive this import reads")
                }
            }
        }
        let hashing = try self.hashing(hashType, in: section, note: { notes.append($0) })
        let balancing = try self.balancing(balance, hashing: hashing, in: section, note: { notes.append($0) })
        if let cookie {
            notes.append(ImportNote(line: cookie[0].line, directive: (cookie[0].line < section.keyword.line ? "defaults: " : "") + text(cookie),
                                    reading: "no affinity for callbacks: the cookie lives in the user's browser and the provider's callback carries none, so the callback is balanced as a new client"))
        }
        notes = notes.enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }.map(\.element)
        let (pools, classNotes) = try ServerGrouping.classes(servers, unitName: name, at: section.keyword.line)
        return ImportedConfig(kind: .haproxy, name: name, pools: pools, routing: balancing.routing, strategy: balancing.strategy,
                              hashing: balancing.hashing, notes: notes + classNotes)
    }

    /// `hash-type map-based|consistent [function] [modifier]`; map-based when absent.
    private static func hashing(_ words: [Word]?, in section: HAProxySection, note: (ImportNote) -> Void) throws(ConfigProblem) -> Hashing {
        guard let words else { return .modulo }
        guard words.count >= 2 else { throw ConfigProblem(line: words[0].line, column: words[0].column, "'hash-type' needs map-based or consistent") }
        let hashing: Hashing
        switch words[1].text {
        case "map-based": hashing = .modulo
        case "consistent": hashing = .consistent
        default:
            throw ConfigProblem(line: words[1].line, column: words[1].column, "hash-type '\(Echo.safe(words[1].text))' is unknown: allowed map-based, consistent")
        }
        let prefix = words[0].line < section.keyword.line ? "defaults: " : ""
        note(ImportNote(line: words[0].line, directive: prefix + words.map(\.text).joined(separator: " "),
                        reading: hashing == .modulo ? "a hash picks a server by hash mod the servers' total weight (modulo hashing): used by a hash-based balance"
                                                    : "a hash picks a server on a ring (consistent hashing): used by a hash-based balance"))
        return hashing
    }

    /// `balance ALGORITHM [arguments]`; roundrobin when absent.
    private static func balancing(_ words: [Word]?, hashing: Hashing, in section: HAProxySection, note: (ImportNote) -> Void) throws(ConfigProblem) -> Balancing {
        guard let words else {
            note(ImportNote(line: section.keyword.line, directive: "\(section.keyword.text) \(section.name?.text ?? "")",
                            reading: "no balance line, so roundrobin (HAProxy's default): read as an independent choice per request by the weights (the model's assumption)"))
            return Balancing()
        }
        guard words.count >= 2 else { throw ConfigProblem(line: words[0].line, column: words[0].column, "'balance' needs an algorithm") }
        let algorithm = words[1].text
        func say(_ reading: String) {
            let prefix = words[0].line < section.keyword.line ? "defaults: " : ""
            note(ImportNote(line: words[0].line, directive: prefix + words.map(\.text).joined(separator: " "), reading: reading))
        }
        func keyed(_ key: HashKey, absent: String) -> Balancing {
            let method = hashing == .consistent ? "consistent hashing" : "modulo hashing (map-based)"
            switch key {
            case .orderID(let rule):
                say("affinity with \(method): \(rule); every attempt of a callback reaches the server the order's id maps to")
                return Balancing(routing: .perRequest, strategy: .affinity, hashing: hashing)
            case .provider(let why):
                say("pinned: \(why), so every attempt of a callback lands on one server (chosen by the weights) and retries do not help")
                return Balancing(routing: .providerAddress)
            case .cookie, .unknown:
                say("read as per request: \(absent), and HAProxy balances a request without it round robin; if the callback does carry the order id there, add --strategy affinity")
                return Balancing()
            }
        }
        switch algorithm {
        case _ where ["roundrobin", "static-rr", "leastconn", "random"].contains(algorithm) || algorithm.hasPrefix("random("):
            say("read as an independent choice per request by the weights (the model's assumption); the server holding the order is no likelier than its weight")
            return Balancing()
        case "first":
            say("warning: 'first' fills the servers in order (the first until its maxconn, then the next), not by weight; read as an independent choice per request by the weights, which is the model's assumption and not what 'first' does")
            return Balancing()
        case "source":
            say("pinned by the caller's address, and a callback's caller is the provider: every attempt of a callback lands on the one server its address maps to (chosen by the weights), so retries do not help")
            return Balancing(routing: .providerAddress)
        case "uri":
            return keyed(.orderID(rule: "the callback's URI is assumed to hold the order id (e.g. /callbacks/ORDER_ID); if the URI is the same for every order, every callback lands on one server"), absent: "")
        case "url_param":
            guard words.count >= 3 else { throw ConfigProblem(line: words[1].line, column: words[1].column, "'balance url_param' needs a parameter name") }
            let parameter = Echo.safe(words[2].text)
            return keyed(HashKey.queryParameter(words[2].text), absent: "query parameter \(parameter) is not named …id, so the callback is taken not to carry it")
        case _ where algorithm.hasPrefix("hdr(") && algorithm.hasSuffix(")"):
            let header = String(algorithm.dropFirst(4).dropLast())
            return keyed(HashKey.header(header), absent: "cannot tell whether the provider sends header \(Echo.safe(header)) with the order id")
        case _ where algorithm.hasPrefix("rdp-cookie"):
            return keyed(.cookie, absent: "the provider's callback carries no RDP cookie")
        case "hash":
            let expression = words.dropFirst(2).map(\.text).joined(separator: " ")
            let key: HashKey = expression.lowercased().contains("order") ? .orderID(rule: "the expression \(Echo.safe(expression)) names the order")
                : expression.hasPrefix("src") ? .provider(why: "src is the caller's address, and a callback's caller is the provider") : .unknown
            return keyed(key, absent: "cannot tell whether \(Echo.safe(expression)) carries the order id")
        default:
            throw ConfigProblem(line: words[1].line, column: words[1].column,
                                "balance '\(Echo.safe(algorithm))' is unknown: allowed roundrobin, static-rr, leastconn, random, first, source, uri, url_param, hdr(NAME), rdp-cookie, hash")
        }
    }

    /// The value after `weight`, if any: 0 … 256 as HAProxy allows.
    private static func weight(in words: [Word]) throws(ConfigProblem) -> BigInt? {
        guard let i = words.firstIndex(where: { $0.text == "weight" }) else { return nil }
        guard i + 1 < words.count, let w = Int(words[i + 1].text), (0 ... 256).contains(w), words[i + 1].text.allSatisfy(\.isASCII) else {
            let at = i + 1 < words.count ? words[i + 1] : words[i]
            throw ConfigProblem(line: at.line, column: at.column, "weight must be a whole number from 0 to 256")
        }
        return BigInt(w)
    }

    /// `server NAME ADDRESS [weight N] [backup] [disabled] [other parameters]`.
    private static func server(_ words: [Word], defaultWeight: BigInt) throws(ConfigProblem) -> ([ListedServer], String) {
        guard words.count >= 3 else { throw ConfigProblem(line: words[0].line, column: words[0].column, "'server' needs a name and an address") }
        return try listed(words, address: words[1].text, count: 1, defaultWeight: defaultWeight)
    }

    /// `server-template PREFIX NUM|FIRST-LAST ADDRESS [parameters]`: NUM servers alike,
    /// named PREFIX1 … PREFIXNUM (or PREFIXFIRST … PREFIXLAST).
    private static func template(_ words: [Word], defaultWeight: BigInt) throws(ConfigProblem) -> ([ListedServer], String) {
        guard words.count >= 4 else { throw ConfigProblem(line: words[0].line, column: words[0].column, "'server-template' needs a prefix, a count and an address") }
        let bounds = words[2].text.split(separator: "-", omittingEmptySubsequences: false).map { BigInt(String($0)) }
        let first: BigInt, last: BigInt
        if bounds.count == 1, let n = bounds[0], n >= 1 {
            (first, last) = (1, n)
        } else if bounds.count == 2, let a = bounds[0], let b = bounds[1], a >= 1, b >= a {
            (first, last) = (a, b)
        } else {
            throw ConfigProblem(line: words[2].line, column: words[2].column, "'\(Echo.safe(words[2].text))' is not a count or a range FIRST-LAST")
        }
        guard last - first < Parameters.maxServers, words[2].text.allSatisfy(\.isASCII) else {
            throw ConfigProblem(line: words[2].line, column: words[2].column, "'\(Echo.safe(words[2].text))' is more than \(Rational.grouped(Parameters.maxServers)) servers")
        }
        let prefix = words[1].text
        let address = first == last ? "\(prefix)\(first)" : "\(prefix)\(first)…\(prefix)\(last)"
        return try listed(words, address: address, count: last - first + 1, defaultWeight: defaultWeight)
    }

    private static func listed(_ words: [Word], address: String, count: BigInt, defaultWeight: BigInt) throws(ConfigProblem) -> ([ListedServer], String) {
        let weight = try self.weight(in: words) ?? defaultWeight
        var others: [String] = []
        var skip = false
        for w in words.dropFirst(3) {
            if skip { skip = false; continue }
            if w.text == "weight" { skip = true; continue }
            if w.text != "backup" && w.text != "disabled" { others.append(w.text) }
        }
        let rest = others.isEmpty ? "" : "; its other parameters (\(others.map(Echo.safe).joined(separator: " "))) do not change where callbacks land"
        let servers = count == 1 ? "a server" : "\(count) servers"
        if words.contains(where: { $0.text == "disabled" }) { return ([], "excluded: disabled, it takes no traffic" + rest) }
        if words.contains(where: { $0.text == "backup" }) {
            return ([], "excluded: a backup server takes traffic only when every other server is down" + rest)
        }
        if weight == 0 { return ([], "excluded: weight 0 takes no new traffic" + rest) }
        return ([ListedServer(address: address, weight: weight, count: count)], "\(servers) of weight \(weight)" + rest)
    }
}
