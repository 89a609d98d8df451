import Foundation
import Testing
import WorkshopModel

/// `check` and `recover` through the real binary: exit codes and messages in both languages.
struct IntegrityFlowTests {
    /// The demo plus five participants "Gast 1" … "Gast 5" (records 2–6), closed.
    private func makeFile(_ directory: TemporaryDirectory) throws -> String {
        let file = directory.file("w.allianz")
        #expect(try Binary.run(["new", file, "--template", "demo"]).status == 0)
        #expect(try Binary.run(["stress-append", file, "--count", "5", "--prefix", "Gast"]).status == 0)
        return file
    }

    /// Changes every occurrence of `old` in the file's bytes to `new` (same length): the
    /// record that added it and the snapshot that holds it.
    private func flipBytes(in file: String, _ old: String, to new: String) throws {
        var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        let ranges = bytes.ranges(of: Data(old.utf8))
        #expect(!ranges.isEmpty)
        for range in ranges { bytes.replaceSubrange(range, with: Data(new.utf8)) }
        try bytes.write(to: URL(fileURLWithPath: file))
    }

    @Test func checkOfASoundFileExitsZero() throws {
        let directory = try TemporaryDirectory()
        let file = try makeFile(directory)
        let german = try Binary.run(["check", file])
        #expect(german.status == 0)
        #expect(german.output.contains("ist in Ordnung – geprüfte Datensätze: 6"))
        #expect(german.output.contains("Zwischenstand bei Datensatz 6 stimmt mit dem Protokoll überein"))
        let english = try Binary.run(["check", file, "--lang", "en"])
        #expect(english.status == 0)
        #expect(english.output.contains("is sound – records checked: 6"))
    }

    @Test func changedByteIsFoundByOpenExportCheckAndRecover() throws {
        let directory = try TemporaryDirectory()
        let file = try makeFile(directory)
        try flipBytes(in: file, "Gast 4", to: "Gast 9") // record 5 and the snapshot; still valid JSON
        let damaged = try Data(contentsOf: URL(fileURLWithPath: file))

        let export = try Binary.run(["export", file, "--format", "json"])
        #expect(export.status == 1)
        #expect(export.output.isEmpty)
        #expect(export.errors.contains("Datensatz 5 passt nicht mehr zu seiner Prüfsumme"))
        #expect(export.errors.contains("allianz-tui recover"))

        let check = try Binary.run(["check", file])
        #expect(check.status == 2)
        #expect(check.output.contains("✗ Datensatz 5 passt nicht mehr zu seiner Prüfsumme"))
        #expect(check.output.contains("✗ Der Zwischenstand bei Datensatz 6 passt nicht mehr zu seiner Prüfsumme"))
        #expect(check.output.contains("ist beschädigt (2 Befunde oben)"))
        let englishCheck = try Binary.run(["check", file, "--lang", "en"])
        #expect(englishCheck.status == 2)
        #expect(englishCheck.output.contains("✗ Record 5 no longer matches its checksum"))

        let out = directory.file("gerettet.allianz")
        let recover = try Binary.run(["recover", file, "--out", out])
        #expect(recover.status == 2)
        #expect(recover.output.contains("Gerettet nach „\(out)“: 4 Datensätze"))
        // Record 5 is broken; record 6 adds a participant at a position that no longer exists.
        #expect(recover.output.contains("Verloren: Datensätze 5–6 ("))
        #expect(recover.output.contains("2 von 6 Datensätzen nicht übernommen"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == damaged, "FILE is only read")
        #expect(try Binary.run(["check", out]).status == 0)
        let export2 = try Binary.run(["export", out, "--format", "json"])
        #expect(export2.status == 0)
        #expect(export2.output.contains("Gast 3"))
        #expect(!export2.output.contains("Gast 9"))

        let english = try Binary.run(["recover", file, "--out", directory.file("saved.allianz"), "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.output.contains("Lost: records 5–6 ("))
        #expect(english.output.contains("2 of 6 records not taken over"))
    }

    @Test func recoverOfASoundFileExitsZeroAndNeverOverwrites() throws {
        let directory = try TemporaryDirectory()
        let file = try makeFile(directory)
        let out = directory.file("kopie.allianz")
        let recover = try Binary.run(["recover", file, "--out", out])
        #expect(recover.status == 0)
        #expect(recover.output.contains("Nichts verloren: alle 6 Datensätze waren intakt."))
        let again = try Binary.run(["recover", file, "--out", out])
        #expect(again.status == 1)
        #expect(!again.errors.isEmpty)
    }

    @Test func checkRefusesWhatIsNotAWorkshop() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("notes.txt")
        try Data("Einkaufsliste\n".utf8).write(to: URL(fileURLWithPath: file))
        let check = try Binary.run(["check", file])
        #expect(check.status == 1)
        #expect(check.errors.contains("keine allianz-tui-Workshopdatei"))
    }
}
