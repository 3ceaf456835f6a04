import CNcurses
import ExplorerUI

/// Translates curses key codes into the UI's `Key`; the only place that knows them.
enum KeyDecoder {
    static func key(_ code: Int32, rows: Int, cols: Int) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER, 10, 13: return .enter
        case KEY_BACKSPACE, 127, 8: return .backspace
        case KEY_RESIZE: return .resize(Size(rows: rows, cols: cols))
        case 3: return .ctrlC
        case 9: return .tab
        case 27: return .escape
        case 32 ..< 127: return .char(Character(UnicodeScalar(UInt8(code))))
        default: return nil
        }
    }
}
