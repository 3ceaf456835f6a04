import Readout

/// Config text is echoed in notes and errors; an escape sequence in it must not act on the
/// terminal that shows them.
enum Echo {
    static func safe(_ text: String) -> String { ControlEscapes.escaped(text) }
}
