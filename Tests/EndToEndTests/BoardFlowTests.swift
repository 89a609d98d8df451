import Foundation
import Testing
import WorkshopModel

/// Live card entry on a theme table in a real terminal, as a moderator does it.
@Suite(.serialized)
struct BoardFlowTests {
    @Test func twentyCardsUnderTwoHeadingsMoveUndoPresentAndExport() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("tische.allianz")
        #expect(try Binary.run(["new", file, "--title", "Thementische Test"]).status == 0)
        let terminal = try TmuxSession(width: 80, height: 24, directory: directory.path)
        try terminal.run("'\(Binary.path)' tische.allianz; echo EXIT=$?")
        try terminal.waitFor("Thementische Test")

        // A new theme table from the boards overview.
        try terminal.createThemeTable("Herausforderungen für den Standort")
        try terminal.press("+")
        try terminal.type("Visionen")
        try terminal.press("Enter")
        try terminal.waitFor("Visionen (0)")

        // Ten cards under each heading: type, Enter, type, Enter.
        try terminal.press("n")
        for number in 1...10 {
            try terminal.type("Herausforderung \(number): Fachkräfte für Straßenbau")
            try terminal.press("Enter")
        }
        try terminal.waitFor("Beiträge (10)")
        try terminal.press("Escape", "l", "n")
        for number in 1...10 {
            try terminal.type("Vision \(number): Grüne Innenstadt – Aufenthaltsqualität")
            try terminal.press("Enter")
        }
        try terminal.waitFor("Visionen (10)")
        try terminal.press("Escape")

        // Move the last challenge over to the visions, then undo the move.
        try terminal.press("h", "L")
        try terminal.waitFor("Visionen (11)")
        try terminal.press("u")
        let undone = try terminal.waitFor { $0.contains("Rückgängig gemacht") && $0.contains("Beiträge (10)") }
        #expect(undone.contains("Beiträge (10)") && undone.contains("Visionen (10)"))

        // The plenary view: the board title, headings and cards, no menus.
        try terminal.press("p")
        let plenary = try terminal.waitFor { $0.contains("══") && $0.contains("• Herausforderung 1: Fachkräfte") }
        #expect(plenary.contains("Herausforderungen für den Standort"))
        #expect(plenary.contains("• Herausforderung 1: Fachkräfte für Straßenbau"))
        #expect(!plenary.contains("Tastenhilfe") && !plenary.contains("gespeichert"))
        try terminal.press("Escape")
        try terminal.waitFor("Visionen (10)")
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")

        let export = try Binary.run(["export", file, "--format", "json"])
        #expect(export.status == 0)
        let workshop = try JSONDecoder().decode(WorkshopExport.self, from: Data(export.output.utf8)).workshop
        #expect(workshop.cards.count == 20)
        let headings = Dictionary(uniqueKeysWithValues: workshop.headings.map { ($0.id, $0.title) })
        #expect(workshop.cards.filter { headings[$0.headingID] == "Beiträge" }.count == 10)
        #expect(workshop.cards.filter { headings[$0.headingID] == "Visionen" }.count == 10)
        #expect(workshop.cards.contains { $0.text == "Vision 10: Grüne Innenstadt – Aufenthaltsqualität" })
    }

    @Test func cardEntryAtProjectorSizeShowsFourColumnsOfTheSwot() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("swot.allianz")
        #expect(try Binary.run(["new", file, "--title", "SWOT Test"]).status == 0)
        let terminal = try TmuxSession(width: 160, height: 45, directory: directory.path)
        try terminal.run("'\(Binary.path)' swot.allianz; echo EXIT=$?")
        try terminal.waitFor("SWOT Test")
        try terminal.press("b", "n")
        try terminal.type("SWOT der Allianz")
        try terminal.press("Tab", "Right", "Enter")
        try terminal.waitFor("Stärken (intern)")
        try terminal.press("Enter", "n")
        try terminal.type("Gute Vernetzung der Akteure")
        try terminal.press("Enter", "Escape")
        let board = try terminal.waitFor { $0.contains("Stärken (intern) (1)") && $0.contains("Risiken (extern)") }
        let headingLine = board.split(separator: "\n").first { $0.contains("Stärken (intern)") }.map(String.init) ?? ""
        for field in ["Schwächen (intern)", "Chancen (extern)", "Risiken (extern)"] {
            #expect(headingLine.contains(field), "all four SWOT fields side by side at 160×45:\n\(board)")
        }
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
    }
}
