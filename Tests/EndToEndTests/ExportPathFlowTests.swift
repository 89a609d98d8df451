import Foundation
import Testing

/// Where exports go (issue 12, defects 1 and 5): a directory as `--out` or as the path of
/// `:export` means the default file name inside it, no path ends the program, and every
/// export file is readable by its owner only, like the workshop.
@Suite(.serialized)
struct ExportPathFlowTests {
    private static func demo(in directory: TemporaryDirectory) throws -> String {
        let file = directory.file("w.allianz")
        #expect(try Binary.run(["new", file, "--template", "demo"]).status == 0)
        return file
    }

    private static func mode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    /// `--out .` and `--out ./` used to die with "Illegal instruction" (exit 132), and so did a
    /// one-letter file name; any other directory was refused.
    @Test func aDirectoryAsOutGetsTheDefaultName() throws {
        let directory = try TemporaryDirectory()
        _ = try Self.demo(in: directory)
        try FileManager.default.createDirectory(atPath: directory.file("ablage"), withIntermediateDirectories: false)
        let cases: [(format: String, out: String, written: String)] = [
            ("md", ".", "w-protokoll.md"), ("md", "./", "w-protokoll.md"), ("html", ".", "w-protokoll.html"),
            ("json", ".", "w.json"), ("md", "ablage", "ablage/w-protokoll.md"), ("html", "ablage/", "ablage/w-protokoll.html"),
            ("json", directory.file("ablage/"), "ablage/w.json"), ("md", "m", "m"),
        ]
        for (format, out, written) in cases {
            let result = try Binary.run(["export", "w.allianz", "--format", format, "--out", out], currentDirectory: directory.path)
            #expect(result.status == 0, "--format \(format) --out \(out): \(result.status) \(result.errors)")
            let path = directory.file(written)
            #expect(FileManager.default.fileExists(atPath: path), "--format \(format) --out \(out) should write \(written)")
            try? FileManager.default.removeItem(atPath: path)
        }
        let csv = try Binary.run(["export", "w.allianz", "--format", "csv", "--out", "."], currentDirectory: directory.path)
        #expect(csv.status == 0)
        #expect(FileManager.default.fileExists(atPath: directory.file("cards.csv")))
    }

    /// Paths that cannot be written say why, in the UI language, with exit code 1.
    @Test func pathsThatCannotBeWrittenAreClearMessages() throws {
        let directory = try TemporaryDirectory()
        _ = try Self.demo(in: directory)
        #expect(FileManager.default.createFile(atPath: directory.file("p.md"), contents: Data()))
        let cases: [(out: String, message: String)] = [
            ("", "„“ – kein Pfad angegeben"),
            ("fehlt/", "„fehlt/w-protokoll.md“ – den Ordner gibt es nicht"),
            ("fehlt/p.md", "„fehlt/p.md“ – den Ordner gibt es nicht"),
            ("p.md/", "„p.md/w-protokoll.md“ – das ist kein Ordner"),
            ("w.allianz", "„w.allianz“ – dort liegt eine Workshopdatei"),
        ]
        for (out, message) in cases {
            let result = try Binary.run(["export", "w.allianz", "--format", "md", "--out", out], currentDirectory: directory.path)
            #expect(result.status == 1, "--out '\(out)': \(result.status)")
            #expect(result.errors.contains("Protokoll nicht geschrieben: \(message)"), "--out '\(out)': \(result.errors)")
        }
        let english = try Binary.run(["export", "w.allianz", "--format", "md", "--out", "", "--lang", "en"], currentDirectory: directory.path)
        #expect(english.errors.contains("Minutes not written: “” – no path given"))
    }

    /// As a normal user: `/` and a directory without write permission are refused with the
    /// reason, and nothing is left there.
    @Test func aDirectoryWithoutWritePermissionIsAClearMessage() throws {
        let directory = try TemporaryDirectory()
        let mine = directory.file("mein")
        try FileManager.default.createDirectory(atPath: mine, withIntermediateDirectories: false)
        let file = mine + "/w.allianz"
        #expect(try Binary.run(["new", file, "--template", "demo"]).status == 0)
        let readOnly = directory.file("fremd")
        try FileManager.default.createDirectory(atPath: readOnly, withIntermediateDirectories: false)
        // The reader is nobody: the workshop and the files SQLite keeps beside it are theirs.
        for name in try FileManager.default.contentsOfDirectory(atPath: mine) + [""] {
            #expect(chown(mine + "/" + name, 65534, 65534) == 0)
        }

        for (format, out, shown) in [("md", "/", "/w-protokoll.md"), ("md", readOnly, readOnly + "/w-protokoll.md"),
                                     ("json", readOnly + "/", readOnly + "/w.json"), ("html", readOnly + "/p.html", readOnly + "/p.html")] {
            let result = try Binary.run(["export", file, "--format", format, "--out", out], asNobody: true)
            #expect(result.status == 1, "--out \(out): \(result.status) \(result.errors)")
            #expect(result.errors.contains("„\(shown)“ – keine Schreibberechtigung"), "--out \(out): \(result.errors)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: readOnly).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: "/w-protokoll.md"))
    }

    /// Exports hold the same names as the workshop (0600): they are 0600 too, also when they
    /// replace a file others could read; a CSV directory made for them is 0700.
    @Test func exportsAreReadableByTheirOwnerOnly() throws {
        let directory = try TemporaryDirectory()
        let file = try Self.demo(in: directory)
        #expect(try Self.mode(file) == 0o600)
        for (name, format, existing) in [("p.md", "md", 0o644), ("p.html", "html", 0o600), ("p.json", "json", nil)] as [(String, String, Int?)] {
            let path = directory.file(name)
            if let existing {
                #expect(FileManager.default.createFile(atPath: path, contents: Data("alt".utf8)))
                #expect(chmod(path, mode_t(existing)) == 0)
            }
            #expect(try Binary.run(["export", file, "--format", format, "--out", path]).status == 0)
            #expect(try Self.mode(path) == 0o600, "\(name)")
        }
        #expect(try Binary.run(["export", file, "--format", "csv", "--out", directory.file("tabellen")]).status == 0)
        #expect(try Self.mode(directory.file("tabellen")) == 0o700)
        for table in ["cards", "topics", "votes", "decisions", "profiles"] {
            #expect(try Self.mode(directory.file("tabellen/\(table).csv")) == 0o600, "\(table).csv")
        }
    }

    /// `:export md .` in the program used to end it with "Illegal instruction".
    @Test func exportToTheCurrentDirectoryInTheProgram() throws {
        let directory = try TemporaryDirectory()
        _ = try Self.demo(in: directory)
        let terminal = try TmuxSession(width: 100, height: 30, directory: directory.path)
        try terminal.run("'\(Binary.path)' w.allianz; echo EXIT=$?")
        try terminal.waitFor("Teilnehmende (30)")
        for (command, written) in [("export md .", "./w-protokoll.md"), ("export html ./", "./w-protokoll.html")] {
            try terminal.type(":" + command)
            try terminal.press("Enter")
            try terminal.waitFor("Protokoll geschrieben: \(written)")
            #expect(try Self.mode(directory.file(written)) == 0o600)
        }
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
    }
}
