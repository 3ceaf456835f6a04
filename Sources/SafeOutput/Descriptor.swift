#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a write to a file descriptor ended. Foundation's `FileHandle.write` traps on any
/// error (a closed stdout, a full disk), so every byte the tool writes goes through here.
public enum WriteOutcome: Equatable, Sendable {
    case written
    /// The reader went away (EPIPE with SIGPIPE ignored): not an error worth a line.
    case brokenPipe
    /// Any other failure, with errno: EBADF for a closed descriptor, ENOSPC for /dev/full.
    case failed(Int32)
}

public enum Descriptor {
    /// Writes every byte, retrying short writes and EINTR.
    public static func writeAll(_ fd: Int32, _ text: String) -> WriteOutcome {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBytes { buffer -> WriteOutcome in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n >= 0 { offset += n; continue }
                switch errno {
                case EINTR: continue
                case EPIPE: return .brokenPipe
                case let e: return .failed(e)
                }
            }
            return .written
        }
    }

    /// A closed 0, 1 or 2 would be handed out by the next open(2), and an error line meant
    /// for stderr would land in the --output file. Each closed one is filled with /dev/null
    /// opened read-only: nothing else can take its number, and writes to it still fail
    /// (EBADF), so a closed stdout is still reported as one.
    public static func occupyClosedStandardDescriptors() {
        for fd in Int32(0) ... 2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let filler = open("/dev/null", O_RDONLY)
            if filler >= 0 && filler != fd {
                dup2(filler, fd)
                close(filler)
            }
        }
    }

    /// errno as words: "No space left on device".
    public static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
