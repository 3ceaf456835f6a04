import CallbackModel

/// Reads a program's text into `Syntax`: s-expressions with `[ ]` as parentheses, `;` line
/// comments, `#| |#` block comments, `#;` datum comments, strings with escapes, exact numbers
/// (`0.9` is 9/10, `1/3`, `-2`), `#t`/`#f` and symbols. An optional first line
/// `#lang roulette` or `#lang roulette/example/disrupt` names the language.
public struct Reader {
    public static let languages: Set<String> = ["roulette", "roulette/example/disrupt"]

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1
    /// Open lists and quotes around the datum being read. The reader recurses once per
    /// level, so without a bound 700,000 `(` overflowed the stack (SIGSEGV, no message);
    /// deeper data would also overflow whatever walks it later (printing, equal?, freeing).
    private var depth = 0
    static let maxDepth = Evaluator.maxDepth
    /// Input limits, so reading is bounded before evaluation's limits apply: a 4M-element
    /// quoted list took 15 s and 1 GB, a 50 MB string literal passed the string limit.
    public static let maxSourceBytes = 10_000_000
    static let maxData = 1_000_000
    static let maxSymbolLength = 1_000
    private var data = 0

    public init(_ text: String) {
        // A byte-order mark some editors write is not part of the program.
        scalars = Array(text.unicodeScalars.drop { $0 == "\u{FEFF}" })
    }

    /// Every top-level datum of the program, in order.
    public static func read(_ text: String) throws(DialectError) -> [Syntax] {
        guard text.utf8.count <= maxSourceBytes else {
            throw DialectError("program longer than \(maxSourceBytes) bytes", at: nil)
        }
        var reader = Reader(text)
        try reader.readLanguageLine()
        var forms: [Syntax] = []
        while let form = try reader.next() { forms.append(form) }
        return forms
    }

    // MARK: Scanning

    private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
    private var position: SourcePosition { SourcePosition(line: line, column: column) }

    private mutating func advance() -> Unicode.Scalar? {
        guard let s = peek else { return nil }
        index += 1
        if s == "\n" { line += 1; column = 1 } else { column += 1 }
        return s
    }

    static let maxNumberLength = 30_000

    private static func isDelimiter(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || "()[]\";'".unicodeScalars.contains(s)
    }

    private mutating func readLanguageLine() throws(DialectError) {
        try skipAtmosphere()
        guard hasPrefix("#lang") else { return }
        let start = position
        var text = ""
        while let s = peek, s != "\n" { text.unicodeScalars.append(s); _ = advance() }
        let language = String(text.dropFirst("#lang".count).drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed())
        guard Reader.languages.contains(language) else {
            throw DialectError("unsupported language '\(language)': allowed #lang roulette or #lang roulette/example/disrupt", at: start)
        }
    }

    private func hasPrefix(_ text: String) -> Bool {
        let wanted = Array(text.unicodeScalars)
        return index + wanted.count <= scalars.count && Array(scalars[index..<index + wanted.count]) == wanted
    }

    /// Skips whitespace and comments (but not `#;`, which needs the reader).
    private mutating func skipAtmosphere() throws(DialectError) {
        while let s = peek {
            if s.properties.isWhitespace {
                _ = advance()
            } else if s == ";" {
                while let c = peek, c != "\n" { _ = advance() }
            } else if hasPrefix("#|") {
                let start = position
                _ = advance(); _ = advance()
                var depth = 1
                while depth > 0 {
                    if hasPrefix("|#") { depth -= 1; _ = advance(); _ = advance() }
                    else if hasPrefix("#|") { depth += 1; _ = advance(); _ = advance() }
                    else if advance() == nil { throw DialectError("unterminated block comment", at: start) }
                }
            } else {
                return
            }
        }
    }

    /// The next datum, or nil at the end of the text.
    private mutating func next() throws(DialectError) -> Syntax? {
        try skipAtmosphere()
        guard let s = peek else { return nil }
        let start = position
        depth += 1
        defer { depth -= 1 }
        data += 1
        guard data <= Reader.maxData else {
            throw DialectError("program too large: more than \(Reader.maxData) data (numbers, symbols, strings and lists)", at: start)
        }
        guard depth <= Reader.maxDepth else {
            throw DialectError("nested too deep: more than \(Reader.maxDepth) levels of parentheses and quotes", at: start)
        }
        switch s {
        case "(", "[":
            _ = advance()
            return try readList(opener: s, at: start)
        case ")", "]":
            throw DialectError("unexpected '\(s)' with no matching opening parenthesis", at: start)
        case "'":
            _ = advance()
            guard let quoted = try next() else { throw DialectError("quote ' with nothing after it", at: start) }
            return Syntax(.list([Syntax(.symbol("quote"), at: start), quoted]), at: start)
        case "\"":
            return Syntax(.string(try readString(at: start)), at: start)
        default:
            if hasPrefix("#;") {
                _ = advance(); _ = advance()
                guard try next() != nil else { throw DialectError("#; with nothing after it", at: start) }
                return try next()
            }
            return try readAtom(at: start)
        }
    }

