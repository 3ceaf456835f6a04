import BigInt
import CallbackModel
import Readout

/// Draws a whole frame from the state and the engine's results. Pure: the same inputs
/// always give the same canvas, which is what the screen tests rely on.
public enum Screen {
    public static let minimum = Layout.minimum
    /// From this body width the overview puts the sweep in a column of its own.
    static let twoColumns = 96

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
            // Help takes the impact lines' rows too, in pages when the keys do not fit.
            HelpScreen.draw(state, in: HelpScreen.area(layout), on: &canvas)
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

    /// The parameters, the focused one bracketed (and highlighted where there is colour):
    /// on one row with their names, or with the model's symbols (N, c, M, k, r) when the
    /// names do not fit, else on two rows of three, never one left alone.
    static func header(_ state: ExplorerState, at layout: Layout, on canvas: inout Canvas) {
        let p = state.parameters
        func items(short: Bool) -> [(String, StyleRole)] {
            Field.allCases.map { field in
                let name = short ? symbol(field, p) : label(field, p)
                let text = name.isEmpty ? fieldValue(field, p, pool: state.poolFocus) : "\(name) \(fieldValue(field, p, pool: state.poolFocus))"
                let shown = state.focus == field ? "[\(text)]" : " \(text) "
                return (shown, state.focus == field ? .focus : (isInactive(field, p) ? .dim : .header))
            }
        }
        let room = state.size.cols - 2
        func width(_ row: ArraySlice<(String, StyleRole)>) -> Int { row.reduce(0) { $0 + $1.0.count } }
        let long = items(short: false), short = items(short: true)
        let rows: [ArraySlice<(String, StyleRole)>]
        if width(long[...]) <= room {
            rows = [long[...]]
        } else if width(short[...]) <= room {
            rows = [short[...]]
        } else {
            rows = [long.prefix(3), long.suffix(3)].map { width($0) <= room ? $0 : short[$0.indices] }
        }
        for (i, row) in rows.enumerated() {
            var col = 1
            let line = rows.count == 1 ? layout.header.upperBound : layout.header.lowerBound + i
            for (shown, role) in row { col += canvas.put(shown, row: line, col: col, role: role) }
        }
        if rows.count == 1, p.incidents.isAsked || state.view == .incidents {
            canvas.put(incidentLine(p, width: room), row: layout.header.lowerBound, col: 1, role: .dim, width: room)
        }
        if case .entry(let typed) = state.mode {
            canvas.put("\(label(state.focus, p)): \(typed)▏", row: layout.headline, col: 1, role: .focus)
        }
    }

    /// The incident settings in one line, for the header's free row; items that do not
    /// fit are left out whole.
    static func incidentLine(_ p: Parameters, width: Int) -> String {
        let i = p.incidents
        func t(_ x: Rational) -> String { x.terminatingDecimal ?? x.description }
        let parts = [
            "\(Rational.grouped(p.servers)) → \(Rational.grouped(i.scaleTo ?? p.servers + 1))" + (i.scaleTo == nil ? " (G)" : ""),
            i.hashing.rawValue, "\(t(i.scaleEventsPerDay)) scale/day", "\(t(i.crashesPerDay)) crashes/day",
            "TTL \(i.stateTTL.map { t($0) + " s" } ?? "never")", "delay \(i.callbackDelay.text) s", "keys G H Y X T",
        ]
        return fitting(Array(parts.dropFirst()), after: "Incidents: " + parts[0] + " · ", separator: " · ", width: width)
    }

    /// With weighted pools the canary's two slots show the focused pool and its size × weight.
    static func label(_ field: Field, _ p: Parameters) -> String {
        guard !p.pools.isEmpty else { return field.label }
        switch field {
        case .canary: return "Pool"
        case .canaryServers: return "Size×Weight"
        default: return field.label
        }
    }

    static func symbol(_ field: Field, _ p: Parameters) -> String {
        guard !p.pools.isEmpty else { return field.symbol }
        switch field {
        case .canary: return "pool"
        case .canaryServers: return "s×w"
        default: return field.symbol
        }
    }

    static func fieldValue(_ field: Field, _ p: Parameters, pool: Int) -> String {
        if !p.pools.isEmpty, p.pools.indices.contains(pool) {
            let c = p.pools[pool]
            switch field {
            case .canary: return "\(c.name)\(c.canary ? "*" : "") \(pool + 1)/\(p.pools.count)"
            case .canaryServers: return "\(Rational.grouped(c.size))×\(PoolAdjust.weightText(c.weight))"
            default: break
            }
        }
        return fieldValue(field, p)
    }

    static func fieldValue(_ field: Field, _ p: Parameters) -> String {
        switch field {
        case .servers: Rational.grouped(p.servers)
        case .canary: canaryText(p.canaryShare)
        case .canaryServers: p.hasCanary ? Rational.grouped(p.canaryServers) : "–"
        // Pinned callbacks change every strategy's answer, so the header says so beside it.
        case .strategy: p.strategy.name + (p.callbackRouting == .providerAddress ? " (pinned)" : "")
        case .retries: String(p.retries)
        case .replicas: p.strategy == .replicate ? Rational.grouped(p.replicas) : "–"
        }
    }

