import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

/// `:export md|html|csv [PATH]` on the command line of the program.
@Suite struct ExportCommandLineTests {
    @Test func exportWritesBesideTheWorkshopFileAndSaysWhere() throws {
        let fixture = try Fixture()
        fixture.command("export md")
        let path = fixture.directory.appendingPathComponent("test-protokoll.md").path
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("# Protokoll: "))
        #expect(written == ProtocolExporter(workshop: fixture.app.workshop, language: .de).markdown())
        let canvas = fixture.render(160, 45)
        #expect(canvas.lines[43].contains("Protokoll geschrieben: \(path)"))
        #expect(canvas.style(of: "Protokoll geschrieben", onLine: 43) == .success)
    }

    @Test func exportToANamedPathInTheUILanguage() throws {
        let fixture = try Fixture()
        fixture.command("lang en")
        let path = fixture.directory.appendingPathComponent("minutes with space.html").path
        fixture.command("export html \(path)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("<html lang=\"en\">"))
        #expect(fixture.lines(160, 45)[43].contains("Minutes written: \(path)"))
        fixture.command("export csv")
        let csv = fixture.directory.appendingPathComponent("test-protokoll-csv").path
        #expect(try FileManager.default.contentsOfDirectory(atPath: csv).sorted()
            == ["cards.csv", "decisions.csv", "profiles.csv", "topics.csv", "votes.csv"])
    }

    @Test func anUnwritablePathIsAClearErrorAndNoFile() throws {
        let fixture = try Fixture()
        let path = fixture.directory.appendingPathComponent("fehlt/protokoll.md").path
        fixture.command("export md \(path)")
        #expect(!FileManager.default.fileExists(atPath: path))
        let canvas = fixture.render(200, 45)
        #expect(canvas.lines[43].contains("Protokoll nicht geschrieben: „\(path)“ – den Ordner gibt es nicht."))
        #expect(canvas.style(of: "Protokoll nicht geschrieben", onLine: 43) == .error)
    }

    @Test(arguments: ["export", "export pdf", "export markdown x.md"])
    func aWrongFormatShowsHowToCallIt(command: String) throws {
        let fixture = try Fixture()
        fixture.command(command)
        let canvas = fixture.render(100, 30)
        #expect(canvas.lines[28].contains("Aufruf: :export md|html|csv [PFAD]"))
        #expect(canvas.style(of: "Aufruf", onLine: 28) == .error)
    }
}
