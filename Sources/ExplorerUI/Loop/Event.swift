import CallbackModel

/// What happens to the explorer: the user's keys, and the answers to effects it asked for.
public enum Event: Sendable, Equatable {
    case key(Key)
    /// Answers from the engine, computed off the input thread.
    case evaluated([Evaluated])
    /// The export finished; the text says where it went, or why it failed.
    case exported(String)
    /// A stop signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) arrived.
    case signal(Int32)
}

/// What the explorer asks the loop to do: values, so tests read them instead of mocking I/O.
public enum Effect: Sendable, Equatable {
    /// Compute these configurations (the first is the headline's) and send back `.evaluated`.
    case evaluate([Parameters])
    /// Write this screen to files and send back `.exported`.
    case export(Canvas)
    /// Stop the loop; with a signal, the program dies of it after restoring the terminal.
    case quit(signal: Int32?)
}
