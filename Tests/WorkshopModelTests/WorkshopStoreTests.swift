import Foundation
import GRDB
import Testing
@testable import WorkshopModel
import TestKit

/// A clock that advances one second per call, from 23 March 2017, 18:00 UTC.
private final class TestClock: @unchecked Sendable {
    private var seconds = 1_490_292_000.25
    func now() -> Date {
        seconds += 1
        return Date(timeIntervalSince1970: seconds)
    }
}

private func fileData(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
}

private func permissions(_ path: String) throws -> Int {
    try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
}

/// Opens `path` and returns the error it was refused with, or records an issue.
private func openError(_ path: String, readOnly: Bool = false,
                       sourceLocation: SourceLocation = #_sourceLocation) -> StoreError? {
    do {
        let store = try WorkshopStore.open(at: path, readOnly: readOnly)
        Issue.record("\(path) was opened", sourceLocation: sourceLocation)
        try? store.close()
        return nil
    } catch {
        return error
    }
}

/// Creates a closed workshop file with the demo content and a few changes.
private func makeWorkshopFile(_ path: String, changes: Int = 20) throws {
    let store = try WorkshopStore.create(at: path, content: DemoWorkshop.kickOff, author: "test@host")
    for index in 0..<changes {
        try store.execute(.addAgendaItem(title: "Zusatzpunkt \(index) " + String(repeating: "·", count: 80),
                                         kind: .consensing, minutes: index))
    }
    try store.close()
}

private func snapshotSequences(_ path: String) throws -> [Int64] {
    var configuration = Configuration()
    configuration.readonly = true
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    defer { try? queue.close() }
    return try queue.read { db in try Int64.fetchAll(db, sql: "SELECT sequence FROM snapshot ORDER BY sequence") }
}

@Suite struct WorkshopStoreTests {
    // MARK: Creating and opening

    @Test func createAndOpenRoundTrip() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("auftakt.allianz")
        let clock = TestClock()

        let store = try WorkshopStore.create(at: path, content: DemoWorkshop.kickOff, author: "anna@bottrop", clock: clock.now)
        #expect(store.path == path)
        #expect(!store.isReadOnly)
        #expect(store.state.workshop == DemoWorkshop.kickOff)
        #expect(store.state.lastSequence == 1)
        #expect(store.state.history.undoable.isEmpty)
        let records = try store.allRecords()
        #expect(records.count == 1)
        #expect(records.first?.kind == .creation)
        #expect(records.first?.author == "anna@bottrop")
        #expect(records.first?.time == Date(timeIntervalSince1970: 1_490_292_001.25))
        #expect(records.first?.schemaVersion == EventRecord.currentSchemaVersion)
        try store.close()

