import Foundation
import GRDB
import Testing
@testable import WorkshopModel

/// A clock that advances one second per call, from 23 March 2017, 18:00 UTC.
private final class StepClock: @unchecked Sendable {
    private var seconds = 1_490_292_000.25
    func now() -> Date {
        seconds += 1
        return Date(timeIntervalSince1970: seconds)
    }
}

/// The demo, 20 agenda items (records 2–21) and a close (snapshot at 21); then, opened
/// again, "Nachtrag A" (22), "Nachtrag B" (23), a new title (24) and "Nachtrag C" (25),
/// left without a snapshot as after a crash.
private func makeFileWithRecordsAfterTheSnapshot(_ path: String) throws -> WorkshopState {
    let clock = StepClock()
    let store = try WorkshopStore.create(at: path, content: DemoWorkshop.kickOff, author: "anna@host#pts/1", clock: clock.now)
    for index in 0..<20 {
        try store.execute(.addAgendaItem(title: "Zusatzpunkt \(index)", kind: .consensing, minutes: index))
    }
    try store.close()
    let state: WorkshopState = try {
        let store = try WorkshopStore.open(at: path, author: "bert@host#pts/2", clock: clock.now)
        try store.execute(.addAgendaItem(title: "Nachtrag A", kind: .pause, minutes: 5))
        try store.execute(.addAgendaItem(title: "Nachtrag B", kind: .pause, minutes: 5))
        try store.execute(.editInfo(title: "Neuer Titel", date: "23.03.2017", place: "Bottrop"))
        try store.execute(.addAgendaItem(title: "Nachtrag C", kind: .pause, minutes: 5))
        return store.state
    }()
    try checkpoint(path)
    #expect(try sequences(path, "snapshot") == [21])
    return state
}

/// Moves everything from the write-ahead log into the file itself.
private func checkpoint(_ path: String) throws {
    let queue = try DatabaseQueue(path: path)
    try queue.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
    try queue.close()
}

private func sequences(_ path: String, _ table: String) throws -> [Int64] {
    let queue = try DatabaseQueue(path: path)
    defer { try? queue.close() }
    return try queue.read { db in try Int64.fetchAll(db, sql: "SELECT sequence FROM \(table) ORDER BY sequence") }
}

/// Runs SQL on the file directly, as damage from outside would (checksums untouched).
private func tamper(_ path: String, _ sql: String) throws {
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in try db.execute(sql: sql) }
    try queue.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
    try queue.close()
}

/// Changes the one place in the file's bytes where `old` occurs into `new` (same length),
/// as a flipped bit on the disk would: SQLite itself notices nothing.
private func flipBytes(in path: String, _ old: String, to new: String) throws {
    var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    let ranges = bytes.ranges(of: Data(old.utf8))
    try #require(ranges.count == 1, "\(old) occurs \(ranges.count) times")
    bytes.replaceSubrange(ranges[0], with: Data(new.utf8))
    try bytes.write(to: URL(fileURLWithPath: path))
}

/// Turns a workshop file into one of format 1, written before checksums existed.
func makeFormatOne(_ path: String) throws {
    let queue = try DatabaseQueue(path: path)
    try queue.writeWithoutTransaction { db in
        try db.execute(sql: "ALTER TABLE record DROP COLUMN hash")
        try db.execute(sql: "ALTER TABLE snapshot DROP COLUMN hash")
        try db.execute(sql: "PRAGMA user_version = 1")
        _ = try db.checkpoint(.truncate)
    }
    try queue.close()
}

