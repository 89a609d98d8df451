import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

/// A demo workshop in its own temporary directory and an app on it with a fixed clock.
/// The directory is removed when the fixture goes away.
final class Fixture {
    let directory: URL
    let store: WorkshopStore
    let app: App

    /// 23 March 2017, 14:05 in the local time zone, so the status line always shows "14:05".
    static let fixedDate: Date = {
        let components = DateComponents(year: 2017, month: 3, day: 23, hour: 14, minute: 5)
        return Calendar.current.date(from: components)!
    }()

    /// `clock` replaces the fixed time (for the timebox).
    init(language: Language = .de, content: Workshop = WorkshopTemplate.demo.content(),
         clock: (@Sendable () -> Date)? = nil) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("WorkshopTUITests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let date = Self.fixedDate
        store = try WorkshopStore.create(at: directory.appendingPathComponent("test.allianz").path,
                                         content: content, author: "test@localhost", clock: { date })
        app = App(store: store, language: language, clock: clock ?? { date })
    }

    deinit {
        try? store.close()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Sends keys to the app.
    func press(_ keys: Key...) {
        for key in keys { app.handle(key) }
    }

    /// Types `text` character by character.
    func type(_ text: String) {
        for character in text { app.handle(.character(character)) }
    }

    /// Types a `:` command and Enter.
    func command(_ text: String) {
        app.handle(.character(":"))
        type(text)
        app.handle(.enter)
    }

    func render(_ width: Int = 80, _ height: Int = 24) -> Canvas {
        app.render(size: Size(width: width, height: height))
    }

    /// The screen at `width`×`height` as text lines.
    func lines(_ width: Int = 80, _ height: Int = 24) -> [String] {
        render(width, height).lines
    }

    /// The screen at `width`×`height` as one string.
    func screen(_ width: Int = 80, _ height: Int = 24) -> String {
        render(width, height).text
    }
}

// MARK: Golden files

/// Compares `canvas.text` with `Tests/WorkshopTUITests/Golden/<name>.txt`.
///
/// When the file is missing or `RECORD_GOLDEN=1` is set, the file is (re)written and the test
/// fails, asking to re-run: a golden that was just written has not been checked by anybody.
func assertGolden(_ canvas: Canvas, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = goldenDirectory.appendingPathComponent(name + ".txt")
    let actual = canvas.text + "\n"
    let recording = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
    guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        do {
            try FileManager.default.createDirectory(at: goldenDirectory, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("Golden file \(name).txt was \(recording ? "re-recorded" : "missing and has been recorded") at \(url.path). Read it, check it, then re-run the tests without RECORD_GOLDEN.",
                         sourceLocation: sourceLocation)
        } catch {
            Issue.record("Golden file \(name).txt could not be written at \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard expected != actual else { return }
    let message = "Screen differs from golden file \(name).txt (re-record with RECORD_GOLDEN=1 if the change is intended):\n"
        + goldenDiff(expected: expected, actual: actual)
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
}

let goldenDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // WorkshopTUITests
    .appendingPathComponent("Golden", isDirectory: true)

/// The differing lines, numbered from 1, as "-expected" / "+actual" pairs.
private func goldenDiff(expected: String, actual: String) -> String {
    let old = expected.components(separatedBy: "\n")
    let new = actual.components(separatedBy: "\n")
    var result: [String] = []
    for index in 0..<max(old.count, new.count) {
        let a = index < old.count ? old[index] : "<no line>"
        let b = index < new.count ? new[index] : "<no line>"
        if a != b { result += ["\(index + 1) -|\(a)|", "\(index + 1) +|\(b)|"] }
    }
    return result.joined(separator: "\n")
}

// MARK: Screen checks

/// Every line of the canvas fits into its width (measured in terminal columns).
func expectNoLineWiderThanCanvas(_ canvas: Canvas, sourceLocation: SourceLocation = #_sourceLocation) {
    for (index, line) in canvas.lines.enumerated() {
        #expect(DisplayWidth.of(line) <= canvas.size.width, "line \(index) is \(DisplayWidth.of(line)) columns wide: \(line)",
                sourceLocation: sourceLocation)
    }
}

/// The index of the first line containing `text`.
func lineIndex(of text: String, in canvas: Canvas) -> Int? {
    canvas.lines.firstIndex { $0.contains(text) }
}
