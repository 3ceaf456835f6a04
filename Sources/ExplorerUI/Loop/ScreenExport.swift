import Foundation
import SafeOutput

/// `e`: the screen as text and as SVG, side by side in one directory. Each file is written
/// whole under a hidden name and linked into place (`ExclusiveFile.publish`), so a reader
/// (the screenshot script) never sees half a file, nothing existing is replaced, and a
/// second export in the same second gets its own names.
public struct ScreenExport: Sendable {
    public let directory: URL
    public let now: @Sendable () -> Date

    public init(directory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                now: @escaping @Sendable () -> Date = Date.init) {
        self.directory = directory
        self.now = now
    }

    /// Writes both files; returns the status line: where they went, or why they did not.
    /// A name already taken (a file, or a link someone planted) is skipped, never replaced
    /// or followed: the next free `-2`, `-3`… is used.
    public func write(_ canvas: Canvas) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        let stamp = "callback-explorer-\(formatter.string(from: now()))"
        let text = canvas.text + "\n", svg = CanvasSVG.render(canvas)
        for n in 1 ... 1000 {
            let base = n == 1 ? stamp : "\(stamp)-\(n)"
            let txt = directory.appendingPathComponent(base + ".txt").path
            do {
                try ExclusiveFile.write(text, to: txt, mode: .publish)
            } catch .exists, .symbolicLink, .danglingSymbolicLink, .directory, .notRegularFile {
                continue
            } catch {
                return "export failed: \(base).txt \(error.reason)"
            }
            do {
                try ExclusiveFile.write(svg, to: directory.appendingPathComponent(base + ".svg").path, mode: .publish)
                return "exported \(base).txt and .svg"
            } catch .exists, .symbolicLink, .danglingSymbolicLink, .directory, .notRegularFile {
                unlink(txt)  // ours, linked a moment ago: the pair moves on to the next name together
                continue
            } catch {
                unlink(txt)
                return "export failed: \(base).svg \(error.reason)"
            }
        }
        return "export failed: no free name for \(stamp) in \(directory.path)"
    }
}
