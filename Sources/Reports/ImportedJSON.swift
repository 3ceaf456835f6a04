import CallbackModel

/// Where `import`'s parameters came from, for its JSON: the config's kind and unit, and a
/// note per directive.
public struct ImportOrigin: Sendable {
    public let file: String
    public let kind: String
    public let name: String
    public let callbackRouting: String
    public let notes: [String]

    public init(file: String, kind: String, name: String, callbackRouting: String, notes: [String]) {
        self.file = file
        self.kind = kind
        self.name = name
        self.callbackRouting = callbackRouting
        self.notes = notes
    }
}

extension JSONFormat {
    /// The report's object with `parameters.pools` and an `import` object after it.
    public static func render(_ doc: Document, imported origin: ImportOrigin) -> String {
        guard case .object(var fields) = object(doc) else { return render(doc) }
        if let i = fields.firstIndex(where: { $0.0 == "parameters" }), case .object(var members) = fields[i].1,
           !members.contains(where: { $0.0 == "pools" }) {
            members.append(("pools", pools(doc.parameters.pools)))
            fields[i].1 = .object(members)
        }
        fields.append(("import", .object([
            ("file", .string(origin.file)), ("kind", .string(origin.kind)), ("name", .string(origin.name)),
            ("callback_routing", .string(origin.callbackRouting)), ("notes", .array(origin.notes.map { .string($0) })),
        ])))
        return JSON.object(fields).text(indent: 0) + "\n"
    }

    static func pools(_ classes: [ServerClass]) -> JSON {
        .array(classes.map { c in
            .object([("name", .string(c.name)), ("size", .raw(c.size.description)), ("weight", .string(readable(c.weight))),
                     ("canary", .raw(c.canary ? "true" : "false"))])
        })
    }
}
