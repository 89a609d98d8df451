import Foundation
import Testing
import WorkshopModel

/// The command-line interface: help, creating, exporting, the log, and clear refusals.
struct CommandLineTests {
    @Test(arguments: [[], ["open"], ["new"], ["export"], ["log"], ["check"], ["recover"]])
    func everyCommandHasHelp(_ command: [String]) throws {
        let result = try Binary.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE:"))
    }

    @Test func newExportAndLogOfTheDemo() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("demo.allianz")
        let created = try Binary.run(["new", file, "--template", "demo"])
        #expect(created.status == 0)
        #expect(created.output.contains("Auftaktveranstaltung"))

        let export = try Binary.run(["export", file, "--format", "json"])
        #expect(export.status == 0)
        let decoded = try JSONDecoder().decode(WorkshopExport.self, from: Data(export.output.utf8))
        #expect(decoded.workshop == DemoWorkshop.kickOff)
        #expect(decoded.format == "allianz-tui-export")

        let out = directory.file("export.json")
        #expect(try Binary.run(["export", file, "--out", out]).status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == export.output)

        let log = try Binary.run(["log", file])
        #expect(log.status == 0)
        #expect(log.output.contains("#1"))
        #expect(log.output.contains("Anlage"))
        let english = try Binary.run(["log", file, "--lang", "en"])
        #expect(english.output.contains("created"))
    }

    @Test func refusesWhatIsNotAWorkshopWithoutChangingIt() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("notes.txt")
        let content = Data("Einkaufsliste: Moderationskarten, Stifte\n".utf8)
        try content.write(to: URL(fileURLWithPath: file))
        for command in [["export", file], ["log", file]] {
            let result = try Binary.run(command)
            #expect(result.status == 1)
            #expect(result.errors.contains("keine allianz-tui-Workshopdatei"))
            #expect(result.errors.contains("nicht verändert"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == content)
        let english = try Binary.run(["export", file, "--lang", "en"])
        #expect(english.errors.contains("not an allianz-tui workshop file"))
    }

    @Test func clearMessagesForMissingFilesExistingFilesAndNoTerminal() throws {
        let directory = try TemporaryDirectory()
        let missing = try Binary.run(["export", directory.file("fehlt.allianz")])
        #expect(missing.status == 1)
        #expect(missing.errors.contains("gibt es nicht"))

        let file = directory.file("da.allianz")
        #expect(try Binary.run(["new", file]).status == 0)
        let again = try Binary.run(["new", file])
        #expect(again.status == 1)
        #expect(again.errors.contains("gibt es schon"))

        let noTerminal = try Binary.run([file])
        #expect(noTerminal.status == 2)
        #expect(noTerminal.errors.contains("braucht ein Terminal"))

        let badTemplate = try Binary.run(["new", directory.file("x.allianz"), "--template", "bunt"])
        #expect(badTemplate.status != 0)
        #expect(!FileManager.default.fileExists(atPath: directory.file("x.allianz")))
    }
}
