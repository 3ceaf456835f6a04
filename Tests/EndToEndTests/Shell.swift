import Foundation

/// Runs a /bin/sh command with posix_spawn and waitpid. Foundation's Process can miss the
/// exit of a child whose tmux server daemonises, and hang the whole suite.
enum Shell {
    static func quote(_ s: String) -> String {
        "'" + s.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }

    /// Runs `command` with stdin from /dev/null; returns its stdout (when captured) and exit status.
    static func run(_ command: String, capture: Bool = true) -> (stdout: String, status: Int32) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sh-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let full = "(" + command + ") </dev/null >" + (capture ? output : "/dev/null") + " 2>/dev/null"
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sh"), strdup("-c"), strdup(full), nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { return ("", -1) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = capture ? ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "") : ""
        return (text, (status >> 8) & 0xff)
    }
}
