import Foundation
import Testing
import WorkshopModel

/// A project-idea profile filled in live in a real terminal: multi-line umlaut text in three
/// fields, funnel and moderators, then found in the catalog and in the JSON export.
@Suite(.serialized)
struct ProfileFlowTests {
    /// A demo workshop `name`.allianz in a fresh directory, open in an 80×24 terminal. The
    /// directory is returned to keep it alive for the test.
    static func openDemo(_ name: String) throws -> (TemporaryDirectory, String, TmuxSession) {
        let directory = try TemporaryDirectory()
        let file = directory.file("\(name).allianz")
        #expect(try Binary.run(["new", file, "--template", "demo"]).status == 0)
        let terminal = try TmuxSession(width: 80, height: 24, directory: directory.path)
        try terminal.run("'\(Binary.path)' \(name).allianz; echo EXIT=$?")
        try terminal.waitFor("Auftaktveranstaltung")
        return (directory, file, terminal)
    }

    /// Home → catalog → profile no. 1.
    static func openFirstProfile(_ terminal: TmuxSession) throws {
        try terminal.press("s")
        try terminal.waitFor("28 von 28 Steckbriefen")
        try terminal.press("Enter")
        try terminal.waitFor("Nr. 1 · Elektromobiler City-Hub")
    }

    @Test func createFillAndFindAProfile() throws {
        let (directory, file, terminal) = try Self.openDemo("profile")
        defer { _ = directory }

        try terminal.press("s")
        try terminal.waitFor("28 von 28 Steckbriefen")
        try terminal.press("n")
        try terminal.waitFor("Vorlage wählen")
        try terminal.press("Enter")
        try terminal.waitFor("Neuer Steckbrief · Projektidee")
        try terminal.type("Grünes Gründerzentrum")
        try terminal.press("Enter")
        try terminal.waitFor("Nr. 29 · Grünes Gründerzentrum")

        // Three fields, each with two lines; Tab saves and goes on to the next field.
        try terminal.press("Down", "Enter")
        try terminal.waitFor("· Beschreibung")
        try terminal.type("Ziele: Gründungen in Bottrop stärken.")
        try terminal.press("Enter")
        try terminal.type("Maßnahmen: Räume im Lokschuppen – günstig und groß.")
        try terminal.waitFor("Entwurf")
        try terminal.press("Tab")
        try terminal.waitFor("· Schnittstellen")
        try terminal.type("Ideen-Garage (Nr. 19)")
        try terminal.press("Enter")
        try terminal.type("Co-Working (Nr. 16) – gemeinsame Flächen")
        try terminal.press("Tab")
        try terminal.waitFor("· Zeitplan und Meilensteine")
        try terminal.type("2018: Planung mit der Hochschule")
        try terminal.press("Enter")
        try terminal.type("2019: Eröffnung, Übergabe an einen Träger")
        try terminal.press("Escape")
        try terminal.waitFor("✓ „Zeitplan und Meilensteine“ gespeichert")

        try terminal.press("t")
        try terminal.waitFor("Trichter setzen")
        try terminal.type("EP/RL")
        try terminal.press("Enter")
        try terminal.waitFor("EP bzw. in RL integrieren")
        try terminal.press("M")
        try terminal.waitFor("Moderation setzen")
        try terminal.type("Fr. Sturm, Hr. Kim")
        try terminal.press("Enter")
        let form = try terminal.waitFor("Moderation: Fr. Sturm, Hr. Kim")
        #expect(form.contains("Fehlt noch: Projektleitung"))

        try terminal.press("Escape")
        try terminal.waitFor("29 von 29 Steckbriefen")
        try terminal.press("G")
        let catalog = try terminal.waitFor("Grünes Gründerzentrum")
        let row = try #require(catalog.split(separator: "\n").first { $0.contains("Grünes Gründerzentrum") })
        #expect(row.contains("29") && row.contains("EP/RL") && row.contains("Fr. Sturm"))
        try terminal.press("f")
        try terminal.waitFor("10 von 29 Steckbriefen")
        try terminal.press("Escape")
        try terminal.waitFor("Übersicht")
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")

        let export = try Binary.run(["export", file, "--format", "json"])
        #expect(export.status == 0)
        let decoded = try JSONDecoder.iso.decode(WorkshopExport.self, from: Data(export.output.utf8))
        let profile = try #require(decoded.workshop.profiles.first { $0.title == "Grünes Gründerzentrum" })
        #expect(profile.number == 29)
        #expect(profile.value("description") == "Ziele: Gründungen in Bottrop stärken.\nMaßnahmen: Räume im Lokschuppen – günstig und groß.")
        #expect(profile.value("interfaces") == "Ideen-Garage (Nr. 19)\nCo-Working (Nr. 16) – gemeinsame Flächen")
        #expect(profile.value("schedule") == "2018: Planung mit der Hochschule\n2019: Eröffnung, Übergabe an einen Träger")
        #expect(profile.funnel == Funnel(.ownProject, alternative: .realLab))
        #expect(decoded.workshop.moderatorNames(of: profile) == ["Fr. Sturm", "Hr. Kim"])
    }

