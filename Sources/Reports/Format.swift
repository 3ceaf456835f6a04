/// Output formats of `report`, `compare` and `sweep` (SPEC §2).
public enum Format: String, CaseIterable, Sendable {
    case text, markdown, json, csv, svg

    public static var allowed: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

extension Document {
    /// The document in a format.
    public func rendered(as format: Format) -> String {
        switch format {
        case .text: TextFormat.render(self)
        case .markdown: MarkdownFormat.render(self)
        case .json: JSONFormat.render(self)
        case .csv: CSVFormat.render(self)
        case .svg: SVGFormat.render(self)
        }
    }
}
