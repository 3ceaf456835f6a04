import Testing
@testable import ExplorerUI

/// The claim behind every chart on screen: a bar is never shown without its whole percent.
/// BarList rows read `label  bar  value`, the value (cells drawn as `.value`) ending in the
/// percent; the headline reads `Callback failure  value  bar`. A value cut short by a
/// narrow screen, pushed off it by a long fraction or a long note, or lost entirely would
/// leave a bar whose number nobody can read.
enum BarLabelCheck {
    /// A whole percent as `Rational.percent()` writes it, alone or after an exact value.
    static func isPercent(_ text: String) -> Bool {
        text.wholeMatch(of: /(.+ = )?[<>]?\d+(\.\d+)?%/) != nil
    }

    struct Report {
        /// Bars and values found (so a caller can tell the check was not vacuous).
        var bars = 0
        var values = 0
        var problems: [String] = []
    }

    /// Runs of cells with one role along a row, as (role, first column, end column).
    static func runs(_ cells: ArraySlice<Cell>) -> [(role: StyleRole, from: Int, to: Int)] {
        var runs: [(role: StyleRole, from: Int, to: Int)] = []
        var from = cells.startIndex
        for i in cells.indices where cells[i].role != cells[from].role {
            runs.append((cells[from].role, from, i))
            from = i
        }
        if from < cells.endIndex { runs.append((cells[from].role, from, cells.endIndex)) }
        return runs
    }

    static func trimmed(_ s: String) -> String {
        String(s.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    static func check(_ canvas: Canvas) -> Report {
        var report = Report()
        let cols = canvas.size.cols
        for row in 0 ..< canvas.size.rows {
            let cells = canvas.cells[row * cols ..< (row + 1) * cols]
            // Most rows hold no chart: skip them before building anything.
            guard cells.contains(where: { $0.role == .bar || $0.role == .value }) else { continue }
            let runs = runs(cells)
            func text(_ run: (role: StyleRole, from: Int, to: Int)) -> String {
                trimmed(String(canvas.cells[run.from ..< run.to].map(\.ch)))
            }
            for (i, run) in runs.enumerated() {
                switch run.role {
                case .value:
                    report.values += 1
                    let value = text(run)
                    if value != "n/a" && !isPercent(value) {
                        report.problems.append("row \(row): value \"\(value)\" is not a whole percent: \(canvas.lines[row])")
                    }
                case .bar:
                    report.bars += 1
                    // The headline's value comes before its bar; a chart row's comes after it.
                    let before = runs[..<i].last { $0.role != .plain }
                    let after = runs[(i + 1)...].first { $0.role != .plain || !text($0).isEmpty }
                    if let before, before.role == .headline {
                        if text(before).firstMatch(of: /= [<>]?\d+(\.\d+)?%$/) == nil {
                            report.problems.append("row \(row): headline bar without its percent: \(canvas.lines[row])")
                        }
                    } else if after?.role != .value {
                        report.problems.append("row \(row): bar without a value after it: \(canvas.lines[row])")
                    }
                default:
                    break
                }
            }
        }
        return report
    }
}
