import Testing
import WorkshopModel
@testable import WorkshopTUI

@Suite struct HelpOverlayTests {
    // MARK: Golden files

    @Test(arguments: [(Language.de, 80, 24), (.de, 160, 45), (.en, 80, 24), (.en, 160, 45)])
    func helpOverlayGolden(language: Language, width: Int, height: Int) throws {
        let fixture = try Fixture(language: language)
        fixture.press(.character("?"))
        assertGolden(fixture.render(width, height), named: "help-\(language.rawValue)-\(width)x\(height)")
    }

    // MARK: Content

    /// Every binding shown with its keys and its help text on one line.
    private func expectEveryBinding(of keymaps: [Keymap], in lines: [String], language: Language,
                                    sourceLocation: SourceLocation = #_sourceLocation) {
        for binding in keymaps.flatMap(\.bindings) {
            let label = binding.keyLabel(language)
            let help = binding.help.text(language)
            #expect(lines.contains { $0.contains(" \(label) ") && $0.contains(help) },
                    "no line with “\(label)” and “\(help)”", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [Language.de, .en])
    func listsEveryGlobalAndHomeScreenKey(language: Language) throws {
        let fixture = try Fixture(language: language)
        let homeKeymap = fixture.app.currentScreen.keymap
        fixture.press(.character("?"))
        let lines = fixture.lines(160, 45)
        expectEveryBinding(of: [Keymap.global, homeKeymap], in: lines, language: language)
        #expect(lines.contains { $0.contains(UIText.helpScreenSection.text(language)) })
        #expect(lines.contains { $0.contains(UIText.helpGlobalSection.text(language)) })
        #expect(lines.contains { $0.contains(UIText.helpTitle.text(language) + " — " + UIText.helpClose.text(language)) })
    }

    @Test func theKeysAreTheOnesTheScreenHandles() throws {
        // The help is generated from the keymaps; check that the keymaps are what the keys do.
        let fixture = try Fixture()
        let keymap = fixture.app.currentScreen.keymap
        #expect(keymap.action(for: .character("a")) == .add)
        #expect(keymap.action(for: .delete) == .delete)
        #expect(keymap.action(for: .tab) == .nextPane)
        #expect(Keymap.global.action(for: .character("?")) == .help)
        #expect(Keymap.global.action(for: .function(1)) == .help)
        #expect(Keymap.global.action(for: .character("q")) == .quit)
        #expect(Keymap.global.action(for: .character("x")) == nil)
        // No key is bound twice.
        let keys = (keymap.bindings + Keymap.global.bindings).flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
    }

    @Test(arguments: [Language.de, .en])
    func at80x24ScrollingReachesEveryKey(language: Language) throws {
        let fixture = try Fixture(language: language)
        let homeKeymap = fixture.app.currentScreen.keymap
        fixture.press(.character("?"))
        var canvas = fixture.render()
        // Not everything fits: the frame says there is more below.
        let frameBottom = try #require(canvas.lines.lastIndex { $0.contains("└") && $0.contains("┘") && $0.contains("│") })
        #expect(canvas.lines[frameBottom - 1].contains("▼"))
        #expect(!canvas.text.contains("▲"))
        var seen = canvas.lines
        for _ in 0..<30 {
            fixture.press(.character("j"))
            canvas = fixture.render()
            seen += canvas.lines
            #expect(fixture.app.overlay != nil)
        }
        #expect(canvas.text.contains("▲"))
        expectEveryBinding(of: [Keymap.global, homeKeymap], in: seen, language: language)
        // Back up with ↑ and Page up.
        fixture.press(.pageUp, .pageUp, .up, .character("k"))
        #expect(fixture.render().lines.contains { $0.contains(UIText.helpScreenSection.text(language)) })
    }

    @Test(arguments: [Language.de, .en])
    func typingHelpIsWrappedNotCut(language: Language) throws {
        let fixture = try Fixture(language: language)
        fixture.press(.character("?"))
        let canvas = fixture.render(160, 45)
        let expected = UIText.textInputHelp.text(language)
        let first = try #require(lineIndex(of: String(expected.prefix(12)), in: canvas))
        let left = try #require(canvas.lines[first].range(of: String(expected.prefix(12))))
        let column = DisplayWidth.of(canvas.lines[first][..<left.lowerBound])
        var shown = ""
        for y in first..<canvas.size.height {
            guard canvas.style(of: String(canvas.lines[y].dropFirst(column).prefix(3)), onLine: y) == .secondary else { break }
            shown += String(canvas.lines[y].dropFirst(column).prefix { $0 != "│" })
        }
        #expect(shown.filter { $0 != " " } == expected.filter { $0 != " " })
    }

    @Test func fitsTheMinimumSize() throws {
        let fixture = try Fixture()
        fixture.press(.character("?"))
        let canvas = fixture.render(60, 16)
        expectNoLineWiderThanCanvas(canvas)
        #expect(canvas.text.contains("Tasten — Esc oder ? schließt"))
        #expect(canvas.text.contains("Titel, Datum, Ort bearbeiten"))
        #expect(canvas.text.contains("▼"))
    }

    // MARK: Opening and closing

    @Test func f1AndTheCommandLineOpenItToo() throws {
        let fixture = try Fixture()
        fixture.press(.function(1))
        #expect(fixture.app.overlay is HelpOverlay)
        fixture.press(.escape)
        fixture.command("help")
        #expect(fixture.app.overlay is HelpOverlay)
    }

    @Test func escapeClosesIt() throws {
        let fixture = try Fixture()
        fixture.press(.character("?"))
        #expect(fixture.screen().contains("Tasten — Esc oder ? schließt"))
        fixture.press(.escape)
        #expect(fixture.app.overlay == nil)
        #expect(!fixture.screen().contains("Tasten —"))
        #expect(fixture.screen() == (try Fixture().screen()))
    }

    @Test func questionMarkClosesItAsTheTitleSays() throws {
        let fixture = try Fixture()
        fixture.press(.character("?"), .character("?"))
        #expect(fixture.app.overlay == nil)
    }

    @Test func keysDoNotReachTheScreenWhileItIsOpen() throws {
        let fixture = try Fixture()
        fixture.press(.character("?"), .character("q"))
        #expect(!fixture.app.shouldQuit)
        fixture.press(.character("?"), .character("d"))
        #expect(fixture.app.overlay == nil)
        #expect(fixture.store.state.workshop.agenda.count == 10)
        fixture.press(.character("?"), .character("j"), .character("j"), .escape)
        // The list selection did not move.
        let canvas = fixture.render()
        let row = try #require(lineIndex(of: "Begrüßung durch Oberbürgermeister", in: canvas))
        #expect(canvas.style(of: "Begrüßung durch Oberbürgermeister", onLine: row) == .selection)
    }
}
