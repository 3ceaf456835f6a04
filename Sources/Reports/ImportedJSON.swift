/// Where `import`'s parameters came from, for its JSON: the config's kind and the upstream,
/// backend or Service read, and a note per directive.
public struct ImportOrigin: Sendable {
    public let file: String
    public let kind: String
    public let name: String
    public let notes: [String]

    public init(file: String, kind: String, name: String, notes: [String]) {
        self.file = file
        self.kind = kind
        self.name = name
        self.notes = notes
    }
}

extension JSONFormat {
    /// The report's object (its `parameters` name the pools) with an `import` object after it.
    public static func render(_ doc: Document, imported origin: ImportOrigin) -> String {
        guard case .object(let fields) = object(doc) else { return render(doc) }
        let imported: JSON = .object([
            ("file", .string(origin.file)), ("kind", .string(origin.kind)), ("name", .string(origin.name)),
            ("notes", .array(origin.notes.map { .string($0) })),
        ])
        return JSON.object(fields + [("import", imported)]).text(indent: 0) + "\n"
    }
}
