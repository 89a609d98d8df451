import Foundation
import Testing
@testable import WorkshopModel

/// Paths of exports: every path the moderator may type is split without crashing, a
/// directory means the default file name inside it, and export files are private (0600).
@Suite struct ExportDestinationTests {
    /// `NSString.deletingLastPathComponent` ends the program on Linux for `.`, `./`, `a/` and
    /// one-letter names; these are the paths that crashed.
    @Test(arguments: [
        (".", ".", "."), ("./", ".", "."), ("a/", ".", "a"), ("w", ".", "w"), ("/", "/", "/"),
        ("/x", "/", "x"), ("a//b/", "a", "b"), ("../p.md", "..", "p.md"), ("", ".", ""),
    ])
    func pathsSplitWithoutCrashing(path: String, directory: String, name: String) {
        #expect(PathParts.directory(of: path) == directory)
        #expect(PathParts.name(of: path) == name)
    }

    @Test func joinAndExtension() {
        #expect(PathParts.join(".", "p.md") == "./p.md")
        #expect(PathParts.join("/", "p.md") == "/p.md")
        #expect(PathParts.join("out/", "p.md") == "out/p.md")
        #expect(PathParts.withoutExtension("dir.d/kickoff.allianz") == "dir.d/kickoff")
        #expect(PathParts.withoutExtension("dir.d/kickoff") == "dir.d/kickoff")
        #expect(PathParts.withoutExtension(".allianz") == ".allianz")
        #expect(ProtocolExporter.defaultPath(forWorkshopAt: "w.allianz", format: .markdown) == "w-protokoll.md")
        #expect(ExportDestination.jsonName(forWorkshopAt: "/tmp/kickoff.allianz") == "kickoff.json")
    }

    @Test func aDirectoryMeansTheDefaultNameInsideIt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let workshop = directory.path("kickoff.allianz")
        let dir = directory.url.path
        #expect(try ProtocolExporter.destination(dir, forWorkshopAt: workshop, format: .markdown) == dir + "/kickoff-protokoll.md")
        #expect(try ProtocolExporter.destination(dir + "/", forWorkshopAt: workshop, format: .html) == dir + "/kickoff-protokoll.html")
        #expect(try ProtocolExporter.destination(".", forWorkshopAt: workshop, format: .markdown) == "./kickoff-protokoll.md")
        // A path with a trailing slash is a directory even when it does not exist yet.
        #expect(try ExportDestination.file("fehlt/", defaultName: "kickoff.json") == "fehlt/kickoff.json")
        #expect(try ExportDestination.file(dir + "/p.md", defaultName: "x") == dir + "/p.md")
        #expect(try ProtocolExporter.destination(dir, forWorkshopAt: workshop, format: .csv) == dir)
        #expect(throws: ExportError.cannotWrite(path: "", problem: .noPath)) {
            try ExportDestination.file("", defaultName: "x")
        }
        #expect(throws: ExportError.cannotWrite(path: "", problem: .noPath)) {
            try ProtocolExporter.destination("", forWorkshopAt: workshop, format: .csv)
        }
    }

    @Test func exportsAreReadableByTheirOwnerOnlyAlsoOverAnOpenFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let exporter = ProtocolExporter(workshop: ProtocolFixtures.demo, language: .de)
        for (name, mode) in [("neu.md", nil), ("privat.md", 0o600), ("offen.md", 0o644), ("ganzoffen.md", 0o666)] as [(String, Int?)] {
            let path = directory.path(name)
            if let mode {
                #expect(FileManager.default.createFile(atPath: path, contents: Data("alt".utf8), attributes: [.posixPermissions: mode]))
                #expect(chmod(path, mode_t(mode)) == 0)
            }
            try exporter.write(.markdown, to: path)
            #expect(try permissions(path) == 0o600, "\(name)")
        }
        try exporter.write(.csv, to: directory.path("tabellen"))
        #expect(try permissions(directory.path("tabellen")) == 0o700)
        #expect(try permissions(directory.path("tabellen/cards.csv")) == 0o600)
    }

    private func permissions(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }
}
