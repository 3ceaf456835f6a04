/// Every key of the keymap, generated from the same table that dispatches keys.
enum HelpScreen {
    static func draw(_ state: ExplorerState, in rect: Rect, on canvas: inout Canvas) {
        let bindings = Keymap.bindings(presenting: state.presentation != nil)
        var lines = ["Keys (any key closes this help)"]
        if state.presentation != nil { lines.append("  1–9, 0  jump to slide 1–9, 10") }
        let width = bindings.map(\.keyLabel.count).max() ?? 0
        for b in bindings { lines.append("  " + b.keyLabel + String(repeating: " ", count: width - b.keyLabel.count) + "  " + b.help) }
        // Two columns when the list is taller than the space.
        let perColumn = max(1, rect.height)
        let columnWidth = rect.width / 2
        for (i, line) in lines.enumerated() {
            let column = i / perColumn
            guard column < 2 else { break }
            canvas.put(line, row: rect.row + i % perColumn, col: rect.col + column * columnWidth, role: i == 0 ? .header : .plain, width: columnWidth - 1)
        }
    }
}
