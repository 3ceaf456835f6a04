import CNcurses
import ExplorerUI

/// StyleRole → curses attributes in one table (htop's ColorElements), with a monochrome
/// fallback that keeps every distinction visible through bold, reverse and dim.
struct Palette {
    private var table: [StyleRole: attr_t] = [:]

    init(colour: Bool) {
        let mono: [StyleRole: attr_t] = [
            .plain: cn_attr_normal(), .title: cn_attr_reverse(), .header: cn_attr_normal(),
            .focus: cn_attr_reverse() | cn_attr_bold(), .headline: cn_attr_bold(), .bar: cn_attr_normal(),
            .label: cn_attr_normal(), .value: cn_attr_bold(), .dim: cn_attr_dim(), .warning: cn_attr_bold(),
            .status: cn_attr_reverse(), .accent: cn_attr_bold(),
        ]
        table = mono
        guard colour, start_color() != ERR else { return }
        use_default_colors()
        // (role, foreground, background, extra attributes); −1 is the terminal's default.
        let colours: [(StyleRole, Int16, Int16, attr_t)] = [
            (.title, Int16(COLOR_BLACK), Int16(COLOR_CYAN), cn_attr_bold()),
            (.header, Int16(COLOR_CYAN), -1, cn_attr_normal()),
            (.focus, Int16(COLOR_BLACK), Int16(COLOR_YELLOW), cn_attr_bold()),
            (.headline, Int16(COLOR_YELLOW), -1, cn_attr_bold()),
            (.bar, Int16(COLOR_RED), -1, cn_attr_normal()),
            (.value, -1, -1, cn_attr_bold()),
            (.warning, Int16(COLOR_RED), -1, cn_attr_bold()),
            (.status, Int16(COLOR_BLACK), Int16(COLOR_WHITE), cn_attr_normal()),
            (.accent, Int16(COLOR_GREEN), -1, cn_attr_bold()),
        ]
        for (i, (role, fg, bg, extra)) in colours.enumerated() {
            let pair = Int16(i + 1)
            init_pair(pair, fg, bg)
            table[role] = cn_color_pair(pair) | extra
        }
    }

    func attributes(_ role: StyleRole) -> attr_t { table[role] ?? cn_attr_normal() }
}
