import Foundation
import WorkshopModel

/// Measures what the moderator feels: the time from a key press to the finished frame
/// while typing cards onto a board of a workshop with many cards (`allianz-tui benchmark`).
public enum TypingBenchmark {
    /// Timings in milliseconds.
    public struct Result: Sendable {
        /// What was measured, e.g. "10000 cards, 160×45".
        public let setting: String
        public let keystroke: [Double]
        /// What saving was, e.g. "Enter (save card)".
        public let saveName: String
        public let save: [Double]

        /// One line per figure: median, 95th percentile and maximum.
        public var report: String {
            func line(_ name: String, _ values: [Double]) -> String {
                let sorted = values.sorted()
                func at(_ q: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))] }
                return String(format: "%@: median %.2f ms, p95 %.2f ms, max %.2f ms (%d samples)",
                              name, at(0.5), at(0.95), sorted.last ?? 0, values.count)
            }
            return setting + "\n" + line("keystroke → frame", keystroke) + "\n" + line(saveName + " → frame", save)
        }
    }

    /// Builds a workshop with `cards` cards on four boards in `directory`, then types
    /// `cardsToType` cards of 40 characters onto the first board.
    public static func run(cards: Int, cardsToType: Int, size: Size, directory: String) throws -> Result {
        let path = directory + "/benchmark-\(UUID().uuidString).allianz"
        defer { for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) } }
        let store = try WorkshopStore.create(at: path, content: workshop(cards: cards))
        let app = App(store: store, language: .de)
        app.push(BoardScreen(boardID: store.state.workshop.boards[0].id, workshop: store.state.workshop))
        _ = app.render(size: size)
        app.handle(.character("n"))
        var keystroke: [Double] = []
        var save: [Double] = []
        let text = Array("Fachkräftesicherung im Handwerk – Ausbildung")
        for _ in 0..<cardsToType {
            for character in text {
                keystroke.append(measure { app.handle(.character(character)); _ = app.render(size: size) })
            }
            save.append(measure { app.handle(.enter); _ = app.render(size: size) })
        }
        try store.close()
        return Result(setting: "\(cards) cards, \(size.width)×\(size.height)", keystroke: keystroke,
                      saveName: "Enter (save card)", save: save)
    }

    /// Opens the description of a demo profile that already holds `existing` characters in the
    /// field editor and types `characters` more, saving (Tab, then back) every 100 characters.
    public static func runField(existing: Int, characters: Int, size: Size, directory: String) throws -> Result {
        let path = directory + "/benchmark-\(UUID().uuidString).allianz"
        defer { for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) } }
        var content = DemoWorkshop.kickOff
        let sentence = "Die Händlergemeinschaft prüft Öffnungszeiten, Lieferwege und Übergänge. "
        content.profiles[0].values["description"] = String(String(repeating: sentence, count: existing / sentence.count + 1).prefix(existing))
        let store = try WorkshopStore.create(at: path, content: content)
        let app = App(store: store, language: .de)
        let screen = ProfileScreen(profileID: content.profiles[0].id)
        app.push(screen)
        app.handle(.down)
        app.handle(.enter)
        _ = app.render(size: size)
        var keystroke: [Double] = []
        var save: [Double] = []
        let text = Array(sentence)
        for index in 0..<characters {
            keystroke.append(measure { app.handle(.character(text[index % text.count])); _ = app.render(size: size) })
            if index % 100 == 99 {
                save.append(measure { app.handle(.tab); _ = app.render(size: size) })
                app.handle(.backTab)
            }
        }
        try store.close()
        return Result(setting: "field of \(existing)+\(characters) characters, \(size.width)×\(size.height)",
                      keystroke: keystroke, saveName: "Tab (save field)", save: save)
    }

    private static func measure(_ work: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    /// Four theme tables with four headings each and `cards` cards spread over them.
    private static func workshop(cards: Int) -> Workshop {
        var workshop = Workshop(info: WorkshopInfo(title: "Benchmark", date: "2017-03-23", place: "Bottrop"))
        for b in 1...4 {
            let board = Board(id: EntityID("b\(b)"), title: "Tisch \(b)", kind: .themeTable)
            workshop.boards.append(board)
            for h in 1...4 {
                workshop.headings.append(Heading(id: EntityID("b\(b)h\(h)"), boardID: board.id, title: "Überschrift \(h)"))
            }
        }
        for index in 0..<cards {
            let heading = workshop.headings[index % workshop.headings.count]
            workshop.cards.append(Card(id: EntityID("c\(index)"), boardID: heading.boardID, headingID: heading.id,
                                       text: "Karte \(index): Leerstände in der Innenstadt – Frequenz und Aufenthaltsqualität",
                                       tags: ["Sozio-ökonomischer Wandel"]))
        }
        return workshop
    }
}
