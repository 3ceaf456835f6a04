/// HAProxy's config grammar: one directive a line, words split by blanks (quotes and
/// backslashes escape them), `#` starts a comment; a section keyword at the start of a
/// directive opens a section that runs to the next one.
struct HAProxySection {
    let keyword: Word
    let name: Word?
    let lines: [[Word]]
}

enum HAProxySyntax {
    static let sections: Set<String> = [
        "global", "defaults", "frontend", "backend", "listen", "resolvers", "peers", "userlist", "mailers",
        "program", "http-errors", "cache", "ring", "log-forward", "fcgi-app", "crt-store", "traces",
    ]

    static func parse(_ source: String) throws(ConfigProblem) -> [HAProxySection] {
        var out: [HAProxySection] = []
        var current: (keyword: Word, name: Word?, lines: [[Word]])?
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = try self.words(line, number: index + 1)
            guard let first = words.first else { continue }
            if sections.contains(first.text), !first.quoted {
                if let c = current { out.append(HAProxySection(keyword: c.keyword, name: c.name, lines: c.lines)) }
                current = (first, words.dropFirst().first, [])
            } else if current != nil {
                current!.lines.append(words)
            } else {
                throw ConfigProblem(line: first.line, column: first.column, "'\(Echo.safe(first.text))' is outside any section (global, defaults, frontend, backend, listen …)")
            }
        }
        if let c = current { out.append(HAProxySection(keyword: c.keyword, name: c.name, lines: c.lines)) }
        return out
    }

    static func words(_ line: Substring, number: Int) throws(ConfigProblem) -> [Word] {
        var out: [Word] = []
        var column = 1
        var scalars = line.unicodeScalars[...]
        while let s = scalars.first {
            if s == " " || s == "\t" || s == "\r" { scalars.removeFirst(); column += 1; continue }
            if s == "#" { break }
            let start = column
            var text = ""
            var quote: Unicode.Scalar?
            var quoted = false
            while let c = scalars.first {
                if quote == nil, c == " " || c == "\t" || c == "\r" || c == "#" { break }
                scalars.removeFirst(); column += 1
                if let q = quote {
                    if c == q { quote = nil; continue }
                    if c == "\\", q == "\"", let next = scalars.first { scalars.removeFirst(); column += 1; text.unicodeScalars.append(next); continue }
                    text.unicodeScalars.append(c)
                } else if c == "\"" || c == "'" {
                    quote = c; quoted = true
                } else if c == "\\", let next = scalars.first {
                    scalars.removeFirst(); column += 1
                    text.unicodeScalars.append(next)
                } else {
                    text.unicodeScalars.append(c)
                }
            }
            if quote != nil { throw ConfigProblem(line: number, column: start, "the quote here is never closed on its line") }
            out.append(Word(text: text, line: number, column: start, quoted: quoted))
        }
        return out
    }
}
