import CallbackModel
import Readout

/// A titled list of labelled bars with their exact values, the explorer's one chart
/// widget (htop-style: the data is prepared first, drawing is done once, here).
public struct BarList: Sendable {
    public struct Item: Sendable {
        public let label: String
        /// nil draws no bar (a point the engine cannot compute).
        public let fraction: Rational?
        public let value: String
        /// When set, `value` reads this probability and shortens to fit the space left.
        public var probability: Rational? { readings?.value }
        /// Its readings, measured once for every width the layout tries.
        let readings: ProbabilityReadings?
        public let note: String
        /// The current configuration's row, marked with ▶ (not only by colour).
        public let current: Bool

        public init(_ label: String, _ fraction: Rational?, value: String, note: String = "", current: Bool = false) {
            self.init(label, fraction, value: value, readings: nil, note: note, current: current)
        }

        /// An item whose value is the probability `x`, shown as exactly as the width allows.
        public init(_ label: String, probability x: Rational, note: String = "", current: Bool = false) {
            let readings = ProbabilityReadings.of(x)
            self.init(label, x, value: readings.bounded(17), readings: readings, note: note, current: current)
        }

        private init(_ label: String, _ fraction: Rational?, value: String, readings: ProbabilityReadings?, note: String, current: Bool) {
            self.label = label
            self.fraction = fraction
            self.value = value
            self.readings = readings
            self.note = note
            self.current = current
        }
    }

    public let title: String
    public let items: [Item]
    /// Said under the title while the items are not known yet.
    public let placeholder: String?

    public init(_ title: String, _ items: [Item], placeholder: String? = nil) {
        self.title = title
        self.items = items
        self.placeholder = placeholder
    }

    /// The bar shrinks to this many cells before a value gives up its fraction's digits:
    /// the exact number is what the tool is for, the bar only shows its size.
    static let preferredBar = 5
    /// Bars stop growing here, so on a wide screen values stay next to their bars.
    static let widestBar = 60

    /// Draws into `rect`, clipping rows that do not fit; returns the rows used.
    @discardableResult
    public func draw(in rect: Rect, on canvas: inout Canvas, glyphs: BarGlyphs, notes: Bool = true) -> Int {
        guard rect.height > 0, rect.width > 0 else { return 0 }
        canvas.put(title, row: rect.row, col: rect.col, role: .header, width: rect.width)
        if let placeholder, items.isEmpty {
            guard rect.height > 1 else { return 1 }
            canvas.put("  " + placeholder, row: rect.row + 1, col: rect.col, role: .dim, width: rect.width)
            return 2
        }
        let (valueWidth, labelWidth, noteWidth) = columns(rect.width, notes: notes)
        let noteTail = noteWidth > 0 ? 2 + noteWidth : 0
        // Rows that do not fit are counted on the last line, never dropped unseen.
        let hidden = items.count > rect.height - 1 ? items.count - max(0, rect.height - 2) : 0
        var shown = Array(items.dropLast(hidden))
        // The current configuration's row stays in sight: it replaces the last shown row.
        if hidden > 0, !shown.isEmpty, !shown.contains(where: \.current), let current = items.first(where: \.current) {
            shown[shown.count - 1] = current
        }
        var used = 1
        for item in shown {
            guard used < rect.height else { break }
            let row = rect.row + used
            var col = rect.col
            col += canvas.put(item.current ? "▶ " : "  ", row: row, col: col, role: .accent, width: rect.col + rect.width - col)
            col += canvas.put(clipped(item.label, labelWidth), row: row, col: col, role: item.current ? .focus : .label, width: min(labelWidth, rect.col + rect.width - col))
            col += 1
            let value = self.shown(item, valueWidth)
            let tail = 1 + valueWidth + noteTail
            // Past `widestBar` cells a bar only pushes its value away from it.
            let barWidth = min(BarList.widestBar, rect.col + rect.width - col - tail)
            if barWidth >= 4 {
                let bar = item.fraction.map { Bar.padded($0, width: barWidth, glyphs: glyphs) } ?? pad("n/a", barWidth)
                canvas.put(bar, row: row, col: col, role: item.fraction == nil ? .dim : .bar)
                col += barWidth + 1
            }
            col += canvas.put(pad(value, valueWidth), row: row, col: col, role: .value, width: rect.col + rect.width - col)
            if noteWidth > 0 {
                canvas.put("  " + item.note, row: row, col: col, role: .dim, width: rect.col + rect.width - col)
            }
            used += 1
        }
        if hidden > 0, used < rect.height {
            canvas.put("  … \(hidden) more row\(hidden == 1 ? "" : "s") (v: a view with room)", row: rect.row + used,
                       col: rect.col, role: .dim, width: rect.width)
            used += 1
        }
        return used
    }

    /// Widths of the value, label and note columns. Values shrink before they overflow, and
    /// to leave a bar of `preferredBar` cells: a shorter exact form, at worst the percent.
    /// Notes give way before any value loses its fraction, so every row keeps its number.
    func columns(_ width: Int, notes: Bool) -> (value: Int, label: Int, note: Int) {
        let noteWidth = notes ? items.map(\.note.count).max() ?? 0 : 0
        let noteTail = noteWidth > 0 ? 2 + noteWidth : 0
        let naturalValue = items.map(\.value.count).max() ?? 0
        // Labels get a third of the width, more (up to half) when values leave room for a bar.
        let roomy = min(width / 2, width - 3 - (1 + naturalValue + noteTail) - (BarList.preferredBar + 1))
        let labelWidth = min(items.map(\.label.count).max() ?? 0, max(4, width / 3, roomy))
        let shortest = items.map { $0.readings.map(\.percent.count) ?? $0.value.count }.max() ?? 0
        let withBar = width - 3 - labelWidth - noteTail - (BarList.preferredBar + 1)
        let room = max(0, min(naturalValue, width - 3 - labelWidth - noteTail, max(withBar, shortest)))
        // The column is as wide as the values it ends up showing, so a value that had to give
        // up its fraction leaves the cells to the bar.
        let valueWidth = items.map { shown($0, room).count }.max() ?? 0
        // Notes go only when they would cost a value its whole fraction (down to the percent
        // alone); shortened to its first and last digits, a fraction still reads exactly enough.
        let losesFraction = items.contains { item in
            guard let readings = item.readings, !readings.value.isInteger, item.value.count > valueWidth else { return false }
            return !readings.fitting(valueWidth).contains("/")
        }
        if noteWidth > 0 && losesFraction { return columns(width, notes: false) }
        return (valueWidth, labelWidth, noteWidth)
    }

    /// An item's value as exactly as `width` allows (a probability shortens; text does not).
    func shown(_ item: Item, _ width: Int) -> String {
        guard item.value.count > width else { return item.value }
        return item.readings.map { $0.fitting(width) } ?? item.value
    }

    /// A label cut to `width` shows that it was cut.
    func clipped(_ s: String, _ width: Int) -> String {
        s.count > width && width > 1 ? String(s.prefix(width - 1)) + "…" : pad(s, width)
    }

    func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? String(s.prefix(width)) : s + String(repeating: " ", count: width - s.count)
    }
}
