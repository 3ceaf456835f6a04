import Foundation
import Testing

/// `scripts/screenshots.sh` makes the README's pictures with the tool itself; run it into a
/// temporary directory and check it reproduces the committed pictures byte for byte, so a
/// change that alters what the explorer draws also updates the pictures.
@Suite(.enabled(if: Tmux.available || ProcessInfo.processInfo.environment["CI"] != nil))
struct ScreenshotTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func scriptReproducesTheCommittedPictures() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("shots-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let script = Self.root.appendingPathComponent("scripts/screenshots.sh").path
        let run = Shell.run("CALLBACK_EXPLORER_BIN=\(Shell.quote(Binary.url.path)) bash \(Shell.quote(script)) \(Shell.quote(out.path))")
        #expect(run.status == 0, "screenshots.sh failed: \(run.stdout)")
        let committed = Self.root.appendingPathComponent("screenshots")
        let names = try FileManager.default.contentsOfDirectory(atPath: committed.path).filter { $0.hasSuffix(".svg") }.sorted()
        #expect(names == ["compare.svg", "explorer-200x50.svg", "explorer-80x24.svg", "explorer.svg", "slide.svg", "sweep-report.svg", "sweep.svg"])
        for name in names {
            let made = try Data(contentsOf: out.appendingPathComponent(name))
            let kept = try Data(contentsOf: committed.appendingPathComponent(name))
            #expect(made == kept, "\(name) differs from the committed picture: run scripts/screenshots.sh")
        }
    }
}
