import Foundation
import Testing
import WorkshopModel

/// The store itself under the faults of ``StoreFaultFlowTests``, in process: a lock held by
/// another connection, a full disk, a file gone. (Here rather than in the model's tests for
/// the helpers they share: ``LockHolder`` and ``ScratchDisk``.)
@Suite(.serialized)
struct StoreFaultTests {
    private static func makeStore(at path: String) throws -> WorkshopStore {
        try WorkshopStore.create(at: path, content: DemoWorkshop.kickOff, author: "test@host")
    }

    private static func addPerson(_ name: String) -> WorkshopCommand {
        .addPerson(list: .participants, name: name, organisation: "")
    }

    @Test func aChangeWaitsForTheWriteLockAndSaysHowLong() throws {
        let directory = try TemporaryDirectory()
        let store = try Self.makeStore(at: directory.file("w.allianz"))
        defer { try? store.close() }
        var waits: [TimeInterval] = []
        store.onLockWait = { waits.append($0) }

        let holder = try LockHolder(path: store.path, seconds: 1.5)
        let started = Date()
        let record = try store.execute(Self.addPerson("Geduldig"))
        holder.waitUntilReleased()
        #expect(record != nil)
        #expect(Date().timeIntervalSince(started) >= 1.4)
        #expect(waits.count >= 3, "told about four times a second: \(waits)")
        #expect(waits == waits.sorted() && (waits.first ?? 1) < 0.5)
        #expect(store.writeProblem == nil)
        #expect(store.state.workshop.participants.last?.name == "Geduldig")
    }

    @Test func aLockHeldLongerThanThePatienceIsNotSavedAndSaysSo() throws {
        let directory = try TemporaryDirectory()
        let store = try Self.makeStore(at: directory.file("w.allianz"))
        defer { try? store.close() }
        store.lockPatience = 0.5
        let before = store.state

        let holder = try LockHolder(path: store.path, seconds: 2)
        let error = #expect(throws: StoreError.self) { try store.execute(Self.addPerson("Zu früh")) }
        guard case let .locked(path, seconds) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(path == store.path && (0...2).contains(seconds))
        #expect(store.state == before)
        #expect(store.writeProblem == error)
        #expect(error?.message(in: .de).contains(":copy PFAD") == true)
        holder.waitUntilReleased()

        try store.execute(Self.addPerson("Danach"))
        #expect(store.writeProblem == nil)
        #expect(try store.allRecords().count == 2, "the refused change was not written")
    }

    @Test func openingWaitsForAWriteLock() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("w.allianz")
        try Self.makeStore(at: path).close()
        // A closed file has an empty log, and opening it for writing writes.
        let holder = try LockHolder(path: path, seconds: 1)
        let store = try WorkshopStore.open(at: path)
        holder.waitUntilReleased()
        try store.execute(Self.addPerson("Nach dem Öffnen"))
        try store.close()
    }

    @Test(.enabled(if: ScratchDisk.canMount, "needs root to mount a 2 MB tmpfs"))
    func aFullDiskIsNamedAndNothingSavedIsLostNotEvenWhenClosing() throws {
        let disk = try ScratchDisk()
        let store = try Self.makeStore(at: disk.file("w.allianz"))
        try store.execute(Self.addPerson("Gespeichert"))
        try disk.fill(leaving: 48 * 1024)
        var saved = ["Gespeichert"]
        var failure: StoreError?
        for index in 1...200 where failure == nil {
            do {
                try store.execute(Self.addPerson("Person \(index) " + String(repeating: "x", count: 60)))
                saved.append("Person \(index) " + String(repeating: "x", count: 60))
            } catch {
                failure = error
            }
        }
        #expect(failure == .diskFull(path: store.path))
        print("FAULTS disk full at the store: \(saved.count) changes saved, then \(String(describing: failure))")
        #expect(store.writeProblem == failure)
        #expect(failure?.message(in: .de).contains("NICHT GESPEICHERT: Datenträger voll") == true)
        #expect(failure?.statusLabel(in: .de) == "✗ NICHT GESPEICHERT: Datenträger voll")
        // Closing writes a snapshot and copies the log into the file: shortcuts, so a full disk
        // is no reason to say that anything was lost.
        try store.close()
        disk.makeRoom()
        let reopened = try WorkshopStore.open(at: store.path, readOnly: true)
        #expect(Array(reopened.state.workshop.participants.map(\.name).suffix(saved.count)) == saved)
    }

    @Test func aCopyHoldsEverythingAlsoWhenTheFileIsGone() throws {
        let directory = try TemporaryDirectory()
        let store = try Self.makeStore(at: directory.file("w.allianz"))
        defer { try? store.close() }
        try store.execute(Self.addPerson("Vor dem Löschen"))
        try store.storeDraft(Draft(texts: ["halb getippt", "", ""]), key: "card.new/h1")
        for suffix in ["", "-wal", "-shm"] { unlink(store.path + suffix) }
        #expect(throws: StoreError.vanished(path: store.path)) { try store.execute(Self.addPerson("Ins Leere")) }

        let rescue = directory.file("rettung.allianz")
        try store.copy(to: rescue)
        #expect(throws: StoreError.alreadyExists(path: rescue)) { try store.copy(to: rescue) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["rettung.allianz"])
        let copy = try WorkshopStore.open(at: rescue, author: "test@host")
        #expect(copy.state == store.state)
        #expect(try copy.allRecords() == store.allRecords())
        #expect(try copy.storedDrafts().map(\.draft.texts) == [["halb getippt", "", ""]])
        try copy.execute(Self.addPerson("In der Kopie weiter"))
        try copy.close()
    }
}