private func fileData(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

private func openError(_ path: String, readOnly: Bool = false) -> StoreError? {
    do {
        let store = try WorkshopStore.open(at: path, readOnly: readOnly)
        try? store.close()
        return nil
    } catch {
        return error
    }
}

@Suite struct IntegrityTests {
    // MARK: Opening

    @Test func byteChangedInsideARecordIsRefusedAtOpeningWithItsNumber() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        _ = try makeFileWithRecordsAfterTheSnapshot(path)
        try flipBytes(in: path, "Nachtrag B", to: "Nachtrag X") // still valid JSON
        let before = try fileData(path)

        for readOnly in [false, true] {
            #expect(openError(path, readOnly: readOnly) == .integrity(path: path, problem: .recordChanged(sequence: 23)))
        }
        #expect(try fileData(path) == before)
        let error = StoreError.integrity(path: path, problem: .recordChanged(sequence: 23))
        #expect(error.message(in: .de).contains("Datensatz 23 passt nicht mehr zu seiner Prüfsumme"))
        #expect(error.message(in: .de).contains("allianz-tui recover \(path) --out"))
        #expect(error.message(in: .en).contains("Record 23 no longer matches its checksum"))
    }

    @Test func intactFileOpensAndEveryRecordCarriesItsChainHash() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        let state = try makeFileWithRecordsAfterTheSnapshot(path)
        let store = try WorkshopStore.open(at: path, readOnly: true)
        #expect(store.state == state)
        try store.close()
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        try queue.read { db in
            var previous = RecordChain.genesis
            for row in try Row.fetchAll(db, sql: "SELECT * FROM record ORDER BY sequence") {
                let record = try StoredRecord(row)
                #expect(record.hash == RecordChain.hash(record, previous: previous))
                previous = try #require(record.hash)
            }
            #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == 2)
        }
    }

    @Test func alteredSnapshotIsSkippedAtOpeningAndReportedByCheck() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        let state = try makeFileWithRecordsAfterTheSnapshot(path)
        try tamper(path, "UPDATE snapshot SET state = replace(state, 'Zusatzpunkt 7', 'Zusatzpunkt 9')")

        let store = try WorkshopStore.open(at: path, readOnly: true)
        #expect(store.state == state, "the state comes from the log, not from the altered snapshot")
        try store.close()
        let check = try WorkshopCheck.run(path: path)
        #expect(check.problems == [.snapshotChanged(sequence: 21)])
        #expect(check.report(in: .de).joined().contains("Der Zwischenstand bei Datensatz 21 passt nicht mehr"))
    }

    @Test func snapshotThatDiffersFromTheReplayedLogIsReported() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        _ = try makeFileWithRecordsAfterTheSnapshot(path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "UPDATE snapshot SET state = replace(state, 'Zusatzpunkt 7', 'Zusatzpunkt 9')")
            try RecordChain.seal(db) // a snapshot written wrong, with a matching checksum
        }
        try queue.close()
        let check = try WorkshopCheck.run(path: path)
        #expect(check.problems == [.snapshotDiffers(sequence: 21)])
        #expect(check.report(in: .en).contains { $0.contains("The snapshot at record 21 differs from the log") })
    }

    // MARK: check

    @Test func checkOfASoundFileSaysSoInBothLanguages() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        _ = try makeFileWithRecordsAfterTheSnapshot(path)
        let before = try fileData(path)
        let check = try WorkshopCheck.run(path: path)
        #expect(check.isSound)
        #expect(check.recordCount == 25)
        #expect(check.matchingSnapshot == 21)
        #expect(check.report(in: .de) == ["„\(path)“ ist in Ordnung – geprüfte Datensätze: 25, jeder passt zu seiner Prüfsumme und zum vorigen; der Zwischenstand bei Datensatz 21 stimmt mit dem Protokoll überein."])
        #expect(check.report(in: .en).last?.hasPrefix("“\(path)” is sound – records checked: 25") == true)
        #expect(try fileData(path) == before)
    }

    @Test func checkFindsDamageBeforeTheSnapshotThatOpeningDoesNotRead() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        let state = try makeFileWithRecordsAfterTheSnapshot(path)
        try tamper(path, "UPDATE record SET events = replace(events, 'Zusatzpunkt 7', 'Zusatzpunkt 9') WHERE sequence = 9")
        try tamper(path, "DELETE FROM record WHERE sequence IN (12, 13)")

        let store = try WorkshopStore.open(at: path, readOnly: true)
        #expect(store.state == state, "opening reads the snapshot and the records after it")
        try store.close()
        let check = try WorkshopCheck.run(path: path)
        #expect(check.problems == [.recordChanged(sequence: 9), .recordsMissing(from: 12, to: 13)])
        let german = check.report(in: .de)
        #expect(german.contains("✗ Datensatz 9 passt nicht mehr zu seiner Prüfsumme – er wurde nach dem Speichern verändert."))
        #expect(german.contains("✗ Datensätze 12–13 fehlen."))
        #expect(german.last?.contains("ist beschädigt (2 Befunde oben)") == true)
    }

    @Test func recordWithAValueOfTheWrongTypeIsUnreadableNotACrash() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        _ = try makeFileWithRecordsAfterTheSnapshot(path)
        try tamper(path, "UPDATE record SET time = 'kaputt' WHERE sequence = 24")
        #expect(openError(path, readOnly: true) == .integrity(path: path, problem: .recordUnreadable(sequence: 24)))
        let problems = try WorkshopCheck.run(path: path).problems
        #expect(problems == [.recordUnreadable(sequence: 24)], "\(problems)")
    }

    @Test func checkReportsRecordsMissingAtTheEndThatTheSnapshotShows() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        _ = try makeFileWithRecordsAfterTheSnapshot(path)
        try tamper(path, "DELETE FROM record WHERE sequence >= 20")
        #expect(try WorkshopCheck.run(path: path).problems == [.recordsMissing(from: 20, to: 21)])
    }

    // MARK: recover

    @Test func recoverKeepsTheIntactRecordsAndLaterOnesThatStillApply() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        let out = directory.path("gerettet.allianz")
        _ = try makeFileWithRecordsAfterTheSnapshot(path)
        try flipBytes(in: path, "Nachtrag B", to: "Nachtrag X")
        let before = try fileData(path)

        let recovery = try WorkshopRecovery.run(from: path, to: out, author: "carla@host#pts/3")
        #expect(try fileData(path) == before, "the damaged file is only read")
        // 23 is broken; 24 (the title) still applies; 25 appended at a position that no longer exists.
        #expect(recovery.losses.map { [$0.from, $0.to] } == [[23, 23], [25, 25]])
        #expect(recovery.losses.allSatisfy { $0.authors == ["bert@host#pts/2"] && $0.keptBySnapshot == nil })
        #expect(recovery.writtenRecords == 23)
        #expect(recovery.lostAnything)
        let german = recovery.report(in: .de)
        #expect(german.contains { $0.hasPrefix("Verloren: Datensatz 23 (bert@host#pts/2; 23.03.2017 ") })
        #expect(german.last == "2 von 25 Datensätzen nicht übernommen. „\(path)“ wurde nicht verändert.")
        #expect(recovery.report(in: .en).contains { $0.hasPrefix("Lost: record 25 (bert@host#pts/2; 2017-03-23 ") })

        let store = try WorkshopStore.open(at: out, readOnly: true)
        #expect(store.state.workshop.info.title == "Neuer Titel")
        #expect(store.state.workshop.agenda.map(\.title).suffix(2) == ["Zusatzpunkt 19", "Nachtrag A"])
        try store.close()
        #expect(try WorkshopCheck.run(path: out).isSound)
    }

    @Test func recoverTakesOverTheContentOfASnapshotBeyondTheDamage() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        let out = directory.path("gerettet.allianz")
        let state = try makeFileWithRecordsAfterTheSnapshot(path)
        try tamper(path, "UPDATE record SET events = replace(events, 'Zusatzpunkt 7', 'Zusatzpunkt 9') WHERE sequence = 9")

        let recovery = try WorkshopRecovery.run(from: path, to: out, author: "carla@host#pts/3")
        #expect(recovery.losses.map { [$0.from, $0.to] } == [[9, 21]])
        #expect(recovery.losses.first?.keptBySnapshot == 21)
        #expect(recovery.losses.first?.authors == ["anna@host#pts/1"])
        #expect(recovery.writtenRecords == 8 + 1 + 4)
        #expect(recovery.recoveredUpTo == 25)
        #expect(recovery.report(in: .de).contains { $0.hasPrefix("Datensätze 9–21: als einzelne Schritte verloren, ihr Inhalt aber gerettet") })

        let store = try WorkshopStore.open(at: out, readOnly: true)
        #expect(store.state.workshop == state.workshop, "nothing of the content is lost")
        let records = try store.allRecords()
        try store.close()
        #expect(records[8].kind == .creation)
        #expect(records[8].author == "carla@host#pts/3")
        #expect(try WorkshopCheck.run(path: out).isSound)
    }

    @Test func recoverOfASoundFileLosesNothingAndKeepsTheChain() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        let out = directory.path("kopie.allianz")
        let state = try makeFileWithRecordsAfterTheSnapshot(path)
        let recovery = try WorkshopRecovery.run(from: path, to: out)
        #expect(!recovery.lostAnything)
        #expect(recovery.report(in: .de).last == "Nichts verloren: alle 25 Datensätze waren intakt.")
        let store = try WorkshopStore.open(at: out, readOnly: true)
        #expect(store.state == state)
        try store.close()
    }

    @Test func recoverNeverOverwritesAFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        _ = try makeFileWithRecordsAfterTheSnapshot(path)
        #expect(throws: StoreError.alreadyExists(path: path)) { try WorkshopRecovery.run(from: path, to: path) }
    }

    // MARK: Files of format 1

    @Test func fileOfFormatOneIsReadUnverifiedAndUpgradedWhenOpenedForWriting() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("alt.allianz")
        let state = try makeFileWithRecordsAfterTheSnapshot(path)
        try makeFormatOne(path)
        let before = try fileData(path)

        let readOnly = try WorkshopStore.open(at: path, readOnly: true)
        #expect(readOnly.state == state)
        try readOnly.close()
        #expect(try fileData(path) == before, "a read-only open does not upgrade")
        let unhashed = try WorkshopCheck.run(path: path)
        #expect(!unhashed.isHashed && unhashed.isSound)
        #expect(unhashed.report(in: .de).first?.contains("hat noch keine Prüfsummen (Dateiformat 1)") == true)
        #expect(unhashed.report(in: .en).last?.hasPrefix("“\(path)” can be read – records read: 25") == true)

        let writable = try WorkshopStore.open(at: path)
        #expect(writable.state == state)
        try writable.close()
        let upgraded = try WorkshopCheck.run(path: path)
        #expect(upgraded.isHashed && upgraded.isSound)
        #expect(try FileHeader(path: path)?.formatVersion == 2)

        try tamper(path, "UPDATE record SET events = replace(events, 'Zusatzpunkt 7', 'Zusatzpunkt 9') WHERE sequence = 9")
        #expect(try WorkshopCheck.run(path: path).problems == [.recordChanged(sequence: 9)])
    }

    // MARK: Transition events

    @Test func transitionEventsTurnOneWorkshopIntoAnother() throws {
        var changed = DemoWorkshop.kickOff
        changed.info.title = "Anders"
        changed.cards.removeFirst(3)
        changed.agenda.reverse()
        changed.projection = .timer
        for (from, to) in [(Workshop.blank, DemoWorkshop.kickOff), (DemoWorkshop.kickOff, changed), (changed, Workshop.blank)] {
            var workshop = from
            for event in WorkshopTemplate.transitionEvents(from: from, to: to) {
                #expect(event.applies(to: workshop))
                WorkshopReducer.apply(event, to: &workshop)
            }
            #expect(workshop == to)
        }
        #expect(WorkshopTemplate.transitionEvents(from: changed, to: changed).isEmpty)
    }
}
