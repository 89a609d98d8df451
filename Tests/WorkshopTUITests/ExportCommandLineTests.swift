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

    /// A directory names where the protocol goes, under its default name (it used to end the
    /// program for `.`, `./` and one-letter names, and to fail for any other directory).
    @Test(arguments: ["", "/", "/."])
    func aDirectoryGetsTheDefaultFileName(suffix: String) throws {
        let fixture = try Fixture()
        let directory = fixture.directory.appendingPathComponent("ablage").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        fixture.command("export md \(directory)\(suffix)")
        let written = (directory + suffix + (suffix.hasSuffix("/") ? "" : "/")) + "test-protokoll.md"
        #expect(try String(contentsOfFile: written, encoding: .utf8).hasPrefix("# Protokoll: "))
        #expect(fixture.lines(200, 45)[43].contains("Protokoll geschrieben: \(written)"))
        fixture.command("export html \(directory)\(suffix)")
        #expect(FileManager.default.fileExists(atPath: directory + "/test-protokoll.html"))
    }

    /// The protocol holds the same names as the workshop: readable by its owner only, also
    /// when it replaces a file that others could read.
    @Test func theProtocolIsPrivateLikeTheWorkshop() throws {
        let fixture = try Fixture()
        let path = fixture.directory.appendingPathComponent("offen.md").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("alt".utf8)))
        #expect(chmod(path, 0o644) == 0)
        fixture.command("export md \(path)")
        fixture.command("export csv")
        let csv = fixture.directory.appendingPathComponent("test-protokoll-csv").path
        for (file, mode) in [(path, 0o600), (csv, 0o700), (csv + "/cards.csv", 0o600)] {
            #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == mode, "\(file)")
        }
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
