#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Input files are read whole, so only a regular file will do: opening a FIFO for reading
/// waits for a writer forever, and a device or directory is never a program or config.
public enum ReadableFile {
    /// Why `path` cannot be read as a file, or nil when it is a regular file. Decided by
    /// `stat`, before anything is opened.
    public static func refusal(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return "no such readable file" }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return access(path, R_OK) == 0 ? nil : "not readable"
        case S_IFDIR: return "a directory, not a file"
        case S_IFIFO: return "a named pipe, not a file (it would wait for a writer)"
        default: return "not a regular file"
        }
    }
}
