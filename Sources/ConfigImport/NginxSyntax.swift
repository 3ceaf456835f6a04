/// nginx's config grammar: words (bare or quoted) ending in `;` or opening a `{ … }`
/// block; `#` starts a comment. Kept apart from what the directives mean.
struct NginxDirective {
    let name: Word
    let arguments: [Word]
    /// nil for a simple directive (`server …;`).
    let block: [NginxDirective]?

    /// The directive as written, on one line (for notes).
    var text: String { ([name] + arguments).map(\.text).joined(separator: " ") }
}

/// One word with the place it starts.
struct Word {
    let text: String
    let line: Int
    let column: Int
    /// Quoted words are never `{`, `}` or `;`.
    let quoted: Bool
}

enum NginxSyntax {
    static func parse(_ source: String) throws(ConfigProblem) -> [NginxDirective] {
        var tokens = try tokenize(source)[...]
        return try directives(&tokens, openedBy: nil)
    }

    private static func directives(_ tokens: inout ArraySlice<Word>, openedBy brace: Word?) throws(ConfigProblem) -> [NginxDirective] {
        var out: [NginxDirective] = []
        var words: [Word] = []
        while let token = tokens.popFirst() {
            switch (token.quoted, token.text) {
            case (false, ";"):
                guard let name = words.first else { throw ConfigProblem(line: token.line, column: token.column, "unexpected ';'") }
                out.append(NginxDirective(name: name, arguments: Array(words.dropFirst()), block: nil))
                words = []
            case (false, "{"):
                guard let name = words.first else { throw ConfigProblem(line: token.line, column: token.column, "unexpected '{'") }
                let inner = try directives(&tokens, openedBy: token)
                out.append(NginxDirective(name: name, arguments: Array(words.dropFirst()), block: inner))
                words = []
            case (false, "}"):
                if let first = words.first {
                    throw ConfigProblem(line: token.line, column: token.column, "'\(Echo.safe(first.text))' on line \(first.line) is not terminated by ';' before this '}'")
                }
                guard brace != nil else { throw ConfigProblem(line: token.line, column: token.column, "unexpected '}'") }
                return out
            default:
                words.append(token)
            }
        }
        if let first = words.first {
            throw ConfigProblem(line: first.line, column: first.column, "unexpected end of file: '\(Echo.safe(first.text))' is not terminated by ';'")
        }
        if let brace {
            throw ConfigProblem(line: brace.line, column: brace.column, "unexpected end of file: the '{' here is never closed")
        }
        return out
    }

    static func tokenize(_ source: String) throws(ConfigProblem) -> [Word] {
        var out: [Word] = []
        var line = 1, column = 1
        var scalars = source.unicodeScalars[...]
        func advance() -> Unicode.Scalar? {
            guard let s = scalars.popFirst() else { return nil }
            if s == "\n" { line += 1; column = 1 } else { column += 1 }
            return s
        }
        while let s = scalars.first {
            if s == " " || s == "\t" || s == "\r" || s == "\n" { _ = advance(); continue }
            let startLine = line, startColumn = column
            if s == "#" {
                while let c = scalars.first, c != "\n" { _ = advance() }
                continue
            }
            if s == ";" || s == "{" || s == "}" {
                _ = advance()
                out.append(Word(text: String(s), line: startLine, column: startColumn, quoted: false))
                continue
            }
            if s == "\"" || s == "'" {
                _ = advance()
                var text = ""
                var closed = false
                while let c = advance() {
                    if c == s { closed = true; break }
                    if c == "\\", let next = advance() { text.unicodeScalars.append(next); continue }
                    text.unicodeScalars.append(c)
                }
                guard closed else { throw ConfigProblem(line: startLine, column: startColumn, "unexpected end of file: the quote here is never closed") }
                out.append(Word(text: text, line: startLine, column: startColumn, quoted: true))
                continue
            }
            var text = ""
            while let c = scalars.first, !" \t\r\n;{}".unicodeScalars.contains(c) {
                // `${name}` holds braces that do not open a block.
                if c == "$", scalars.dropFirst().first == "{" {
                    _ = advance(); _ = advance()
                    text += "${"
                    while let d = advance() {
                        text.unicodeScalars.append(d)
                        if d == "}" { break }
                    }
                    continue
                }
                if c == "\\" { _ = advance(); if let next = advance() { text.unicodeScalars.append(next) }; continue }
                text.unicodeScalars.append(c)
                _ = advance()
            }
            out.append(Word(text: text, line: startLine, column: startColumn, quoted: false))
        }
        return out
    }
}
