/// Output formats of `report`, `compare` and `sweep` (SPEC §2).
public enum Format: String, CaseIterable, Sendable {
    case text, markdown, json, csv, svg

    public static var allowed: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
