/// Class names as `--pool` takes them (1 to 40 ASCII letters, digits, '-', '_', '.'), each used
/// once, so the flags `import` prints reproduce the config.
enum ClassName {
    static func of(_ name: String) -> String {
        let kept = String(name.map { ($0.isASCII && ($0.isLetter || $0.isNumber)) || "-_.".contains($0) ? $0 : "-" }.prefix(40))
        return kept.isEmpty ? "pool" : kept
    }

    /// `names` made valid and distinct: a repeat gains `-2`, `-3`, … within the 40 characters.
    static func distinct(_ names: [String]) -> [String] {
        var seen = Set<String>(), out: [String] = []
        for name in names.map(of) {
            var candidate = name, n = 1
            while seen.contains(candidate) {
                n += 1
                candidate = String(name.prefix(40 - "-\(n)".count)) + "-\(n)"
            }
            seen.insert(candidate)
            out.append(candidate)
        }
        return out
    }
}