    @Test func aFieldBeingTypedSurvivesAHangUp() throws {
        let (directory, file, terminal) = try Self.openDemo("hangup")
        defer { _ = directory }
        try Self.openFirstProfile(terminal)
        try terminal.press("Down", "Down", "Enter")
        try terminal.waitFor("· Schnittstellen")
        try terminal.type("Bottrop-Plattform (Nr. 3) – gemeinsame Lieferwege")
        // Everything typed is on the screen (and so in the editor), not saved yet.
        try terminal.waitFor { $0.contains("gemeinsame Lieferwege") && $0.contains("Entwurf") }
        // The ssh connection drops: the terminal hangs up.
        #expect(try Binary.shell("pkill -HUP -f 'allianz-tu[i] hangup.allianz'") == 0)
        try terminal.waitFor("EXIT=")

        let export = try Binary.run(["export", file, "--format", "json"])
        let decoded = try JSONDecoder.iso.decode(WorkshopExport.self, from: Data(export.output.utf8))
        let profile = try #require(decoded.workshop.profiles.first { $0.number == 1 })
        #expect(profile.value("interfaces") == "Bottrop-Plattform (Nr. 3) – gemeinsame Lieferwege")
    }

    @Test func pastedTextWithLineBreaksAndTabsStaysInTheField() throws {
        let (directory, file, terminal) = try Self.openDemo("paste")
        defer { _ = directory }
        try Self.openFirstProfile(terminal)
        // "Projektleitung" is a single-line field; the paste holds a line break, a tab and keys.
        try terminal.press("Down", "Down", "Down", "Down", "Enter")
        try terminal.waitFor("· Projektleitung")
        try terminal.paste("Fr. Sturm\tStadt Bottrop\nq u")
        try terminal.waitFor("Fr. Sturm Stadt Bottrop q u")
        try terminal.press("Tab")
        try terminal.waitFor("· Partner und weitere Beteiligte")
        try terminal.paste("Hochschule Ruhr West\nSparkasse Bottrop\nIHK")
        try terminal.waitFor("IHK")
        try terminal.press("Escape")
        try terminal.waitFor("gespeichert")
        try terminal.press("Escape")
        try terminal.waitFor("28 von 28")
        try terminal.press("Escape")
        try terminal.waitFor("Übersicht")
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")

        let export = try Binary.run(["export", file, "--format", "json"])
        let decoded = try JSONDecoder.iso.decode(WorkshopExport.self, from: Data(export.output.utf8))
        let profile = try #require(decoded.workshop.profiles.first { $0.number == 1 })
        #expect(profile.value("lead") == "Fr. Sturm Stadt Bottrop q u")
        #expect(profile.value("partners") == "Hochschule Ruhr West\nSparkasse Bottrop\nIHK")
    }
}
