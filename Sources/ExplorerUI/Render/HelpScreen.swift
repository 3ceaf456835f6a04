/// Every key of the keymap, generated from the same table that dispatches keys.
enum HelpScreen {
    static func lines(presenting: Bool, pooled: Bool) -> [(key: String, help: String)] {
        var lines: [(String, String)] = []
        if presenting { lines.append(("1–9, 0", "slide 1–9, 10")) }
        return lines + Keymap.bindings(presenting: presenting).map { ($0.keyLabel, $0.help(pooled: pooled)) }
    }

    /// In as many columns as the height needs, each as wide as its own longest line, so
    /// nothing is cut when the columns fit side by side.
    static func draw(_ state: ExplorerState, in rect: Rect, on canvas: inout Canvas) {
        guard rect.height > 1 else { return }
        canvas.put("Keys (q, Esc or ? closes help)", row: rect.row, col: rect.col, role: .header, width: rect.width)
        let entries = lines(presenting: state.presentation != nil, pooled: !state.parameters.pools.isEmpty)
        let perColumn = rect.height - 1
        var col = rect.col
        var start = 0
        while start < entries.count, col < rect.col + rect.width {
            let column = entries[start ..< min(entries.count, start + perColumn)]
            let keyWidth = column.map(\.key.count).max() ?? 0
            let texts = column.map { "  " + $0.key + String(repeating: " ", count: keyWidth - $0.key.count) + "  " + $0.help }
            let room = rect.col + rect.width - col
            for (i, text) in texts.enumerated() {
                canvas.put(text, row: rect.row + 1 + i, col: col, role: .plain, width: room)
            }
            col += (texts.map(\.count).max() ?? 0) + 1
            start += perColumn
        }
    }
}
