import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

/// The hint line of the card panel and of the profile field editor promises what Enter, Esc,
/// Tab and Alt-Enter do. These tests read the promises off the rendered screen, press each
/// key in a fresh editor with text typed, and check that it does what was promised.
@Suite struct EditorHintTests {
    /// An editor open with "Prüftext" typed, and what it edits.
    struct Case: Sendable {
        let name: String
        let open: @Sendable () throws -> Fixture
        /// The saved text of what is being edited.
        let saved: @Sendable (Fixture) -> String?
        /// The text the editor started from ("" for a new card).
        let original: String
        /// Whether the editor is the card panel (else the profile field editor).
        let isCardPanel: Bool
        /// The field with the cursor in the card panel.
        var focus = 0
    }

    static let typed = "Prüftext"

    static func cardPanel(_ name: String, edit: Bool, focus: Int = 0) -> Case {
        Case(name: name, open: {
            let fixture = try Fixture.boards()
            fixture.openBoard(BoardFixture.themeTable)
            fixture.press(.character("j"), .character(edit ? "e" : "n"))
            fixture.type(typed)
            fixture.press(.tab, times: focus)
            return fixture
        }, saved: { fixture in
            edit ? fixture.card(BoardFixture.skills)?.text : fixture.cards(under: BoardFixture.challenges).last?.text
        }, original: edit ? "Fachkräftemangel im Handwerk – Betriebe finden keine Azubis" : "", isCardPanel: true, focus: focus)
    }

    static func fieldEditor(_ name: String, downs: Int, field: String) -> Case {
        Case(name: name, open: {
            let fixture = try Fixture()
            fixture.createProfile("Hinweis-Test")
            fixture.press(.down, times: downs)
            fixture.press(.enter)
            fixture.type(typed)
            return fixture
        }, saved: { $0.lastProfile?.value(field) }, original: "", isCardPanel: false)
    }

    static let cases: [Case] = [
        cardPanel("new card", edit: false),
        cardPanel("new card, author field", edit: false, focus: 1),
        cardPanel("edited card", edit: true),
        fieldEditor("multi-line field", downs: 1, field: "description"),
        fieldEditor("single-line field", downs: 4, field: "lead"),
    ]

    /// The promises of the hint line on the screen, read back into keys and promises.
    static func promises(on canvas: Canvas, isCardPanel: Bool, language: Language) throws -> [(Key, EditorPromise)] {
        let lines = canvas.lines.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " │")) }
        let line: String
        if isCardPanel {
            let fields = try #require(lines.firstIndex { $0.hasPrefix(UIText.fieldAuthorShort.text(language)) })
            line = lines[fields + 1]
        } else {
            let counter = try #require(lines.first { $0.contains("/\(TextFieldKind.profileField.limit)" + EditorHint.separator) })
            line = counter.components(separatedBy: EditorHint.separator).dropFirst().joined(separator: EditorHint.separator)
        }
        let keys: [Key] = [.enter, .escape, .tab, .backTab, .newline]
        return try line.components(separatedBy: EditorHint.separator).map { part in
            let label = String(part.prefix { $0 != " " })
            let phrase = String(part.dropFirst(label.count + 1))
            let key = try #require(keys.first { $0.label(language) == label }, "unknown key in “\(part)”")
            let promise = try #require(EditorPromise.allCases.first { $0.phrase.text(language) == phrase },
                                       "unknown promise in “\(part)”")
            return (key, promise)
        }
    }

    @Test(arguments: cases.map(\.name), [Language.de, .en])
    func everyPromiseOfTheHintLineHolds(name: String, language: Language) throws {
        let testCase = try #require(Self.cases.first { $0.name == name })
        let first = try testCase.open()
        first.app.language = language
        let shown = try Self.promises(on: first.render(160, 45), isCardPanel: testCase.isCardPanel, language: language)
        #expect(shown.contains { $0.0 == .enter } && shown.contains { $0.0 == .escape }, "\(name): Enter and Esc are promised")
        for (key, promise) in shown {
            let fixture = try testCase.open()
            fixture.app.language = language
            let overlay = try #require(fixture.app.overlay)
            let before = fixture.app.store.state.lastSequence
            fixture.press(key)
            let context = "\(name): \(key.label(language)) \(promise.phrase.text(language))"
            switch promise {
            case .saveAndNext:
                #expect(testCase.saved(fixture) == Self.typed, "\(context)")
                #expect(fixture.app.overlay === overlay && !overlay.hasDraft, "\(context): open and empty")
            case .saveAndClose:
                #expect(testCase.saved(fixture) == testCase.original + Self.typed, "\(context)")
                #expect(fixture.app.overlay == nil, "\(context)")
            case .saveAndNextField:
                #expect(testCase.saved(fixture) == Self.typed, "\(context)")
                #expect(fixture.app.overlay is ProfileFieldEditor && fixture.app.overlay !== overlay, "\(context)")
            case .nextField:
                #expect(fixture.app.store.state.lastSequence == before, "\(context): nothing saved")
                #expect((fixture.app.overlay as? CardEntryOverlay)?.focus == testCase.focus + 1, "\(context)")
            case .newLine:
                fixture.type("2")
                #expect(fixture.app.store.state.lastSequence == before, "\(context): nothing saved")
                #expect(fixture.app.overlay?.openDraft?.draft.texts.first?.hasSuffix(Self.typed + "\n2") == true, "\(context)")
            }
        }
    }

    @Test func theCardPanelSaysWhatEnterDoesInEachMode() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("n"))
        #expect(fixture.screen(80, 24).contains("Enter speichert, nächste Karte · Esc speichert, schließt · Tab nächstes Feld"))
        fixture.press(.escape, .character("e"))
        let edit = fixture.screen(80, 24)
        #expect(edit.contains("Enter speichert, schließt · Esc speichert, schließt · Tab nächstes Feld"))
        #expect(!edit.contains("nächste Karte"))
    }
}
