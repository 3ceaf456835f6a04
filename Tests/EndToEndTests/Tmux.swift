import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Drives the real binary in a private tmux server: start, send keys, read the screen.
struct Tmux {
    let socket = "cbx-\(UUID().uuidString.prefix(8))"
    let session = "t"

    static var available: Bool { (try? run(["-V"]).status) == 0 }

    /// Starts `command` in a detached session of the given size, under a shell that
    /// reports the exit status and stays usable afterwards.
    func start(_ command: String, cols: Int = 100, rows: Int = 32) throws {
        let shell = "\(command); echo EXIT=$?; exec sh"
        // The tmux server this starts would hold a captured stdout open forever: discard it.
        _ = try Self.run(["-L", socket, "new-session", "-d", "-x", String(cols), "-y", String(rows), "-s", session,
                          "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 sh -c '\(shell)'"], capture: false)
    }

    func send(_ keys: String...) throws { _ = try tmux(["send-keys", "-t", session] + keys) }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", session]).stdout }

    /// Polls the screen until every text shows (bounded), returning the last screen. A
    /// frame reaches tmux in pieces, so wait for all that a check needs. A text that never
    /// shows is a failure of the test, recorded here, so no wait can pass unchecked.
    @discardableResult
    func waitFor(_ texts: String..., seconds: Double = 8, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if texts.allSatisfy(last.contains) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let missing = texts.filter { !last.contains($0) }
        Issue.record("never showed \(missing) in \(seconds) s; the screen:\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    func resize(cols: Int, rows: Int) throws {
        _ = try tmux(["resize-window", "-t", session, "-x", String(cols), "-y", String(rows)])
    }

    func kill() { _ = try? tmux(["kill-server"]) }

    private func tmux(_ args: [String]) throws -> (stdout: String, status: Int32) {
        try Self.run(["-L", socket] + args)
    }

    /// Runs tmux through /bin/sh (see `Shell.run`: Process can hang on tmux).
    static func run(_ args: [String], capture: Bool = true) throws -> (stdout: String, status: Int32) {
        Shell.run("tmux " + args.map(Shell.quote).joined(separator: " "), capture: capture)
    }
}
