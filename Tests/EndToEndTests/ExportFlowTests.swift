import Foundation
import Testing
import WorkshopModel

/// `allianz-tui export` with the protocol formats: Markdown to stdout, HTML to a file, CSV
/// into a directory, and clear refusals with a non-zero exit code.
struct ExportFlowTests {
    private func demo(in directory: TemporaryDirectory) throws -> String {
        let file = directory.file("demo.allianz")
        #expect(try Binary.run(["new", file, "--template", "demo"]).status == 0)
        return file
    }

    @Test func markdownGoesToStandardOutput() throws {
        let directory = try TemporaryDirectory()
        let file = try demo(in: directory)
        let result = try Binary.run(["export", file, "--format", "md"])
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        #expect(result.output.hasPrefix("# Protokoll: Auftaktveranstaltung der Wirtschaftsallianz Bottrop\n"))
        #expect(result.output.contains("| Reduzierung des Ressourcenverbrauchs | Elektromobiler City Hub |"))
        #expect(result.output.contains("Abstimmung läuft (84 von 84 Werten)"))
        let english = try Binary.run(["export", file, "--format", "md", "--lang", "en"])
        #expect(english.output.hasPrefix("# Minutes: "))
    }

    @Test func htmlGoesToAFile() throws {
        let directory = try TemporaryDirectory()
        let file = try demo(in: directory)
        let out = directory.file("protokoll.html")
        let result = try Binary.run(["export", file, "--format", "html", "--out", out])
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg class=\"matrix\""))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func csvGoesIntoADirectory() throws {
        let directory = try TemporaryDirectory()
        let file = try demo(in: directory)
        let out = directory.file("tabellen")
        #expect(try Binary.run(["export", file, "--format", "csv", "--out", out]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted()
            == ["cards.csv", "decisions.csv", "profiles.csv", "topics.csv", "votes.csv"])
        let cards = try Data(contentsOf: URL(fileURLWithPath: out + "/cards.csv"))
        #expect(String(decoding: cards, as: UTF8.self).hasPrefix("Pinnwand,Überschrift,Karte,"))

        let german = directory.file("tabellen-excel")
        #expect(try Binary.run(["export", file, "--format", "csv", "--csv-semicolon", "--out", german]).status == 0)
        let topics = try Data(contentsOf: URL(fileURLWithPath: german + "/topics.csv"))
        #expect(Array(topics.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: topics, as: UTF8.self).contains(";0,78;0,82;"))
    }

    @Test func csvWithoutADirectoryIsRefused() throws {
        let directory = try TemporaryDirectory()
        let file = try demo(in: directory)
        let result = try Binary.run(["export", file, "--format", "csv"])
        #expect(result.status != 0)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("braucht einen Ordner"))
        #expect(result.errors.contains("--out"))
        let semicolon = try Binary.run(["export", file, "--format", "md", "--csv-semicolon"])
        #expect(semicolon.status != 0)
        #expect(semicolon.errors.contains("--csv-semicolon gilt nur für --format csv"))
    }

    @Test func anUnwritablePathIsAClearMessageAndNoFile() throws {
        let directory = try TemporaryDirectory()
        let file = try demo(in: directory)
        let out = directory.file("gibt-es-nicht/protokoll.md")
        let result = try Binary.run(["export", file, "--format", "md", "--out", out])
        #expect(result.status == 1)
        #expect(result.errors == "Protokoll nicht geschrieben: „\(out)“ – den Ordner gibt es nicht. Bitte einen vorhandenen Ordner wählen, in den geschrieben werden darf.\n")
        #expect(!FileManager.default.fileExists(atPath: out))
        // Nothing but the workshop file (and its SQLite companions), no temporary file either.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { !$0.hasPrefix("demo.allianz") }.isEmpty)
        let english = try Binary.run(["export", file, "--format", "html", "--out", out, "--lang", "en"])
        #expect(english.status == 1)
        #expect(english.errors.contains("Minutes not written: “\(out)” – the directory does not exist."))
        let json = try Binary.run(["export", file, "--out", out])
        #expect(json.status == 1)
        #expect(json.errors.contains("den Ordner gibt es nicht"))
    }
}