    /// The canary share as the reports' headers show it (`ExactText.givenPercent`): as typed
    /// when it is a short decimal, else rounded with "≈", never "0%" or "100%" for a share
    /// that is neither.
    static func canaryText(_ share: Rational) -> String { ExactText.givenPercent(share) }

    static func isInactive(_ field: Field, _ p: Parameters) -> Bool {
        (field == .canaryServers && !p.hasCanary && p.pools.isEmpty) || (field == .replicas && p.strategy != .replicate)
    }

    /// The number the screen exists for: failure as an exact fraction and a percent.
    static func headline(_ state: ExplorerState, _ data: ScreenData, at layout: Layout, on canvas: inout Canvas) {
        let row = layout.headline
        if case .entry = state.mode { return }
        let width = state.size.cols - 2
        switch data.current {
        case .result(let r)?:
            let label = "Callback failure  "
            // The bar has a fixed place and width (two fifths of the line, at its right end),
            // so its length reads the value alone: a bigger failure never draws shorter.
            let barWidth = width * 2 / 5
            let textRoom = width - label.count - (barWidth + 2)
            // The bar stays while a fraction (at least its first and last digits) fits beside
            // it; below that the bar is left out rather than the fraction.
            let readings = ProbabilityReadings.of(r.failure)
            let beside = Self.headlineValue(readings, fitting: textRoom)
            let withBar = beside.count <= textRoom && (beside.contains("/") || r.failure.isInteger)
            let value = withBar ? beside : Self.headlineValue(readings, fitting: width - label.count)
            let col = 1 + canvas.put(label, row: row, col: 1, role: .headline)
            canvas.put(value, row: row, col: col, role: .headline)
            if withBar {
                canvas.put(Bar.text(r.failure, width: barWidth, glyphs: state.glyphs), row: row, col: 1 + width - barWidth, role: .bar)
            }
            // The law behind the number (SPEC §5), on the free row under the headline.
            if row + 1 < layout.body.row {
                var law = "= " + FormulaEngine.derive(r.parameters).failure.text(state.formulaStyle)
                if law.count > width - label.count { law = String(law.prefix(max(1, width - label.count - 1))) + "…" }
                canvas.put(law, row: row + 1, col: 1 + label.count, role: .plain, width: width - label.count)
            }
        case .unavailable(let why)?:
            canvas.put("Cannot compute: \(why)", row: row, col: 1, role: .warning, width: width)
        case nil:
            canvas.put("Callback failure  computing…", row: row, col: 1, role: .headline, width: width)
        }
    }

    /// "9/10 = 90.00%" as exactly as `width` allows; the percent is never cut.
    static func headlineValue(_ x: ProbabilityReadings, fitting width: Int) -> String {
        x.whole(fitting: width) ?? x.fitting(width)
    }

    static func charts(_ state: ExplorerState, _ data: ScreenData, in body: Rect, on canvas: inout Canvas) {
        var area = body
        if let show = state.presentation {
            let slide = show.slide
            // Words wrap at the width (a live value can make a line longer than it was
            // written); the diagram is drawn as it is.
            let words = (data.narration ?? []).flatMap { wrapped($0, width: area.width - 1) }
            for line in words + (slide.diagram.isEmpty ? [] : [""] + slide.diagram) where area.height > 0 {
                canvas.put(line, row: area.row, col: area.col + 1, role: slide.diagram.contains(line) ? .accent : .plain, width: area.width - 1)
                area = area.top(1).1
            }
            area = area.top(1).1
            if case .result(let r)? = data.current { area = bigPercent(r.failure, in: area, glyphs: state.glyphs, on: &canvas) }
        }
        guard case .result(let r)? = data.current else { return }
        let glyphs = state.glyphs
        if state.showFormulas {
            formulas(r, style: state.formulaStyle, in: area, on: &canvas)
            return
        }
        switch state.view {
        case .compare:
            Panels.compare(data.compare, current: r.parameters.strategy).draw(in: area, on: &canvas, glyphs: glyphs)
        case .sweep:
            Panels.sweep(data.sweep, current: r.parameters.servers).draw(in: area, on: &canvas, glyphs: glyphs)
        case .breakdown:
            if !r.parameters.pools.isEmpty {
                let used = Panels.pools(r.parameters, focus: state.poolFocus).draw(in: area, on: &canvas, glyphs: glyphs)
                area = area.top(used + 1).1
            }
            let origin = Panels.byOrigin(r)
            let used = origin.draw(in: area, on: &canvas, glyphs: glyphs)
            Panels.routing(r).draw(in: area.top(used + 1).1, on: &canvas, glyphs: glyphs)
        case .impact:
            for (i, line) in Panels.impact(r).enumerated() where i < area.height {
                canvas.put(line, row: area.row + i, col: area.col, role: line.hasPrefix(" ") ? .plain : .header, width: area.width)
            }
        case .overview:
            overview(r, data, in: area, on: &canvas, glyphs: glyphs)
        case .incidents:
            var rest = area
            let p = ScreenData.incidentParameters(r.parameters)
            let panels = [Panels.acrossScale(data.compare, p), Panels.acrossCrash(data.compare, p), Panels.perDay(data.compare, p)]
            for panel in panels where rest.height > 1 {
                let used = panel.draw(in: rest, on: &canvas, glyphs: glyphs, notes: false)
                rest = rest.top(used + 1).1
            }
        }
    }

