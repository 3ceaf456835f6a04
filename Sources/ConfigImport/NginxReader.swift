import BigInt
import CallbackModel

/// nginx `upstream NAME { … }` (http or stream): its servers and its balancing method.
enum NginxReader {
    /// Directives of an upstream block that do not change where a callback lands.
    static let inert: [String: String] = [
        "keepalive": "keeps connections open to the servers; requests are still balanced one by one",
        "keepalive_requests": "a connection setting",
        "keepalive_time": "a connection setting",
        "keepalive_timeout": "a connection setting",
        "zone": "shares the upstream's state between worker processes",
        "resolver": "how server names are resolved",
        "resolver_timeout": "how server names are resolved",
        "queue": "how long requests wait when every server is at max_conns",
        "ntlm": "keeps NTLM connections to one server; callbacks do not authenticate with NTLM",
        "state": "servers kept in a state file are not read: list them with 'server' to count them",
    ]

    static func read(_ source: String, upstream wanted: String?, flag: String = "--upstream") throws(ImportError) -> ImportedConfig {
        let top: [NginxDirective]
        do { top = try NginxSyntax.parse(source) } catch { throw .malformed(error) }
        var found: [(name: String, item: NginxDirective)] = []
        do { try collect(top, into: &found) } catch { throw .malformed(error) }
        // Included files are not followed: the import reads one file.
        let hint = includes(top) ? " (its 'include' lines are not followed: import the file that holds the upstream)" : ""
        let (name, block) = try Selection.pick(found, named: wanted, kind: .nginx, flag: flag, hint: hint)
        do { return try upstream(name, block) } catch { throw .malformed(error) }
    }

    private static func includes(_ directives: [NginxDirective]) -> Bool {
        directives.contains { $0.name.text == "include" || includes($0.block ?? []) }
    }

    private static func collect(_ directives: [NginxDirective], into found: inout [(name: String, item: NginxDirective)]) throws(ConfigProblem) {
        for d in directives {
            if d.name.text == "upstream" {
                guard let name = d.arguments.first, d.arguments.count == 1 else {
                    throw ConfigProblem(line: d.name.line, column: d.name.column, "'upstream' takes one name")
                }
                guard d.block != nil else {
                    throw ConfigProblem(line: d.name.line, column: d.name.column, "'upstream \(Echo.safe(name.text))' needs a { … } block")
                }
                found.append((name.text, d))
            } else if let inner = d.block {
                try collect(inner, into: &found)
            }
        }
    }

    private static func upstream(_ name: String, _ d: NginxDirective) throws(ConfigProblem) -> ImportedConfig {
        var servers: [ListedServer] = []
        var notes: [ImportNote] = []
        var balancing = Balancing()
        var balancedBy: Int?
        // nginx refuses a second balancing method in one upstream ("load balancing method redefined"),
        // so the import does too rather than silently reading the last one.
        var method: Word?
        for directive in d.block ?? [] {
            let word = directive.name
            let note = { (reading: String) in notes.append(ImportNote(line: word.line, directive: directive.text, reading: reading)) }
            if directive.block != nil {
                note("ignored: a block inside an upstream is not something this import reads")
                continue
            }
            if ["ip_hash", "hash", "least_conn", "least_time", "random"].contains(word.text) {
                if let first = method {
                    throw ConfigProblem(line: word.line, column: word.column,
                                        "load balancing method redefined: '\(Echo.safe(first.text))' on line \(first.line) already chose one")
                }
                method = word
            }
            switch word.text {
            case "server":
                let (server, reading) = try self.server(directive)
                if let server { servers.append(server) }
                note(reading)
            case "ip_hash":
                balancing = Balancing(routing: .providerAddress)
                balancedBy = word.line
                note("pinned by the caller's address, and a callback's caller is the provider: every attempt of a callback lands on the one server its address maps to (chosen by the weights), so retries do not help")
            case "hash":
                balancing = try hash(directive, note: note)
                balancedBy = word.line
            // least_time (nginx Plus) picks by response time, as least_conn by connections: neither follows the order.
            case "least_conn", "least_time", "random":
                balancing = Balancing()
                balancedBy = word.line
                let what = ["least_conn": "least connections", "least_time": "least time"][word.text] ?? "random choice"
                note("\(what): read as an independent choice per request by the weights (the model's assumption); the server holding the order is no likelier than its weight")
            // The import reads one file: servers in the included file are not counted.
            case "include":
                note("not followed: servers may be missing, since the included file's servers are not read (the servers listed here may be incomplete)")
            case "sticky":
                balancing = Balancing()
                balancedBy = word.line
                note("no affinity for callbacks: stickiness lives in the user's cookie or session, and the provider's callback carries none, so it is balanced as a new client, per request by the weights")
            default:
                if let why = inert[word.text] {
                    note("no effect on where callbacks land: \(why)")
                } else {
                    note("ignored: not a directive this import reads")
                }
            }
        }
        if balancedBy == nil {
            notes.insert(ImportNote(line: d.name.line, directive: "upstream \(name)",
                                    reading: "no balancing directive, so round robin (nginx's default): read as an independent choice per request by the weights (the model's assumption)"), at: 0)
        }
        let (pools, classNotes) = try ServerGrouping.classes(servers, unitName: name, at: d.name.line)
        return ImportedConfig(kind: .nginx, name: name, pools: pools, routing: balancing.routing, strategy: balancing.strategy,
                              hashing: balancing.hashing, notes: notes + classNotes)
    }

