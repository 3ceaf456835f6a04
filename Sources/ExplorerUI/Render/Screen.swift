import BigInt
import CallbackModel
import Readout

/// Draws a whole frame from the state and the engine's results. Pure: the same inputs
/// always give the same canvas, which is what the screen tests rely on.
public enum Screen {
    public static let minimum = Layout.minimum

    public static func render(_ state: ExplorerState, _ data: ScreenData) -> Canvas {
        var canvas = Canvas(state.size)
        guard let layout = Layout.of(state.size) else {
            tooSmall(state.size, on: &canvas)
            return canvas
        }
        titleBar(state, at: layout, on: &canvas)
        header(state, at: layout, on: &canvas)
        headline(state, data, at: layout, on: &canvas)
        if state.mode == .help {
            HelpScreen.draw(state, in: layout.body, on: &canvas)
        } else {
            charts(state, data, in: layout.body, on: &canvas)
        }
        footer(state, data, at: layout, on: &canvas)
        return canvas
    }

    static func tooSmall(_ size: Size, on canvas: inout Canvas) {
        let lines = ["terminal too small", "need \(minimum.cols)×\(minimum.rows), have \(size.cols)×\(size.rows)", "enlarge it, or q to quit"]
        let top = max(0, (size.rows - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let col = max(0, (size.cols - line.count) / 2)
            canvas.put(line, row: top + i, col: col, role: i == 0 ? .warning : .plain)
        }
    }

    static func titleBar(_ state: ExplorerState, at layout: Layout, on canvas: inout Canvas) {
        canvas.fill(row: layout.title, role: .title)
        let left: String
        if let show = state.presentation {
            left = " slide \(show.index + 1)/\(show.slides.count) · \(show.slide.title)"
        } else {
            left = " callback-explorer · exact callback failure"
        }
        canvas.put(left, row: layout.title, col: 0, role: .title)
        let right = "view: \(state.view.title) (v) "
        canvas.put(right, row: layout.title, col: max(left.count + 1, state.size.cols - right.count), role: .title)
    }

    /// The parameters, the focused one bracketed (and highlighted where there is colour);
    /// on two rows when one is too narrow.
    static func header(_ state: ExplorerState, at layout: Layout, on canvas: inout Canvas) {
        let p = state.parameters
        let items = Field.allCases.map { field -> (String, StyleRole) in
            let text = "\(field.label) \(fieldValue(field, p))"
            let shown = state.focus == field ? "[\(text)]" : " \(text) "
            return (shown, state.focus == field ? .focus : (isInactive(field, p) ? .dim : .header))
        }
        let total = items.reduce(0) { $0 + $1.0.count + 1 }
        let (first, second) = (layout.header.lowerBound, layout.header.upperBound)
        var row = total < state.size.cols - 1 ? second : first
        var col = 1
        for (shown, role) in items {
            if col + shown.count >= state.size.cols && row == first {
                row = second
                col = 1
            }
            col += canvas.put(shown, row: row, col: col, role: role) + 1
        }
        if case .entry(let typed) = state.mode {
            canvas.put("\(state.focus.label): \(typed)▏", row: layout.headline, col: 1, role: .focus)
        }
    }

    static func fieldValue(_ field: Field, _ p: Parameters) -> String {
        switch field {
        case .servers: Rational.grouped(p.servers)
        case .canary: (p.canaryShare * 100).decimal(places: 4, trimZeros: true) + "%"
        case .canaryServers: p.hasCanary ? Rational.grouped(p.canaryServers) : "–"
        case .strategy: p.strategy.name
        case .retries: String(p.retries)
        case .replicas: p.strategy == .replicate ? Rational.grouped(p.replicas) : "–"
        }
    }

    static func isInactive(_ field: Field, _ p: Parameters) -> Bool {
        (field == .canaryServers && !p.hasCanary) || (field == .replicas && p.strategy != .replicate)
    }

    /// The number the screen exists for: failure as an exact fraction and a percent.
    static func headline(_ state: ExplorerState, _ data: ScreenData, at layout: Layout, on canvas: inout Canvas) {
        let row = layout.headline
        if case .entry = state.mode { return }
        let width = state.size.cols - 2
        switch data.current {
        case .result(let r)?:
            let label = "Callback failure  "
            let percent = " = " + r.failure.percent()
            let room = max(9, width / 2 - label.count - percent.count)
            let fraction = ExactText.fraction(r.failure, maxWidth: room)
            // A fraction that cannot fit even shortened gives way, so the percent is never cut.
            let value = fraction.count <= room || label.count + fraction.count + percent.count <= width
                ? fraction + percent
                : ExactText.probability(r.failure, fitting: width - label.count)
            var col = 1 + canvas.put(label, row: row, col: 1, role: .headline)
            col += canvas.put(value, row: row, col: col, role: .headline)
            let barWidth = state.size.cols - col - 3
            if barWidth >= 8 { canvas.put(Bar.text(r.failure, width: barWidth, glyphs: state.glyphs), row: row, col: col + 2, role: .bar) }
            // The law behind the number (SPEC §5), on the free row under the headline.
            if row + 1 < layout.body.row {
                var law = "= " + FormulaEngine.derive(r.parameters).failure.unicode
                if law.count > width - label.count { law = String(law.prefix(max(1, width - label.count - 1))) + "…" }
                canvas.put(law, row: row + 1, col: 1 + label.count, role: .plain, width: width - label.count)
            }
        case .unavailable(let why)?:
            canvas.put("Cannot compute: \(why)", row: row, col: 1, role: .warning, width: width)
        case nil:
            canvas.put("Callback failure  computing…", row: row, col: 1, role: .headline, width: width)
        }
    }

    static func charts(_ state: ExplorerState, _ data: ScreenData, in body: Rect, on canvas: inout Canvas) {
        var area = body
        if let show = state.presentation {
            let slide = show.slide
            for line in slide.narration + (slide.diagram.isEmpty ? [] : [""] + slide.diagram) where area.height > 0 {
                canvas.put(line, row: area.row, col: area.col + 1, role: slide.diagram.contains(line) ? .accent : .plain, width: area.width - 1)
                area = area.top(1).1
            }
            area = area.top(1).1
            if case .result(let r)? = data.current { area = bigPercent(r.failure, in: area, glyphs: state.glyphs, on: &canvas) }
        }
        guard case .result(let r)? = data.current else { return }
        let glyphs = state.glyphs
        switch state.view {
        case .compare:
            Panels.compare(data.compare, current: r.parameters.strategy).draw(in: area, on: &canvas, glyphs: glyphs)
        case .sweep:
            Panels.sweep(data.sweep, current: r.parameters.servers).draw(in: area, on: &canvas, glyphs: glyphs)
        case .breakdown:
            let origin = Panels.byOrigin(r)
            let used = origin.draw(in: area, on: &canvas, glyphs: glyphs)
            Panels.routing(r).draw(in: area.top(used + 1).1, on: &canvas, glyphs: glyphs)
        case .impact:
            for (i, line) in Panels.impact(r).enumerated() where i < area.height {
                canvas.put(line, row: area.row + i, col: area.col, role: line.hasPrefix(" ") ? .plain : .header, width: area.width)
            }
        case .overview:
            overview(r, data, in: area, on: &canvas, glyphs: glyphs)
        }
    }

    /// On a slide with room to spare, the failure percent in block digits, centred, so the
    /// number reads from the back of the room; returns the area left below it.
    static func bigPercent(_ failure: Rational, in area: Rect, glyphs: BarGlyphs, on canvas: inout Canvas) -> Rect {
        let text = failure.percent()
        let label = "of callbacks fail"
        let width = BigText.width(text) + 2 + label.count
        guard area.height >= BigText.height + 1 + 10, area.width >= width else { return area }
        let col = area.col + (area.width - width) / 2
        for (i, line) in BigText.rows(text, glyphs: glyphs).enumerated() {
            canvas.put(line, row: area.row + i, col: col, role: .headline)
        }
        canvas.put(label, row: area.row + BigText.height - 1, col: col + width - label.count, role: .headline)
        return area.top(BigText.height + 1).1
    }

    /// Every chart at once: two columns when the terminal is wide, else stacked as they fit.
    static func overview(_ r: CallbackResult, _ data: ScreenData, in area: Rect, on canvas: inout Canvas, glyphs: BarGlyphs) {
        let compare = Panels.compare(data.compare, current: r.parameters.strategy)
        let sweep = Panels.sweep(data.sweep, current: r.parameters.servers)
        let origin = Panels.byOrigin(r), routing = Panels.routing(r)
        if area.width >= 96 {
            let (left, right) = area.columns(gap: 3)
            var rest = left
            for list in [compare, origin, routing] {
                let used = list.draw(in: rest, on: &canvas, glyphs: glyphs, notes: false)
                rest = rest.top(used + 1).1
            }
            sweep.draw(in: right, on: &canvas, glyphs: glyphs)
        } else {
            var rest = area
            for list in [compare, sweep, origin, routing] where rest.height > 1 {
                let used = list.draw(in: rest, on: &canvas, glyphs: glyphs)
                rest = rest.top(used + 1).1
            }
        }
    }

    /// Impact and error budget on two lines, then the status line.
    static func footer(_ state: ExplorerState, _ data: ScreenData, at layout: Layout, on canvas: inout Canvas) {
        if case .result(let r)? = data.current {
            let i = r.impact
            let impact = ["\(ExactText.count(i.failedPerMinute)) failed orders/min", "\(ExactText.money(i.lostPerMinute))/min",
                          "\(ExactText.money(i.lostPerDay))/day", "\(ExactText.money(i.lostPerYear))/year"]
            canvas.put(fitting(impact, after: " Impact: ", separator: " · ", width: state.size.cols), row: layout.impact, col: 0, role: .plain)
            let lasts = i.budgetLastsDays.map { "30-day budget lasts \(ExactText.duration(days: $0))" } ?? "budget never spent"
            let budget = ["burn \(i.burnRate.decimal(places: 2, trimZeros: true))×", lasts]
            canvas.put(fitting(budget, after: " Error budget (SLO \(r.parameters.slo.percent(places: 2))): ", separator: " · ", width: state.size.cols),
                       row: layout.budget, col: 0, role: i.burnRate > .one ? .warning : .plain)
        }
        canvas.fill(row: layout.status, role: .status)
        if let message = state.message {
            canvas.put(" " + message, row: layout.status, col: 0, role: .status)
        } else {
            let hints = Keymap.bindings(presenting: state.presentation != nil).filter(\.hint).map { "\($0.keyLabel) \($0.help)" }
            canvas.put(fitting(hints, after: " ", separator: "  ", width: state.size.cols), row: layout.status, col: 0, role: .status)
        }
    }

    /// As many whole parts as fit in `width` (at least the first), so a narrow terminal
    /// drops the last items of a line instead of cutting one in the middle.
    static func fitting(_ parts: [String], after prefix: String, separator: String, width: Int) -> String {
        var line = prefix + (parts.first ?? "")
        for part in parts.dropFirst() {
            let longer = line + separator + part
            if longer.count > width { break }
            line = longer
        }
        return line
    }
}
