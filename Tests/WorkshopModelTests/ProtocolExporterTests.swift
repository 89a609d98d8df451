import Foundation
import Testing
import WorkshopModel

/// Writing the export: complete files or none, and clear messages when the path is wrong.
@Suite struct ProtocolExporterTests {
    private let exporter = ProtocolExporter(workshop: ProtocolFixtures.demo, language: .de)

    private func contents(of directory: TemporaryDirectory) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted()
    }

    @Test func writesMarkdownAndHTMLFilesWithoutLeavingTemporaryFiles() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        #expect(try exporter.write(.markdown, to: directory.path("p.md")) == [directory.path("p.md")])
        try exporter.write(.html, to: directory.path("p.html"))
        #expect(try String(contentsOfFile: directory.path("p.md"), encoding: .utf8) == exporter.markdown())
        #expect(try String(contentsOfFile: directory.path("p.html"), encoding: .utf8) == exporter.html())
        #expect(try contents(of: directory) == ["p.html", "p.md"])
        // Writing again replaces the file.
        try ProtocolExporter(workshop: Workshop.blank, language: .de).write(.markdown, to: directory.path("p.md"))
        #expect(try String(contentsOfFile: directory.path("p.md"), encoding: .utf8).hasPrefix("# Protokoll: \n"))
    }

    @Test func writesCSVIntoADirectoryItMakes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let written = try exporter.write(.csv, to: directory.path("tabellen"))
        #expect(written.map { ($0 as NSString).lastPathComponent }
            == ["cards.csv", "topics.csv", "votes.csv", "decisions.csv", "profiles.csv"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path("tabellen")).sorted()
            == ["cards.csv", "decisions.csv", "profiles.csv", "topics.csv", "votes.csv"])
        // An existing directory is fine too.
        try exporter.write(.csv, to: directory.path("tabellen"))
    }

    @Test func aMissingDirectoryIsReportedAndNothingIsWritten() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("fehlt/protokoll.md")
        #expect(throws: ExportError.cannotWrite(path: path, problem: .noDirectory)) {
            try exporter.write(.markdown, to: path)
        }
        #expect(throws: ExportError.cannotWrite(path: directory.path("fehlt/csv"), problem: .noDirectory)) {
            try exporter.write(.csv, to: directory.path("fehlt/csv"))
        }
        #expect(try contents(of: directory).isEmpty)
        let message = ExportError.cannotWrite(path: path, problem: .noDirectory).message(in: .de)
        #expect(message == "Protokoll nicht geschrieben: „\(path)“ – den Ordner gibt es nicht. Bitte einen vorhandenen Ordner wählen, in den geschrieben werden darf.")
        #expect(ExportError.cannotWrite(path: path, problem: .permission).message(in: .en)
            == "Minutes not written: “\(path)” – no permission to write there. Please choose an existing directory you may write to.")
    }

    @Test func aFileWhereADirectoryIsNeededAndTheOtherWayRound() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let file = directory.path("datei.txt")
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: ExportError.cannotWrite(path: file, problem: .notADirectory)) { try exporter.write(.csv, to: file) }
        #expect(throws: ExportError.cannotWrite(path: file + "/p.md", problem: .notADirectory)) {
            try exporter.write(.markdown, to: file + "/p.md")
        }
        #expect(throws: ExportError.cannotWrite(path: directory.url.path, problem: .isDirectory)) {
            try exporter.write(.markdown, to: directory.url.path)
        }
        #expect(try contents(of: directory) == ["datei.txt"])
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "x")
    }

    @Test func theDefaultPathIsBesideTheWorkshopFile() {
        #expect(ProtocolExporter.defaultPath(forWorkshopAt: "/a/b/kickoff.allianz", format: .markdown) == "/a/b/kickoff-protokoll.md")
        #expect(ProtocolExporter.defaultPath(forWorkshopAt: "kickoff.allianz", format: .html) == "kickoff-protokoll.html")
        #expect(ProtocolExporter.defaultPath(forWorkshopAt: "/a/kickoff", format: .csv) == "/a/kickoff-protokoll-csv")
    }

    @Test func theCSVExportNeedsADirectory() {
        #expect(ExportError.needsDirectory.message(in: .de).contains("braucht einen Ordner"))
        #expect(ExportError.needsDirectory.message(in: .en).contains("needs a directory"))
    }
}