    /// Every formula of the configuration whole, wrapped, with today's values written in.
    static func formulas(_ r: CallbackResult, style: FormulaText.Style, in area: Rect, on canvas: inout Canvas) {
        let f = FormulaEngine.derive(r.parameters)
        var entries: [(String, Formula)] = [("failure", f.failure), ("success", f.success)]
        for pool in Pool.allCases { if let g = f.byOrigin[pool] { entries.append(("\(pool.rawValue) origin", g)) } }
        entries.append(("expected attempts", f.expectedAttempts))
        let title = (f.symbolic.isEmpty ? "Formulas" : "Formulas in " + f.symbolic.joined(separator: ", ")) + " (f: back to the charts)"
        var lines: [(String, StyleRole)] = [(title, .header)]
        for (name, formula) in entries {
            lines += wrapped("  \(name) = \(formula.text(style))", width: area.width - 1).map { ($0, .plain) }
            if let values = f.substituted(formula, style: style) {
                let exact = f.value(formula).map { $0.description.count <= 40 && $0.description != values ? " = \($0)" : "" } ?? ""
                lines += wrapped("      = \(values)\(exact)", width: area.width - 1).map { ($0, .dim) }
            }
        }
        for (i, line) in lines.enumerated() where i < area.height {
            canvas.put(line.0, row: area.row + i, col: area.col + 1, role: line.1, width: area.width - 1)
        }
    }

    /// A line broken at spaces into lines of at most `width` characters (a longer word
    /// stands alone, cut by the canvas).
    static func wrapped(_ line: String, width: Int) -> [String] {
        guard width > 0, line.count > width else { return [line] }
        var lines: [String] = [], current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        lines.append(current)
        return lines
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
        if area.width >= twoColumns {
            let (left, right) = area.columns(gap: 3)
            var rest = left
            for list in [compare, origin, routing] {
                let used = list.draw(in: rest, on: &canvas, glyphs: glyphs, notes: false)
                rest = rest.top(used + 1).1
            }
            // A tall terminal has room for the impact view's lines under the charts.
            let impact = Panels.impact(r)
            if rest.height >= impact.count {
                for (i, line) in impact.enumerated() {
                    canvas.put(line, row: rest.row + i, col: rest.col, role: line.hasPrefix(" ") ? .plain : .header, width: rest.width)
                }
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
        if case .result(let r)? = data.current, state.mode != .help {
            let i = r.impact
            let impact = ["\(ExactText.count(i.failedPerMinute)) failed orders/min", "\(ExactText.money(i.lostPerMinute))/min",
                          "\(ExactText.money(i.lostPerDay))/day", "\(ExactText.money(i.lostPerYear))/year"]
            canvas.put(fitting(impact, after: " Impact: ", separator: " · ", width: state.size.cols), row: layout.impact, col: 0, role: .plain)
            let lasts = i.budgetLastsDays.map { "30-day budget lasts \(ExactText.duration(days: $0))" } ?? "budget never spent"
            let budget = ["burn \(ExactText.times(i.burnRate))", lasts]
            canvas.put(fitting(budget, after: " Error budget (SLO \(r.parameters.slo.percent(places: 2))): ", separator: " · ", width: state.size.cols),
                       row: layout.budget, col: 0, role: i.burnRate > .one ? .warning : .plain)
        }
        canvas.fill(row: layout.status, role: .status)
        if let message = state.message {
            // A long message (an entry's error with its allowed range) takes the row above
            // too rather than losing its end at the screen's edge.
            let cols = state.size.cols
            let parts = wrapped(" " + message, width: cols)
            if parts.count == 1 || layout.status == 0 {
                canvas.put(" " + message, row: layout.status, col: 0, role: .status)
            } else {
                canvas.fill(row: layout.status - 1, role: .status)
                canvas.put(parts[0], row: layout.status - 1, col: 0, role: .status)
                var rest = " " + parts.dropFirst().map { $0.drop { $0 == " " } }.joined(separator: " ")
                if rest.count > cols { rest = String(rest.prefix(cols - 1)) + "…" }
                canvas.put(rest, row: layout.status, col: 0, role: .status)
            }
        } else {
            let pooled = !state.parameters.pools.isEmpty
            let hints = Keymap.hints(presenting: state.presentation != nil).map { "\($0.keyLabel) \($0.help(pooled: pooled))" }
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
