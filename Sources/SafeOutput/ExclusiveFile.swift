#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a whole file without ever following a symbolic link or replacing a file by
/// accident. Checking for a file and then opening it leaves a window in which someone can
/// plant a link; here the open itself refuses (O_CREAT|O_EXCL|O_NOFOLLOW), and a
/// replacement is written beside the file and renamed over it, which replaces a link
/// rather than writing through it.
public enum ExclusiveFile {
    public enum Mode: Sendable {
        /// Create the file; refuse if anything is there (`--output` without `--force`).
        case create
        /// Write beside it and rename over a regular file (`--output --force`).
        case replace
        /// Write under a hidden name, then link(2) it into place: readers never see half a
        /// file, and an existing name (or a planted link) is refused, never replaced (exports).
        case publish
    }

    public static func write(_ text: String, to path: String, mode: Mode) throws(FileRefusal) {
        guard !path.isEmpty else { throw .emptyName }
        guard !path.hasSuffix("/") else { throw .trailingSlash }
        try refuseWhatIsThere(path, replacing: mode == .replace)
        switch mode {
        case .create:
            try writeNew(text, at: path)
        case .replace:
            let partial = try writeBeside(text, path)
            guard rename(partial, path) == 0 else {
                let code = errno
                unlink(partial)
                throw code == EISDIR ? .directory : .cannotWrite(code)
            }
        case .publish:
            let partial = try writeBeside(text, path)
            defer { unlink(partial) }
            guard link(partial, path) == 0 else {
                throw errno == EEXIST ? .exists : .cannotWrite(errno)
            }
        }
    }

    /// What lstat finds at the path, judged before any open (the open re-checks atomically).
    private static func refuseWhatIsThere(_ path: String, replacing: Bool) throws(FileRefusal) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR {
                let dir = directory(of: path)
                var dirInfo = stat()
                guard stat(dir, &dirInfo) == 0, dirInfo.st_mode & S_IFMT == S_IFDIR else { throw .missingDirectory(dir) }
            }
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: if !replacing { throw .exists }
        case S_IFDIR: throw .directory
        case S_IFLNK:
            var target = stat()
            throw stat(path, &target) == 0 ? .symbolicLink : .danglingSymbolicLink
        case S_IFIFO: throw .notRegularFile(kind: "a FIFO")
        case S_IFSOCK: throw .notRegularFile(kind: "a socket")
        default: throw .notRegularFile(kind: "a device")
        }
    }

    private static func writeNew(_ text: String, at path: String) throws(FileRefusal) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            switch errno {
            case EEXIST: throw .exists
            case ELOOP: throw .symbolicLink
            case EISDIR: throw .directory
            case ENOENT, ENOTDIR: throw .missingDirectory(directory(of: path))
            case let e: throw .cannotWrite(e)
            }
        }
        let outcome = Descriptor.writeAll(fd, text)
        let closed = close(fd) == 0 ? 0 : errno
        switch outcome {
        case .written where closed == 0: return
        case .written: unlink(path); throw .cannotWrite(closed)
        case .brokenPipe: unlink(path); throw .cannotWrite(EPIPE)
        case .failed(let e): unlink(path); throw .cannotWrite(e)
        }
    }

    /// A hidden sibling with a fresh name, so the rename or link stays on one file system.
    private static func writeBeside(_ text: String, _ path: String) throws(FileRefusal) -> String {
        let dir = directory(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        for _ in 0 ..< 100 {
            let partial = "\(dir)/.\(name).partial-\(getpid())-\(UInt32.random(in: 0 ... .max))"
            do {
                try writeNew(text, at: partial)
                return partial
            } catch .exists {
                continue
            }
        }
        throw .exists
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let dir = String(path[..<slash])
        return dir.isEmpty ? "/" : dir
    }
}
