import CallbackModel

/// What a key asks for. Keys map to actions through `Keymap`; the reducer applies actions.
public enum Action: Equatable, Sendable {
    /// Move a parameter one step up (+1) or down (−1).
    case step(Field, Int)
    /// Servers ×10 (true) or ÷10 (false).
    case scaleServers(up: Bool)
    case moveFocus(Int)
    /// Step an incident setting (SPEC §6) by this much in its typed units.
    case stepIncident(ParameterName, Int)
    case toggleHashing
    /// Callbacks routed per request, or pinned by the provider's address.
    case toggleRouting
    /// The formulas whole, in place of the charts (the headline's row cuts them).
    case toggleFormulas
    /// Focus one parameter directly (Home: the first, End: the last).
    case focus(Field)
    /// Step the focused parameter.
    case stepFocused(Int)
    /// With weighted pools: focus the next (+1) or previous (-1) pool.
    case selectPool(Int)
    case beginEntry
    case nextView
    case undo
    case export
    case toggleHelp
    case quit
    case nextSlide
    case previousSlide
}