        let reopened = try WorkshopStore.open(at: path)
        #expect(reopened.state == store.state)
        #expect(try reopened.allRecords() == records)
        try reopened.close()
        // The temporary file the workshop was built in is gone.
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
        #expect(names.contains("auftakt.allianz"))
        #expect(names.allSatisfy { $0.hasPrefix("auftakt.allianz") }, "\(names)")
    }

    @Test func emptyTemplateHasOnlyATitle() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("leer.allianz")
        let store = try WorkshopStore.create(at: path, content: WorkshopTemplate.empty.content(title: "Leitbild-Workshop"))
        #expect(store.state.workshop == Workshop(info: WorkshopInfo(title: "Leitbild-Workshop", date: "", place: "")))
        try store.close()
        #expect(try WorkshopStore.open(at: path).state.workshop.info.title == "Leitbild-Workshop")
        #expect(WorkshopTemplate.demo.content() == DemoWorkshop.kickOff)
    }

    @Test func fileIsReadableByItsOwnerOnly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("privat.allianz")
        let store = try WorkshopStore.create(at: path, content: DemoWorkshop.kickOff)
        #expect(try permissions(path) == 0o600)
        try store.execute(.addPerson(list: .participants, name: "Neu", organisation: ""))
        // SQLite's side files while the workshop is open hold the same personal data.
        for side in [path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: side) {
            #expect(try permissions(side) == 0o600, "\(side)")
        }
        try store.close()
        #expect(try permissions(path) == 0o600)
    }

    @Test func commitsAreFullySynchronous() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        let created = try WorkshopStore.create(at: path, content: DemoWorkshop.kickOff)
        #expect(try created.writerSynchronousMode() == 2) // FULL
        try created.close()
        let opened = try WorkshopStore.open(at: path)
        #expect(try opened.writerSynchronousMode() == 2)
        try opened.close()
    }

    @Test func createRefusesAnExistingFileAndLeavesItAlone() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let text = directory.path("notizen.allianz")
        try Data("Bitte nicht überschreiben\n".utf8).write(to: URL(fileURLWithPath: text))
        let workshop = directory.path("workshop.allianz")
        try makeWorkshopFile(workshop, changes: 2)

        for path in [text, workshop] {
            let before = try fileData(path)
            #expect(throws: StoreError.alreadyExists(path: path)) {
                try WorkshopStore.create(at: path, content: DemoWorkshop.kickOff)
            }
            #expect(try fileData(path) == before)
        }
    }

    @Test func createInAMissingDirectoryFails() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("gibt-es-nicht/w.allianz")
        do {
            _ = try WorkshopStore.create(at: path, content: DemoWorkshop.kickOff)
            Issue.record("created in a missing directory")
        } catch {
            guard case .cannotCreate(path: path, reason: _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
        }
    }

    @Test func missingFileIsReported() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("fehlt.allianz")
        #expect(openError(path) == .missing(path: path))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    // MARK: Changing

    @Test func executedRecordsSurviveCloseAndReopen() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        let clock = TestClock()
        let store = try WorkshopStore.create(at: path, content: DemoWorkshop.kickOff, author: "a@h", clock: clock.now)
        let creation = try store.allRecords()

        var committed: [EventRecord] = []
        let commands: [WorkshopCommand] = [
            .addPerson(list: .participants, name: "Carla Neu", organisation: "HRW"),
            .editInfo(title: "Auftakt", date: "2017-03-24", place: "Lokschuppen"),
            .moveAgendaItem(id: EntityID("demo-agenda-1"), offset: 2),
            .removePerson(list: .moderators, id: EntityID("demo-moderator-5")),
            .addAgendaItem(title: "SWOT", kind: .swot, minutes: 45),
            .undo,
        ]
        for command in commands {
            committed.append(try #require(try store.execute(command)))
        }
        #expect(committed.map(\.sequence) == Array(2...7))
        #expect(committed.allSatisfy { $0.author == "a@h" })
        #expect(committed.last?.kind == .undo)
        #expect(committed.last?.target == 6)
        #expect(try store.allRecords() == creation + committed)
        #expect(store.state == WorkshopReducer.replay(creation + committed))
        #expect(store.state.workshop.participants.last?.name == "Carla Neu")
        #expect(store.state.workshop.agenda.count == DemoWorkshop.kickOff.agenda.count)
        let before = store.state
        try store.close()

        // The same terminal again (undo and redo are per terminal).
        let reopened = try WorkshopStore.open(at: path, author: "a@h")
        #expect(reopened.state == before)
        #expect(try reopened.allRecords() == creation + committed)
        // Undo and redo survive the restart.
        let redo = try #require(try reopened.execute(.redo))
        #expect(redo.target == 6)
        #expect(reopened.state.workshop.agenda.last?.title == "SWOT")
        try reopened.close()
    }

    @Test func unchangedOrRefusedCommandsWriteNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        let store = try WorkshopStore.create(at: path, content: DemoWorkshop.kickOff)
        let info = DemoWorkshop.kickOff.info
        #expect(try store.execute(.editInfo(title: info.title, date: info.date, place: info.place)) == nil)
        #expect(executeError(store, .addPerson(list: .participants, name: " ", organisation: ""))
            == .rejected(.emptyText(.personName)))
        #expect(executeError(store, .addPerson(list: .participants, name: "bernd tischler", organisation: ""))
            == .rejected(.duplicatePerson(name: "bernd tischler", list: .participants)))
        #expect(executeError(store, .undo) == .rejected(.nothingToUndo))
        #expect(store.state.lastSequence == 1)
        #expect(try store.allRecords().count == 1)
        try store.close()
    }

    // MARK: Snapshots

    @Test func snapshotsGiveTheSameStateAsAReplay() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("lang.allianz")
        let store = try WorkshopStore.create(at: path, content: DemoWorkshop.kickOff)
        let count = Int(WorkshopStore.snapshotInterval) + 10
        for index in 0..<count {
            switch index % 4 {
            case 0: try store.execute(.addPerson(list: .participants, name: "Person \(index)", organisation: "Org"))
            case 1: try store.execute(.moveAgendaItem(id: EntityID("demo-agenda-3"), offset: index % 8 == 1 ? 1 : -1))
            case 2: try store.execute(.editInfo(title: "Titel \(index)", date: "2017-03-23", place: "Bottrop"))
            default: try store.execute(.undo)
            }
        }
        #expect(store.state.lastSequence == Int64(count + 1))
        // A snapshot was written while executing, before any close.
        let written = try snapshotSequences(path)
        #expect(written == [WorkshopStore.snapshotInterval])
        let expected = store.state
        #expect(WorkshopReducer.replay(try store.allRecords()) == expected)
        try store.close()
        // Closing stores the newest snapshot and drops the older one: the log keeps its content.
        #expect(try snapshotSequences(path) == [expected.lastSequence])

        let reopened = try WorkshopStore.open(at: path)
        #expect(reopened.state == expected)
        // Continuing after the snapshot works like before it.
        try reopened.execute(.undo)
        try reopened.execute(.redo)
        #expect(reopened.state.workshop == expected.workshop)
        try reopened.close()
    }

    @Test func unusableSnapshotIsIgnored() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        try makeWorkshopFile(path, changes: 5)
        let expected = try WorkshopStore.open(at: path, readOnly: true).state
        #expect(try snapshotSequences(path) == [expected.lastSequence])

        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "UPDATE snapshot SET state = '{kaputt'") }
        try queue.close()
        let store = try WorkshopStore.open(at: path, readOnly: true)
        #expect(store.state == expected)
    }

    // MARK: Several stores on one file

    @Test func secondStoreFollowsTheFirst() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("geteilt.allianz")
        let first = try WorkshopStore.create(at: path, content: DemoWorkshop.kickOff, author: "erste@host")
        let second = try WorkshopStore.open(at: path, author: "zweite@host")
        #expect(try second.refresh() == false)

        try first.execute(.addPerson(list: .participants, name: "Carla Neu", organisation: ""))
        #expect(second.state.lastSequence == 1)
        #expect(try second.refresh() == true)
        #expect(second.state == first.state)
        #expect(try second.refresh() == false)

        // The second store is stale now; its commands are decided against the file's newest state.
        try first.execute(.addPerson(list: .moderators, name: "Dora Doppelt", organisation: ""))
        #expect(executeError(second, .addPerson(list: .moderators, name: "dora doppelt", organisation: ""))
            == .rejected(.duplicatePerson(name: "dora doppelt", list: .moderators)))
        try first.execute(.addAgendaItem(title: "Von der ersten", kind: .swot, minutes: 30))
        let record = try #require(try second.execute(.addAgendaItem(title: "Von der zweiten", kind: .swot, minutes: 30)))
        #expect(record.sequence == 5)
        #expect(record.author == "zweite@host")
        #expect(second.state.workshop.moderators.last?.name == "Dora Doppelt")
        #expect(second.state.workshop.agenda.suffix(2).map(\.title) == ["Von der ersten", "Von der zweiten"])

        #expect(try first.refresh() == true)
        #expect(first.state == second.state)
        #expect(try first.allRecords().map(\.author) == ["erste@host", "erste@host", "erste@host", "erste@host", "zweite@host"])
        try second.close()
        try first.close()
        #expect(try WorkshopStore.open(at: path, readOnly: true).state == first.state)
    }

    @Test func readOnlyStoreRefusesToExecuteButFollows() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        try makeWorkshopFile(path, changes: 3)
        let before = try fileData(path)

        let reader = try WorkshopStore.open(at: path, readOnly: true)
        #expect(reader.isReadOnly)
        let state = reader.state
        #expect(executeError(reader, .addPerson(list: .participants, name: "Neu", organisation: ""))
            == .readOnly(path: path, reason: .requested))
        #expect(executeError(reader, .undo) == .readOnly(path: path, reason: .requested))
        #expect(reader.state == state)
        try reader.close()
        #expect(try fileData(path) == before)

        let writer = try WorkshopStore.open(at: path)
        let follower = try WorkshopStore.open(at: path, readOnly: true)
        try writer.execute(.addPerson(list: .participants, name: "Neu", organisation: ""))
        #expect(try follower.refresh())
        #expect(follower.state == writer.state)
        try follower.close()
        try writer.close()
    }

    // MARK: Refusing files that are not (usable) workshops

    @Test func textFileIsRefusedUnchanged() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("notizen.txt")
        try Data(String(repeating: "Auftaktveranstaltung im Lokschuppen, 23.03.2017\n", count: 20).utf8)
            .write(to: URL(fileURLWithPath: path))
        let before = try fileData(path)
        #expect(openError(path) == .notAWorkshop(path: path))
        #expect(openError(path, readOnly: true) == .notAWorkshop(path: path))
        #expect(try fileData(path) == before)
    }

    @Test func emptyAndShortFilesAreRefusedUnchanged() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let empty = directory.path("leer.allianz")
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect(openError(empty) == .notAWorkshop(path: empty))
        #expect(try fileData(empty).isEmpty)

        let short = directory.path("kurz.allianz")
        try Data("SQLite format 3\0".utf8).write(to: URL(fileURLWithPath: short))
        #expect(openError(short) == .notAWorkshop(path: short))
        #expect(try fileData(short) == Data("SQLite format 3\0".utf8))
    }

    @Test func foreignSQLiteDatabaseIsRefusedUnchanged() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("kunden.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE kunden (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
            try db.execute(sql: "INSERT INTO kunden (name) VALUES ('Bäckerei Hülsmann'), ('Sparkasse Bottrop')")
        }
        try queue.close()
        let before = try fileData(path)
        #expect(openError(path) == .notAWorkshop(path: path))
        #expect(openError(path, readOnly: true) == .notAWorkshop(path: path))
        #expect(try fileData(path) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["kunden.sqlite"])
    }

    @Test func workshopHeaderWithoutTablesIsRefusedUnchanged() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("fast.allianz")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "PRAGMA application_id = \(0x414C_5455)")
            try db.execute(sql: "CREATE TABLE record (sequence INTEGER PRIMARY KEY)")
        }
        try queue.close()
        let before = try fileData(path)
        #expect(openError(path) == .unknownStructure(path: path, missing: "record.schemaVersion"))
        #expect(try fileData(path) == before)
    }

    /// The right mark and format, tables of the right names with other columns: refused with
    /// what is missing, in the UI language, not SQLite's "no such column: schemaVersion".
    @Test func workshopHeaderWithOtherColumnsIsRefusedUnchanged() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("fremd.allianz")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "PRAGMA application_id = \(0x414C_5455)")
            try db.execute(sql: "PRAGMA user_version = 1")
            try db.execute(sql: "CREATE TABLE record (sequence INTEGER PRIMARY KEY, time REAL, events TEXT)")
            try db.execute(sql: "CREATE TABLE snapshot (sequence INTEGER PRIMARY KEY, state TEXT)")
            try db.execute(sql: "INSERT INTO record (time, events) VALUES (0, '[]')")
        }
        try queue.close()
        let before = try fileData(path)
        let error = openError(path)
        #expect(error == .unknownStructure(path: path, missing: "record.schemaVersion"))
        #expect(openError(path, readOnly: true) == error)
        #expect(try fileData(path) == before)
        #expect(error?.message(in: .de).contains("ist aber keine gültige Workshopdatei dieser Version (es fehlt: record.schemaVersion)") == true)
        #expect(error?.message(in: .en).contains("not a valid workshop file of this version (record.schemaVersion missing)") == true)
    }

    @Test func newerFormatIsRefusedUnchanged() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("neu.allianz")
        try makeWorkshopFile(path, changes: 2)
        var bytes = try fileData(path)
        #expect(bytes[60..<64] == Data([0, 0, 0, 2]))
        bytes.replaceSubrange(60..<64, with: [0, 0, 0, 99]) // PRAGMA user_version = 99
        try bytes.write(to: URL(fileURLWithPath: path))

        #expect(openError(path) == .newerSchema(path: path, found: 99, supported: 2))
        #expect(openError(path, readOnly: true) == .newerSchema(path: path, found: 99, supported: 2))
        #expect(try fileData(path) == bytes)
        #expect(StoreError.newerSchema(path: path, found: 99, supported: 1).message(in: .en).contains("format 99"))
    }

    @Test func recordWithANewerSchemaVersionIsRefusedUnchanged() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("neu.allianz")
        try makeWorkshopFile(path, changes: 2)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "DELETE FROM snapshot")
            try db.execute(sql: "UPDATE record SET schemaVersion = 7 WHERE sequence = 3")
            try RecordChain.seal(db) // as a newer build would have written it
        }
        try queue.close()
        let before = try fileData(path)
        #expect(openError(path) == .newerSchema(path: path, found: 7, supported: EventRecord.currentSchemaVersion))
        #expect(try fileData(path) == before)
    }

    @Test func missingRecordIsReportedAsDamage() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("luecke.allianz")
        try makeWorkshopFile(path, changes: 4)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "DELETE FROM snapshot")
            try db.execute(sql: "DELETE FROM record WHERE sequence = 3")
        }
        try queue.close()
        let before = try fileData(path)
        #expect(openError(path) == .integrity(path: path, problem: .recordsMissing(from: 3, to: 3)))
        #expect(try fileData(path) == before)
    }

    @Test(arguments: [("kind", "'bogus'"), ("events", "'[{\"unbekannt\":1}]'"), ("events", "'nicht json'")])
    func undecodableRecordIsReportedAsDamage(column: String, value: String) throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        try makeWorkshopFile(path, changes: 2)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "DELETE FROM snapshot")
            try db.execute(sql: "UPDATE record SET \(column) = \(value) WHERE sequence = 2")
            try RecordChain.seal(db) // undecodable although its checksum matches
        }
        try queue.close()
        let before = try fileData(path)
        #expect(openError(path) == .integrity(path: path, problem: .recordUnreadable(sequence: 2)))
        #expect(try fileData(path) == before)
    }

    @Test func directoryIsRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("ordner.allianz")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        #expect(openError(path) == .isDirectory(path: path))
        #expect(StoreError.isDirectory(path: path).message(in: .de).contains("ist ein Ordner, keine Workshopdatei"))
        #expect(throws: StoreError.isDirectory(path: path)) {
            try WorkshopStore.create(at: path, content: DemoWorkshop.kickOff)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: path).isEmpty)
    }

    @Test func damagedFileIsRefusedUnchanged() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("kaputt.allianz")
        try makeWorkshopFile(path, changes: 60)
        var bytes = try fileData(path)
        let pageSize = 4096
        #expect(bytes.count % pageSize == 0)
        let pages = bytes.count / pageSize
        #expect(pages >= 6, "the file should have middle pages to damage")
        // Garbage over every page but the first (header and schema) and the last.
        var generator = SeededGenerator(seed: 2017)
        for page in 1..<(pages - 1) {
            let offset = page * pageSize
            bytes.replaceSubrange(offset..<offset + pageSize, with: (0..<pageSize).map { _ in UInt8.random(in: 0...255, using: &generator) })
        }
        try bytes.write(to: URL(fileURLWithPath: path))

        for readOnly in [false, true] {
            let error = openError(path, readOnly: readOnly)
            guard case .damaged(path: path, detail: _)? = error else {
                Issue.record("expected damaged, got \(String(describing: error))")
                continue
            }
            #expect(try fileData(path) == bytes)
        }
        let message = try #require(openError(path)).message(in: .de)
        #expect(message.contains("beschädigt"))
        #expect(message.contains(path))
    }

    // MARK: Messages

    @Test func everyStoreErrorHasAMessageInBothLanguages() {
        let path = "/tmp/w.allianz"
        let errors: [StoreError] = [
            .missing(path: path), .notAWorkshop(path: path), .damaged(path: path, detail: "record 3 missing"),
            .newerSchema(path: path, found: 2, supported: 1), .alreadyExists(path: path),
            .cannotCreate(path: path, reason: "Permission denied"), .cannotOpen(path: path, reason: "Permission denied"),
            .cannotWrite(path: path, reason: "disk full"), .rejected(.nothingToUndo),
            .integrity(path: path, problem: .recordChanged(sequence: 57)),
            .vanished(path: path), .diskFull(path: path), .locked(path: path, seconds: 60), .noRoomToCreate(path: path),
            .readOnly(path: path, reason: .requested), .readOnly(path: path, reason: .fileNotWritable),
            .readOnly(path: path, reason: .directoryNotWritable), .readOnly(path: path, reason: .readOnlyMedia),
            .readOnly(path: path, reason: .sideFilesNotWritable),
        ]
        for error in errors {
            let german = error.message(in: .de)
            let english = error.message(in: .en)
            #expect(german != english)
            for message in [german, english] {
                #expect(message.range(of: #"\{\d+\}"#, options: .regularExpression) == nil, "\(message)")
                if case .rejected = error { continue }
                #expect(message.contains(path), "\(message)")
            }
        }
    }
}
