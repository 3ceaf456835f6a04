/// Which upstream, backend or Service to read: the one named, or the only one.
enum Selection {
    static func pick<T>(_ found: [(name: String, item: T)], named wanted: String?, kind: ConfigKind,
                        flag: String, line: Int = 1, hint: String = "") throws(ImportError) -> (name: String, item: T) {
        let names = found.map { Echo.safe($0.name) }.joined(separator: ", ")
        if let wanted {
            guard let hit = found.first(where: { $0.name == wanted }) else {
                throw .selection("\(flag) '\(Echo.safe(wanted))' is not in the file: its \(kind.unit)s are \(names.isEmpty ? "none" : names)")
            }
            return hit
        }
        guard found.count == 1, let only = found.first else {
            if found.isEmpty { throw .malformed(ConfigProblem(line: line, column: 1, "no \(kind.unit) found in this \(kind.title) config\(hint)")) }
            throw .selection("the file has \(found.count) \(kind.unit)s (\(names)): choose one with \(flag) NAME")
        }
        return only
    }
}
