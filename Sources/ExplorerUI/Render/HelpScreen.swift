/// Every key of the keymap, generated from the same table that dispatches keys.
enum HelpScreen {
    typealias Entry = (key: String, help: String)

    static func lines(presenting: Bool, pooled: Bool) -> [Entry] {
        var lines: [Entry] = []
        if presenting { lines.append(("1–9, 0", "slide 1–9, 10")) }
        return lines + Keymap.bindings(presenting: presenting).map { ($0.keyLabel, $0.help(pooled: pooled)) }
    }

    /// Keys that turn the page while help is open (when it has more than one).
    static let nextPageKeys: [Key] = [.char(" "), .pageDown, .right, .down, .char("j"), .char("n")]
    static let previousPageKeys: [Key] = [.pageUp, .left, .up, .char("k"), .char("b")]

    /// Where help is drawn: the body and the impact lines' rows.
    static func area(_ layout: Layout) -> Rect {
        Rect(row: layout.body.row, col: layout.body.col, height: layout.status - layout.body.row, width: layout.body.width)
    }

    /// The entries in pages of whole columns, each column as wide as its own longest line:
    /// a page ends before a column that would not fit beside the others, so no line is
    /// ever cut and no key is ever missing (an 80×24 terminal needs two pages).
    static func pages(_ state: ExplorerState) -> [[ArraySlice<Entry>]] {
        guard let layout = Layout.of(state.size) else { return [] }
        let rect = area(layout)
        let perColumn = rect.height - 1
        guard perColumn > 0 else { return [] }
        let entries = lines(presenting: state.presentation != nil, pooled: !state.parameters.pools.isEmpty)
        var pages: [[ArraySlice<Entry>]] = [[]]
        var used = 0
        var start = 0
        while start < entries.count {
            let column = entries[start ..< min(entries.count, start + perColumn)]
            let width = columnWidth(column)
            if !pages[pages.count - 1].isEmpty, used + width > rect.width {
                pages.append([])
                used = 0
            }
            pages[pages.count - 1].append(column)
            used += width + 1
            start += perColumn
        }
        return pages
    }

    private static func keyWidth(_ column: ArraySlice<Entry>) -> Int { column.map(\.key.count).max() ?? 0 }

    private static func columnWidth(_ column: ArraySlice<Entry>) -> Int {
        2 + keyWidth(column) + 2 + (column.map(\.help.count).max() ?? 0)
    }

    static func draw(_ state: ExplorerState, in rect: Rect, on canvas: inout Canvas) {
        guard rect.height > 1 else { return }
        let all = pages(state)
        let page = min(state.helpPage, max(0, all.count - 1))
        let title = all.count > 1
            ? "Keys \(page + 1)/\(all.count) (Space: more, PgUp: back; q, Esc or ? closes help)"
            : "Keys (q, Esc or ? closes help)"
        canvas.put(title, row: rect.row, col: rect.col, role: .header, width: rect.width)
        guard page < all.count else { return }
        var col = rect.col
        for column in all[page] {
            let keys = keyWidth(column)
            for (i, entry) in column.enumerated() {
                let text = "  " + entry.key + String(repeating: " ", count: keys - entry.key.count) + "  " + entry.help
                canvas.put(text, row: rect.row + 1 + i, col: col, role: .plain, width: rect.col + rect.width - col)
            }
            col += columnWidth(column) + 1
        }
    }
}
