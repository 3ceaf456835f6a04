import ArgumentParser

/// Errors the command line reports as one line on stderr with a fixed exit status (SPEC §2).
enum CLIError: Error, CustomStringConvertible {
    /// Bad flag value or usage: exit 64.
    case usage(String)
    /// A malformed program: exit 65.
    case badProgram(String)
    /// A file that does not exist or cannot be read: exit 66.
    case missingFile(String)
    /// A write that failed (closed or full output, a file that cannot be written): exit 74,
    /// EX_IOERR of sysexits, so a full disk is not blamed on the flags.
    case io(String)

    var description: String {
        switch self {
        case .usage(let m), .badProgram(let m), .missingFile(let m), .io(let m): m
        }
    }

    var exitStatus: Int32 {
        switch self {
        case .usage: 64
        case .badProgram: 65
        case .missingFile: 66
        case .io: StandardStreams.ioFailureStatus
        }
    }
}
