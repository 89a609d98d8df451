import Foundation
import Testing
import WorkshopModel

/// A consensing round typed in by keyboard in a real terminal, revealed, and found in the export.
@Suite(.serialized)
struct ConsensingFlowTests {
    static let proposals = ["City-Logistik", "Hybrider Handel", "Nachhaltige Unternehmen", "Digitales Handwerk",
                            "Leerstandsmanagement"]

    /// 12 raters × 6 columns (5 proposals and the passive solution), values 0–10.
    static func value(rater: Int, column: Int) -> Int {
        let base = [1, 2, 0, 3, 6, 8][column]
        return min(10, base + (rater * 7 + column * 3) % 4)
    }

    @Test func enterA6x12RoundByKeyboardRevealAndExport() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("runde.allianz")
        #expect(try Binary.run(["new", file, "--title", "Konsens Test"]).status == 0)
        let terminal = try TmuxSession(width: 80, height: 24, directory: directory.path)
        try terminal.run("'\(Binary.path)' runde.allianz; echo EXIT=$?")
        try terminal.waitFor("Konsens Test")

        try terminal.press("c")
        try terminal.waitFor("Noch keine Runde")
        try terminal.press("n")
        try terminal.type("Welche Reallabore starten wir?")
        try terminal.press("Tab")
        for (index, title) in Self.proposals.enumerated() {
            try terminal.type(title)
            if index < Self.proposals.count - 1 { try terminal.press("M-Enter") }
        }
        try terminal.press("Tab", "C-u")
        try terminal.type("12")
        try terminal.press("Tab", "Tab", "C-u")
        try terminal.type("4")
        try terminal.press("Enter")
        try terminal.waitFor("0/12 vollständig")
        try terminal.press("Enter")
        try terminal.waitFor("0 von 12 Personen vollständig")

        // Type all 72 values, rater by rater; the cursor moves on by itself.
        var keystrokes = 0
        for rater in 0..<12 {
            var keys = ""
            for column in 0..<6 { keys += String(Self.value(rater: rater, column: column)) }
            keystrokes += keys.count
            try terminal.type(keys)
        }
        let complete = try terminal.waitFor("12 von 12 Personen vollständig · 0 Werte fehlen")
        #expect(!complete.contains("★"), "no interim result before the reveal")
        #expect(keystrokes <= 2 * 72)

        // Reveal: the result table, then the tally for the room.
        try terminal.press("r")
        let result = try terminal.waitFor("Ergebnis aufgedeckt")
        #expect(result.contains("★"))
        try terminal.press("p")
        let tally = try terminal.waitFor("Gruppenwiderstand")
        #expect(tally.contains("Welche Reallabore starten wir?"))
        #expect(!tally.contains("Tastenhilfe"))
        try terminal.press("Escape", "q")
        try terminal.waitFor("EXIT=0")

        let export = try Binary.run(["export", file, "--format", "json"])
        #expect(export.status == 0)
        let decoded = try JSONDecoder.iso.decode(WorkshopExport.self, from: Data(export.output.utf8))
        let rows = try #require(decoded.consensingResults.first).result.rows
        // The expected ranking, summed here independently of the program.
        let titles = Self.proposals + [ConsensingRound.defaultPassiveTitle]
        let sums = (0..<6).map { column in (0..<12).reduce(0) { $0 + Self.value(rater: $1, column: column) } }
        let expectedOrder = (0..<6).sorted { sums[$0] < sums[$1] }.map { titles[$0] }
        #expect(rows.map(\.title) == expectedOrder)
        #expect(rows.map(\.resistance) == sums.sorted())
        #expect(Set(rows.filter(\.isChosen).map(\.title)) == Set(expectedOrder.filter { $0 != titles[5] }.prefix(4)))
        #expect(decoded.workshop.ratings.count == 72)
    }
}

extension JSONDecoder {
    /// A decoder for exports (ISO dates).
    static var iso: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
