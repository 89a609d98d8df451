import Foundation
import Testing
import WorkshopModel

/// Forms for fast hands in a real terminal (tmux, 80×24): a pre-filled value replaced by
/// typing, a date typed as it is shown, a surname alone and a near miss, several participants
/// pasted at once, and a 300 KB paste that leaves the program responsive.
@Suite(.serialized)
struct FastFormsFlowTests {
    /// The workshop as exported to JSON.
    private static func exported(_ file: String) throws -> Workshop {
        let export = try Binary.run(["export", file, "--format", "json"])
        #expect(export.status == 0)
        return try JSONDecoder.iso.decode(WorkshopExport.self, from: Data(export.output.utf8)).workshop
    }

    @Test func typingIntoAPrefilledNumberReplacesIt() throws {
        let (directory, file, terminal) = try ProfileFlowTests.openDemo("minutes")
        defer { _ = directory }
        try terminal.press("a")
        try terminal.waitFor("Neuer Tagesordnungspunkt")
        try terminal.type("Kaffeepause")
        try terminal.press("Tab", "Tab")
        try terminal.type("10")
        try terminal.press("Enter")
        try terminal.waitFor("Gespeichert: Kaffeepause")
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
        let item = try #require(try Self.exported(file).agenda.last)
        #expect(item.title == "Kaffeepause")
        #expect(item.plannedMinutes == 10, "15 then typing 10 must give 10, not 1510")
    }

    @Test func aDateTypedAsItIsShownIsAccepted() throws {
        let (directory, file, terminal) = try ProfileFlowTests.openDemo("date")
        defer { _ = directory }
        try terminal.press("i")
        try terminal.waitFor("Workshop-Angaben")
        try terminal.press("Tab")
        try terminal.type("18.05.2017")
        try terminal.press("Enter")
        try terminal.waitFor("Gespeichert: Workshop-Angaben")
        #expect(try terminal.capture().split(separator: "\n").first?.contains("18.05.2017") == true)
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
        #expect(try Self.exported(file).info.date == "2017-05-18")
    }

    @Test func aSurnameAloneIsAcceptedAndANearMissSuggested() throws {
        let (directory, file, terminal) = try ProfileFlowTests.openDemo("surname")
        defer { _ = directory }
        try ProfileFlowTests.openFirstProfile(terminal)
        try terminal.press("M")
        try terminal.waitFor("Moderation setzen")
        // The pre-filled names are replaced by what is typed.
        try terminal.type("Luprian")
        try terminal.press("Enter")
        try terminal.waitFor("meinten Sie „Fr. Lupprian“?")
        try terminal.press("C-u")
        try terminal.type("Lupprian, Kim")
        try terminal.press("Enter")
        try terminal.waitFor("Gespeichert: Fr. Lupprian, Hr. Kim")
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
        let workshop = try Self.exported(file)
        let profile = try #require(workshop.profiles.first { $0.number == 1 })
        #expect(workshop.moderatorNames(of: profile) == ["Fr. Lupprian", "Hr. Kim"])
    }

    @Test func severalParticipantsArePastedAtOnce() throws {
        let (directory, file, terminal) = try ProfileFlowTests.openDemo("people")
        defer { _ = directory }
        try terminal.press("Tab", "a")
        try terminal.waitFor("Neu: Teilnehmende")
        try terminal.paste("Anja Neumann – Stadtwerke Bottrop\nOle Brandt\nMira Kaya; Emscher Genossenschaft")
        try terminal.waitFor("Mira Kaya")
        try terminal.press("Enter")
        try terminal.waitFor("3 Personen in „Teilnehmende“ aufgenommen.")
        try terminal.waitFor("Teilnehmende (33)")
        // One undo takes all three back.
        try terminal.press("u")
        try terminal.waitFor("Teilnehmende (30)")
        try terminal.press("C-r")
        try terminal.waitFor("Teilnehmende (33)")
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
        let people = try Self.exported(file).participants.suffix(3)
        #expect(people.map(\.name) == ["Anja Neumann", "Ole Brandt", "Mira Kaya"])
        #expect(people.map(\.organisation) == ["Stadtwerke Bottrop", nil, "Emscher Genossenschaft"])
    }

    @Test func a300KBPasteIntoAOneLineFieldLeavesTheProgramResponsive() throws {
        let (directory, file, terminal) = try ProfileFlowTests.openDemo("bigpaste")
        defer { _ = directory }
        let pasteFile = directory.file("paste.txt")
        let paste = String(repeating: "Zukunftsstadt Bottrop 2030+ \u{1B}[31mrot\u{1B}[0m\n", count: 300_000 / 40 + 1)
        #expect(paste.utf8.count >= 300_000)
        try paste.write(toFile: pasteFile, atomically: true, encoding: .utf8)

        try terminal.press("a")
        try terminal.waitFor("Neuer Tagesordnungspunkt")
        let start = Date()
        try terminal.paste(contentsOf: pasteFile)
        try terminal.waitFor("Eingefügter Text gekürzt", timeout: 20)
        let cut = Date().timeIntervalSince(start)
        // The next key is echoed within a few seconds.
        try terminal.type("ÄÖÜ")
        let echoStart = Date()
        try terminal.waitFor("ÄÖÜ", timeout: 5)
        print("E2E: 300 KB paste shown cut after \(String(format: "%.2f", cut)) s; next key echoed after \(String(format: "%.2f", Date().timeIntervalSince(echoStart))) s")
        let screen = try terminal.capture()
        #expect(!screen.contains("[31m"), "escape sequences of the paste must not become text:\n\(screen)")
        // 120 characters plus the three typed are over the limit: refused; Esc keeps the draft.
        try terminal.press("Enter")
        try terminal.waitFor("zu lang: 123 Zeichen")
        try terminal.press("Escape")
        try terminal.waitFor("Esc noch einmal")
        try terminal.press("Escape")
        try terminal.waitFor("als Entwurf behalten")
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
        #expect(try Self.exported(file).agenda.count == 10)
    }
}
