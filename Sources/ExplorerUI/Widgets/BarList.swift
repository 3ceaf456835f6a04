import CallbackModel

/// A titled list of labelled bars with their exact values, the explorer's one chart
/// widget (htop-style: the data is prepared first, drawing is done once, here).
public struct BarList: Sendable {
    public struct Item: Sendable {
        public let label: String
        /// nil draws no bar (a point the engine cannot compute).
        public let fraction: Rational?
        public let value: String
        public let note: String
        /// The current configuration's row, marked with ▶ (not only by colour).
        public let current: Bool

        public init(_ label: String, _ fraction: Rational?, value: String, note: String = "", current: Bool = false) {
            self.label = label
            self.fraction = fraction
            self.value = value
            self.note = note
            self.current = current
        }
    }

    public let title: String
    public let items: [Item]

    public init(_ title: String, _ items: [Item]) {
        self.title = title
        self.items = items
    }

    public var height: Int { items.count + 1 }

    /// Draws into `rect`, clipping rows that do not fit; returns the rows used.
    @discardableResult
    public func draw(in rect: Rect, on canvas: inout Canvas, glyphs: BarGlyphs, notes: Bool = true) -> Int {
        guard rect.height > 0, rect.width > 0 else { return 0 }
        canvas.put(title, row: rect.row, col: rect.col, role: .header, width: rect.width)
        let labelWidth = min(items.map(\.label.count).max() ?? 0, max(4, rect.width / 3))
        let valueWidth = items.map(\.value.count).max() ?? 0
        let noteWidth = notes ? items.map(\.note.count).max() ?? 0 : 0
        var used = 1
        for item in items {
            guard used < rect.height else { break }
            let row = rect.row + used
            var col = rect.col
            col += canvas.put(item.current ? "▶ " : "  ", row: row, col: col, role: .accent, width: rect.col + rect.width - col)
            col += canvas.put(pad(item.label, labelWidth), row: row, col: col, role: item.current ? .focus : .label, width: min(labelWidth, rect.col + rect.width - col))
            col += 1
            let tail = 1 + valueWidth + (noteWidth > 0 ? 2 + noteWidth : 0)
            let barWidth = rect.col + rect.width - col - tail
            if barWidth >= 4 {
                let bar = item.fraction.map { Bar.padded($0, width: barWidth, glyphs: glyphs) } ?? pad("n/a", barWidth)
                canvas.put(bar, row: row, col: col, role: item.fraction == nil ? .dim : .bar)
                col += barWidth + 1
            }
            col += canvas.put(pad(item.value, valueWidth), row: row, col: col, role: .value, width: rect.col + rect.width - col)
            if noteWidth > 0 {
                canvas.put("  " + item.note, row: row, col: col, role: .dim, width: rect.col + rect.width - col)
            }
            used += 1
        }
        return used
    }

    func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? String(s.prefix(width)) : s + String(repeating: " ", count: width - s.count)
    }
}