    private mutating func readList(opener: Unicode.Scalar, at start: SourcePosition) throws(DialectError) -> Syntax {
        let closer: Unicode.Scalar = opener == "(" ? ")" : "]"
        var items: [Syntax] = []
        while true {
            try skipAtmosphere()
            guard let s = peek else {
                throw DialectError("missing '\(closer)' to close the '\(opener)' opened here", at: start)
            }
            if s == ")" || s == "]" {
                guard s == closer else {
                    throw DialectError("'\(opener)' closed by '\(s)' at \(position): expected '\(closer)'", at: start)
                }
                _ = advance()
                return Syntax(.list(items), at: start)
            }
            if let item = try next() { items.append(item) }
        }
    }

    private mutating func readString(at start: SourcePosition) throws(DialectError) -> String {
        _ = advance()
        var text = String.UnicodeScalarView()
        var length = 0
        while true {
            let escapeAt = position
            guard let s = advance() else { throw DialectError("unterminated string", at: start) }
            if s == "\"" { return String(text) }
            length += 1  // UnicodeScalarView.count walks the view: count as we go
            guard length <= Builtins.maxStringBytes else {
                throw DialectError("string literal longer than \(Builtins.maxStringBytes) characters", at: start)
            }
            guard s == "\\" else { text.append(s); continue }
            guard let e = advance() else { throw DialectError("unterminated string", at: start) }
            switch e {
            case "n": text.append("\n")
            case "t": text.append("\t")
            case "r": text.append("\r")
            case "\\", "\"": text.append(e)
            case "u", "x": text.append(try readHexEscape(kind: e, at: escapeAt))
            default: throw DialectError("unknown string escape '\\\(e)': allowed \\n \\t \\r \\\\ \\\" \\uXXXX \\xXX", at: escapeAt)
            }
        }
    }

    private mutating func readHexEscape(kind: Unicode.Scalar, at escapeAt: SourcePosition) throws(DialectError) -> Unicode.Scalar {
        var digits = ""
        while digits.count < (kind == "u" ? 4 : 2), let s = peek, s.properties.isASCIIHexDigit {
            digits.unicodeScalars.append(s)
            _ = advance()
        }
        guard let code = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(code) else {
            throw DialectError("bad escape '\\\(kind)\(digits)': expected hexadecimal digits of a Unicode scalar", at: escapeAt)
        }
        return scalar
    }

    private mutating func readAtom(at start: SourcePosition) throws(DialectError) -> Syntax {
        var text = ""
        while let s = peek, !Reader.isDelimiter(s) { text.unicodeScalars.append(s); _ = advance() }
        switch text {
        case "#t", "#true": return Syntax(.boolean(true), at: start)
        case "#f", "#false": return Syntax(.boolean(false), at: start)
        default: break
        }
        if text.hasPrefix("#") { throw DialectError("unsupported syntax '\(text)'", at: start) }
        if Reader.looksNumeric(text) {
            // Parsing is quadratic in the length; the evaluator's limit is about 30,000 digits.
            guard text.unicodeScalars.count <= Reader.maxNumberLength else {
                throw DialectError("number too long: more than \(Reader.maxNumberLength) characters", at: start)
            }
            guard let value = Rational(exactText: text) else {
                throw DialectError("bad number '\(text)': expected an integer, a decimal like 0.9 or a fraction like 1/3", at: start)
            }
            return Syntax(.number(value), at: start)
        }
        guard text.unicodeScalars.count <= Reader.maxSymbolLength else {
            throw DialectError("symbol longer than \(Reader.maxSymbolLength) characters", at: start)
        }
        return Syntax(.symbol(text), at: start)
    }

    /// A token is meant as a number when it starts with a digit, or a sign or point then a digit.
    private static func looksNumeric(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
        if rest.first == "." { rest = rest.dropFirst() }
        return rest.first.map { ("0"..."9").contains($0) } ?? false
    }
}
