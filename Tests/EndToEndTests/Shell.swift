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
        // The test runner's threads block most signals and hold pipes of other tests'
        // children. A tmux server spawned with that mask never sees SIGCHLD, so it outlives
        // kill-server, and with those pipes it keeps another test's read from ever ending:
        // start the child with no blocked signals, default handlers, and only fds 0–2.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? [] {
            if let fd = Int32(name), fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
        }
        guard posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, environ) == 0 else { return ("", -1) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = capture ? ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "") : ""
        return (text, (status >> 8) & 0xff)
    }
}