    /// `hash KEY [consistent]`: affinity only when the key carries the order id.
    private static func hash(_ d: NginxDirective, note: (String) -> Void) throws(ConfigProblem) -> Balancing {
        guard let key = d.arguments.first, d.arguments.count <= 2 else {
            throw ConfigProblem(line: d.name.line, column: d.name.column, "'hash' takes a key and optionally 'consistent'")
        }
        var consistent = false
        if d.arguments.count == 2 {
            guard d.arguments[1].text == "consistent" else {
                throw ConfigProblem(line: d.arguments[1].line, column: d.arguments[1].column,
                                    "'hash' takes 'consistent' after its key, not '\(Echo.safe(d.arguments[1].text))'")
            }
            consistent = true
        }
        let hashing: Hashing = consistent ? .consistent : .modulo
        let method = consistent ? "consistent hashing (ketama)" : "modulo hashing (hash mod the servers' total weight)"
        switch combined(variables(in: key.text).map(HashKey.nginx)) {
        case .orderID(let rule):
            note("affinity with \(method): \(rule); every attempt of a callback reaches the server the order's id maps to")
            return Balancing(routing: .perRequest, strategy: .affinity, hashing: hashing)
        case .provider(let why):
            note("pinned: \(why), so every attempt of a callback lands on one server (chosen by the weights) and retries do not help")
            return Balancing(routing: .providerAddress)
        case .cookie:
            note("pinned: the key is a cookie and the provider sends none, so every callback hashes the same empty key to one server (chosen by the weights)")
            return Balancing(routing: .providerAddress)
        case .unknown:
            note("read as per request: cannot tell whether \(Echo.safe(key.text)) carries the order id (keys read as the order id: $arg_…id, $request_uri, $uri); if it does, add --strategy affinity")
            return Balancing()
        }
    }

    /// A key's variables (`$name`, `${name}`), in order.
    static func variables(in key: String) -> [String] {
        var out: [String] = []
        var rest = Substring(key)
        while let dollar = rest.firstIndex(of: "$") {
            rest = rest[rest.index(after: dollar)...]
            if rest.first == "{" {
                let name = rest.dropFirst().prefix { $0 != "}" }
                out.append(String(name))
                rest = rest.dropFirst(name.count + 1)
            } else {
                let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                out.append(String(name))
                rest = rest.dropFirst(name.count)
            }
        }
        return out
    }

    /// A key with several variables: the order id among them decides; then anything unknown;
    /// a key of the provider's address, constants and cookies is one value per provider.
    static func combined(_ keys: [HashKey]) -> HashKey {
        if let id = keys.first(where: { if case .orderID = $0 { true } else { false } }) { return id }
        if keys.isEmpty || keys.contains(.unknown) { return .unknown }
        if let provider = keys.first(where: { if case .provider = $0 { true } else { false } }), !keys.contains(.cookie) { return provider }
        return .cookie
    }

    /// `server ADDRESS [weight=N] [backup] [down] [other parameters]`: the server, unless it
    /// takes no normal traffic, and how it was read.
    private static func server(_ d: NginxDirective) throws(ConfigProblem) -> (ListedServer?, String) {
        guard let address = d.arguments.first else {
            throw ConfigProblem(line: d.name.line, column: d.name.column, "'server' needs an address")
        }
        var weight = BigInt(1)
        var backup = false, down = false
        var others: [String] = []
        for parameter in d.arguments.dropFirst() {
            let text = parameter.text
            if text.hasPrefix("weight=") {
                let value = text.dropFirst("weight=".count)
                guard let w = BigInt(String(value)), w >= 1, value.allSatisfy(\.isASCII) else {
                    throw ConfigProblem(line: parameter.line, column: parameter.column,
                                        "'\(Echo.safe(text))': weight must be a whole number of 1 or more")
                }
                // `--pool` takes weights of at most 40 digits; a longer one would print flags it refuses.
                guard value.count <= 40 else {
                    throw ConfigProblem(line: parameter.line, column: parameter.column + "weight=".count,
                                        "weight has \(value.count) digits: at most 40")
                }
                weight = w
            } else if text == "backup" {
                backup = true
            } else if text == "down" {
                down = true
            } else {
                others.append(text)
            }
        }
        let rest = others.isEmpty ? "" : "; \(others.map(Echo.safe).joined(separator: " ")) \(others.count == 1 ? "does" : "do") not change where callbacks land"
        if down { return (nil, "excluded: marked down, it takes no traffic" + rest) }
        if backup { return (nil, "excluded: a backup server takes traffic only when every other server is unavailable" + rest) }
        // `resolve` (and `service=`, SRV records) re-resolves the name: it may stand for several servers.
        let dns = others.contains { $0 == "resolve" || $0.hasPrefix("service=") }
            ? "; counted as one server, but DNS may resolve it to several" : ""
        return (ListedServer(address: address.text, weight: weight), "a server of weight \(weight)" + rest + dns)
    }
}
