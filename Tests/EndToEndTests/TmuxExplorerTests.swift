import Foundation
import Testing

/// The explorer in a real terminal (tmux): what only a terminal shows. Skipped when tmux
/// is missing outside CI; CI installs it, so there it always runs.
@Suite(.enabled(if: Tmux.available || ProcessInfo.processInfo.environment["CI"] != nil))
struct TmuxExplorerTests {
    var binary: String { Binary.url.path }

    /// LANG=C: the terminal gets ASCII stand-ins, one cell each (`·` → `|`, `→` → `>`,
    /// `×` → `x`), never curses' `~` escapes, and the columns stay put.
    @Test func cLocaleDrawsASCIIStandIns() throws {
        let t = Tmux()
        defer { t.kill() }
        try t.start("env LANG=C LC_ALL=C \(binary) --servers 10 --canary 5")
        let screen = try t.waitFor("323/360 = 89.72%", "stable > canary", "* servers x10")
        #expect(screen.contains("callback-explorer | exact callback failure"))
        #expect(screen.contains("stable > canary"))
        #expect(screen.contains("* servers x10"))
        #expect(!screen.contains("~"))
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII })
        try t.send("q")
        #expect(try t.waitFor("EXIT=0").contains("EXIT=0"))
    }

    @Test func keysRedrawAndQuitRestoresTheShell() throws {
        let t = Tmux()
        defer { t.kill() }
        try t.start("\(binary) --servers 10")
        var screen = try t.waitFor("9/10 = 90.00%")
        #expect(screen.contains("Callback failure  9/10 = 90.00%"))
        try t.send("+")
        screen = try t.waitFor("10/11 = 90.91%", "[Servers 11]")
        #expect(screen.contains("[Servers 11]"))
        try t.send("s")
        screen = try t.waitFor("Strategy shared", "Callback failure  0 = 0.00%")
        #expect(screen.contains("Callback failure  0 = 0.00%"))
        try t.send("?")
        screen = try t.waitFor("Keys (q, Esc or ? closes help)", "servers ×10")
        #expect(screen.contains("servers ×10"))
        try t.send("x")
        try t.send("q")
        screen = try t.waitFor("EXIT=0")
        #expect(screen.contains("EXIT=0"))
        // The shell echoes what is typed: the terminal is back in cooked mode.
        try t.send("stty -a | tr ' ' '\\n' | grep -x -e echo -e icanon | tr '\\n' ' '; echo", "Enter")
        // stty lists the local flags in its own order: icanon comes before echo.
        #expect(try t.waitFor("icanon echo").contains("icanon echo"))
    }

    @Test func tooSmallTerminalThenGrow() throws {
        let t = Tmux()
        defer { t.kill() }
        try t.start("\(binary) --servers 10", cols: 30, rows: 8)
        let small = try t.waitFor("terminal too small")
        #expect(small.contains("terminal too small"))
        try t.resize(cols: 100, rows: 32)
        let big = try t.waitFor("Callback failure  9/10 = 90.00%")
        #expect(big.contains("Callback failure  9/10 = 90.00%"))
        try t.send("q")
        #expect(try t.waitFor("EXIT=0").contains("EXIT=0"))
    }

    /// Stop signals (INT, TERM, HUP, USR1, ALRM) end the loop and restore; a fault (SEGV)
    /// restores from its handler. Each case runs its own server count, so a signal aimed at one never hits another
    /// test's explorer running in parallel.
    @Test(arguments: [("INT", "130", 21), ("TERM", "143", 22), ("HUP", "129", 23), ("USR1", "138", 24), ("ALRM", "142", 25), ("SEGV", "139", 26)])
    func signalsRestoreTheTerminal(signal: String, status: String, servers: Int) throws {
        let t = Tmux()
        defer { t.kill() }
        try t.start("\(binary) --servers \(servers)")
        try t.waitFor("Servers \(servers)]")
        // A resize storm first, with keys in between (down to a 1×1 terminal), then the
        // signal; the explorer must still be drawing when the signal comes.
        let sizes = [(80, 24), (1, 1), (120, 40), (30, 8), (64, 20), (2, 1), (200, 60), (100, 32)]
        for round in 0 ..< 3 {
            for (c, r) in sizes {
                try t.resize(cols: c, rows: r)
                try t.send(round == 1 ? "v" : "j")
            }
        }
        let after = try t.waitFor("Servers \(servers)", "Callback failure")
        #expect(after.contains("Callback failure"))
        _ = Shell.run("pkill -\(signal) -f '^\(binary) --servers \(servers)$'", capture: false)
        let screen = try t.waitFor("EXIT=")
        #expect(screen.contains("EXIT=\(status)"))
        // Ctrl-U first: a key the storm sent after the signal (the explorer had stopped
        // reading) would otherwise stand in front of the command.
        try t.send("C-u")
        try t.send("stty -a | tr ' ' '\\n' | grep -x -e echo -e icanon | tr '\\n' ' '; echo", "Enter")
        #expect(try t.waitFor("icanon echo").contains("icanon echo"))
    }

    @Test func presentationWalksSlides() throws {
        let t = Tmux()
        defer { t.kill() }
        try t.start("\(binary) present")
        #expect(try t.waitFor("slide 1/13", "1/2 = 50.00%").contains("1/2 = 50.00%"))
        try t.send("Space")
        #expect(try t.waitFor("slide 2/13", "2/3 = 66.67%").contains("2/3 = 66.67%"))
        try t.send("4")
        #expect(try t.waitFor("slide 4/13", "9/50 = 18.00%").contains("9/50 = 18.00%"))
        try t.send("Left")
        #expect(try t.waitFor("slide 3/13", "99/100 = 99.00%").contains("99/100 = 99.00%"))
        try t.send("q")
        #expect(try t.waitFor("EXIT=0").contains("EXIT=0"))
    }

    @Test func withoutATerminalItSuggestsReport() throws {
        let out = try Binary.run(["--servers", "10"])
        #expect(out.status == 64)
        #expect(out.stderr.split(separator: "\n").count == 1)
        #expect(out.stderr.contains("callback-explorer report --servers 10"))
        #expect(try Binary.run(["present"]).status == 64)
    }

    /// 80×24, the classic terminal: the parameters on one row, hidden rows counted, and
    /// `q` inside help closing help rather than quitting (issue 14, items 2 and 7).
    @Test func eightyByTwentyFour() throws {
        let t = Tmux()
        defer { t.kill() }
        try t.start("\(binary) --servers 1000", cols: 80, rows: 24)
        // The sweep's rows arrive last (a slow machine draws "computing…" first, which
        // hides one row more), so wait for the settled screen's count itself.
        let screen = try t.waitFor("999/1000 = 99.90%", "… 3 more rows")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count >= 24)
        #expect(lines[2].contains("[Servers 1,000]") && lines[2].contains("Replicas –"), "\(lines[2])")
        #expect(lines[1].trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(screen.contains("… 3 more rows"))
        #expect(lines[23].hasPrefix(" ? help: every key  q quit"))
        try t.send("?")
        // At 80×24 the keys take two pages (every key whole).
        try t.waitFor("Keys 1/2 (Space: more")
        try t.send("q")
        let back = try t.waitFor("All strategies at these parameters")
        #expect(!back.contains("EXIT="))
        try t.send("q")
        #expect(try t.waitFor("EXIT=0").contains("EXIT=0"))
    }

    /// 200×50: the room is used (more sweep points, the impact lines beside the sweep).
    @Test func twoHundredByFifty() throws {
        let t = Tmux()
        defer { t.kill() }
        try t.start("\(binary) --servers 10", cols: 200, rows: 50)
        let screen = try t.waitFor("N = 1,000,000,000", "Impact at 1,000 orders a minute")
        // 1 − 1/10⁹, whole: nothing is shortened on a wide screen.
        #expect(screen.contains("999999999/1000000000 = 99.9999999%"))
        #expect(screen.contains("N = 7 "))
        try t.send("q")
        #expect(try t.waitFor("EXIT=0").contains("EXIT=0"))
    }
}
