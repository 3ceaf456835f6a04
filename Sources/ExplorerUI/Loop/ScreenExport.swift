import Foundation

/// `e`: the screen as text and as SVG, side by side in one directory. Each file is written
/// whole to a temporary name and renamed, so a reader (the screenshot script) never sees
/// half a file; a second export in the same second gets its own names.
public struct ScreenExport: Sendable {
    public let directory: URL
    public let now: @Sendable () -> Date

    public init(directory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                now: @escaping @Sendable () -> Date = Date.init) {
        self.directory = directory
        self.now = now
    }

    /// Writes both files; returns the status line: where they went, or why they did not.
    public func write(_ canvas: Canvas) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        let stamp = "callback-explorer-\(formatter.string(from: now()))"
        var base = stamp
        var n = 1
        while exists(base + ".txt") || exists(base + ".svg") {
            n += 1
            base = "\(stamp)-\(n)"
        }
        do {
            try whole(canvas.text + "\n", to: base + ".txt")
            try whole(CanvasSVG.render(canvas), to: base + ".svg")
            return "exported \(base).txt and .svg"
        } catch {
            return "export failed: cannot write \(base).txt in \(directory.path)"
        }
    }

    /// Written under a hidden name first, then renamed: rename(2) is atomic, so the file is
    /// either absent or whole, never half written.
    private func whole(_ text: String, to name: String) throws {
        let final = directory.appendingPathComponent(name)
        let partial = directory.appendingPathComponent(".\(name).partial")
        try Data(text.utf8).write(to: partial)
        guard rename(partial.path, final.path) == 0 else {
            try? FileManager.default.removeItem(at: partial)
            throw CocoaError(.fileWriteUnknown)
        }
    }

    private func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path)
    }
}
