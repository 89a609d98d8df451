import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

/// docs/keys.md against the keymaps that handle the keys: a binding added without a line in
/// the document, or a key the document promises that does nothing, fails here. Each section
/// says which keymap it documents with `<!-- keymap: Name -->` under its heading.
@Suite struct KeysDocumentTests {
    /// Every keymap of the program by the name the document's markers use: `Keymap.global`,
    /// a screen's type name, `InstrumentListScreen.rounds` for a configured screen.
    static let keymaps: [String: Keymap] = {
        let workshop = WorkshopTemplate.demo.content()
        let id = EntityID("keys-document")
        let screens: [String: Screen] = [
            "HomeScreen": HomeScreen(),
            "BoardsOverviewScreen": BoardsOverviewScreen(in: workshop),
            "BoardScreen": BoardScreen(boardID: id, workshop: workshop),
            "PlenaryScreen": PlenaryScreen(boardID: id),
            "AggregateScreen": AggregateScreen(),
            "InstrumentListScreen.rounds": InstrumentListScreen.rounds,
            "RoundScreen": RoundScreen(roundID: id),
            "TallyScreen": TallyScreen(roundID: id),
            "QuickDecisionsScreen": QuickDecisionsScreen(),
            "InstrumentListScreen.matrices": InstrumentListScreen.matrices,
            "MatrixScreen": MatrixScreen(matrixID: id),
            "ComparisonScreen": ComparisonScreen(matrixID: id, axis: .x),
            "PriorityListScreen": PriorityListScreen(matrixID: id),
            "CatalogScreen": CatalogScreen(),
            "ProfileScreen": ProfileScreen(profileID: id),
            "PosterScreen": PosterScreen(profileID: id, sequence: []),
            "TemplatesScreen": TemplatesScreen(),
            "ProjectorScreen": ProjectorScreen(),
            "TitlePresentation": TitlePresentation(),
            "TimerPresentation": TimerPresentation(),
            "MatrixPresentation": MatrixPresentation(matrixID: id),
        ]
        return screens.mapValues(\.keymap).merging(["Keymap.global": Keymap.global]) { $1 }
    }()

    /// Keys a screen reads before its keymap (``Screen/consume(_:app:)``), with the reason:
    /// the document may list them for that screen although no binding has them.
    static let typingKeys: [String: (keys: Set<Key>, reason: String)] = [
        "RoundScreen": (Set("0123456789".map { .character($0) }),
                        "the grid reads digits as values (RoundScreen.consume)"),
        "ProfileScreen": (Set("23456789".map { .character($0) }),
                          "digits rate the chosen criterion (ProfileScreen.consume; `1` is the binding that explains it)"),
    ]

    let document: KeysDocument

    init() throws {
        document = KeysDocument(text: try String(contentsOf: KeysDocument.url, encoding: .utf8))
    }

    /// The keys the sections marked with `name` list.
    private func documentedKeys(of name: String) -> Set<Key> {
        Set(document.sections.filter { $0.names.contains(name) }
            .flatMap(\.keyCells).flatMap { KeysDocument.keys(inCell: $0).keys })
    }

    @Test func everyBindingIsDocumentedInItsScreensSection() {
        for (name, keymap) in Self.keymaps.sorted(by: { $0.key < $1.key }) {
            let documented = documentedKeys(of: name)
            for binding in keymap.bindings {
                for key in binding.keys where !documented.contains(key) {
                    guard let spelling = KeysDocument.spelling(of: key) else { continue }
                    Issue.record("\(name): \(spelling) (\(binding.help.text(.en))) is not in docs/keys.md under a section marked <!-- keymap: \(name) -->")
                }
            }
        }
    }

    @Test func everyDocumentedKeyDoesSomethingThere() {
        for section in document.sections {
            guard !section.names.isEmpty else { continue }
            var bound = Set(section.names.compactMap { Self.keymaps[$0] }.flatMap(\.bindings).flatMap(\.keys))
            // The global keys work on every screen (the screen's own binding comes first).
            bound.formUnion(Keymap.global.bindings.flatMap(\.keys))
            bound.formUnion(section.names.compactMap { Self.typingKeys[$0]?.keys }.joined())
            for cell in section.keyCells {
                for key in KeysDocument.keys(inCell: cell).keys where !bound.contains(key) {
                    Issue.record("docs/keys.md, “\(section.title)”: \(KeysDocument.spelling(of: key) ?? "?") does nothing on \(section.names.joined(separator: ", "))")
                }
            }
        }
    }

    @Test func keyCellsHoldOnlyKeys() {
        for section in document.sections where !section.names.isEmpty {
            for cell in section.keyCells {
                let parsed = KeysDocument.keys(inCell: cell)
                #expect(parsed.unknown.isEmpty, "docs/keys.md, “\(section.title)”: “\(cell)” has \(parsed.unknown), not keys as the document writes them")
                #expect(!parsed.keys.isEmpty, "docs/keys.md, “\(section.title)”: “\(cell)” names no key")
            }
        }
    }

    @Test func everySectionWithKeysSaysWhichKeymapItDocuments() {
        for section in document.sections where !section.keyCells.isEmpty {
            switch section.marker {
            case nil:
                Issue.record("docs/keys.md, “\(section.title)”: a key table without <!-- keymap: … -->")
            case let .none(reason)?:
                #expect(!reason.isEmpty, "docs/keys.md, “\(section.title)”: <!-- keymap: none – … --> needs the reason")
            case let .keymaps(names)?:
                for name in names {
                    #expect(Self.keymaps[name] != nil, "docs/keys.md, “\(section.title)”: no keymap named \(name)")
                }
            }
        }
    }

    /// A new screen cannot slip past: every type that is a screen is in ``keymaps``.
    @Test func everyScreenOfTheSourcesIsChecked() throws {
        let sources = KeysDocument.url.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/WorkshopTUI")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        let declaration = /class\s+(\w+)\s*:\s*(?:Screen|Presentation)\b/
        var screenTypes: Set<String> = []
        for case let url as URL in files where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            screenTypes.formUnion(text.matches(of: declaration).map { String($0.output.1) })
        }
        #expect(screenTypes.count >= 15, "found only \(screenTypes.sorted())")
        let checkedTypes = Set(Self.keymaps.keys.map { String($0.prefix { $0 != "." }) })
        #expect(screenTypes.subtracting(checkedTypes).isEmpty,
                "screens not checked against docs/keys.md: \(screenTypes.subtracting(checkedTypes).sorted())")
    }

    // MARK: The reader itself

    @Test func readsKeysAsTheDocumentWritesThem() {
        let parsed = KeysDocument.keys(inCell: "↑ ↓ or `k` `j`, PgUp PgDn, Home/`g` End/`G`, Space, Ctrl-R, Shift-Tab, F5, `0`–`3`, Del")
        #expect(parsed.unknown.isEmpty)
        #expect(parsed.keys == [.up, .down, .character("k"), .character("j"), .pageUp, .pageDown, .home, .character("g"),
                                .end, .character("G"), .character(" "), .control("r"), .backTab, .function(5),
                                .character("0"), .character("1"), .character("2"), .character("3"), .delete])
        #expect(KeysDocument.keys(inCell: "letters in a field").unknown == ["letters", "in", "a", "field"])
        #expect(KeysDocument.keys(inCell: "`ok/rl`").unknown == ["`ok/rl`"])
    }

    @Test func readsSectionsMarkersAndKeyCells() {
        let document = KeysDocument(text: """
            # Keys
            ## A board
            <!-- keymap: BoardScreen -->
            | key | action |
            |---|---|
            | `n` / `a` | new card |
            | Enter | edit |
            ### Plenary view
            <!-- keymap: none – shown only -->
            | key | action |
            |:--|--|
            | Space | next page |
            """)
        #expect(document.sections.map(\.title) == ["A board", "Plenary view"])
        #expect(document.sections[0].marker == .keymaps(["BoardScreen"]))
        #expect(document.sections[0].keyCells == ["`n` / `a`", "Enter"])
        #expect(document.sections[1].marker == .none(reason: "shown only"))
        #expect(document.sections[1].keyCells == ["Space"])
    }
}
