import Foundation
import GRDB
import Testing
@testable import WorkshopModel

/// Collects what several threads report, behind a lock.
private final class ThreadReports: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [String] = []

    func fail(_ message: String) {
        lock.lock()
        errors.append(message)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return errors
    }
}

/// Two to four moderator terminals on one workshop file: concurrent appends, edit conflicts
/// and undo per terminal (issue 7, part 5).
@Suite struct MultiModeratorTests {
    static let anna = "anna@laptop#pts/1"
    static let bert = "bert@laptop#pts/2"

    /// A workshop file with one theme table; returns the path and the first heading's id.
    private static func makeFile(in directory: TemporaryDirectory, author: String = anna) throws -> (String, EntityID) {
        let path = directory.path("tische.allianz")
        let store = try WorkshopStore.create(at: path, content: DemoWorkshop.kickOff, author: author)
        try store.execute(.board(.addBoard(kind: .themeTable, title: "Mobilität", moderatorID: nil)))
        let heading = try #require(store.state.workshop.headings.last?.id)
        try store.close()
        return (path, heading)
    }

    /// One workshop file with a theme table, open at two seats (Anna and Bert); `close()`
    /// closes both and removes the file.
    private final class TwoSeats {
        let directory: TemporaryDirectory
        let path: String
        let heading: EntityID
        let a: WorkshopStore
        let b: WorkshopStore

        init() throws {
            directory = try TemporaryDirectory()
            (path, heading) = try MultiModeratorTests.makeFile(in: directory)
            a = try WorkshopStore.open(at: path, author: MultiModeratorTests.anna)
            b = try WorkshopStore.open(at: path, author: MultiModeratorTests.bert)
        }

        func close() {
            try? a.close()
            try? b.close()
            directory.cleanup()
        }
    }

    /// The texts of the cards under `heading` (the demo content has cards of its own).
    private static func texts(_ store: WorkshopStore, under heading: EntityID) -> [String] {
        store.state.workshop.cards.filter { $0.headingID == heading }.map(\.text)
    }

    private static func addCard(_ store: WorkshopStore, _ text: String, under heading: EntityID) throws -> Card {
        try store.execute(.board(.addCard(headingID: heading, text: text, author: "", tags: "", isPrepared: false, isCluster: false)))
        return try #require(store.state.workshop.cards.last { $0.text == text })
    }

    // MARK: Appending at the same time

    @Test func twoStoresAppendingAtTheSameTimeLoseAndDuplicateNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let (path, heading) = try Self.makeFile(in: directory)
        let perThread = 200
        let reports = ThreadReports()
        let group = DispatchGroup()
        for (prefix, author) in [("A", Self.anna), ("B", Self.bert)] {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                do {
                    let store = try WorkshopStore.open(at: path, author: author)
                    for number in 1...perThread {
                        try store.execute(.board(.addCard(headingID: heading, text: "\(prefix)-\(number)", author: "",
                                                          tags: "", isPrepared: false, isCluster: false)))
                    }
                    try store.close()
                } catch {
                    reports.fail("\(prefix): \(error)")
                }
            }
        }
        #expect(group.wait(timeout: .now() + 120) == .success)
        #expect(reports.all.isEmpty, "\(reports.all)")

        let store = try WorkshopStore.open(at: path)
        defer { try? store.close() }
        let texts = Self.texts(store, under: heading)
        #expect(texts.count == 2 * perThread)
        #expect(Set(texts).count == texts.count, "a card was saved twice")
        for prefix in ["A", "B"] {
            // Each terminal's cards in the order it typed them, none missing.
            #expect(texts.filter { $0.hasPrefix(prefix + "-") } == (1...perThread).map { "\(prefix)-\($0)" })
        }
        let records = try store.allRecords()
        #expect(records.map(\.sequence) == Array(1...Int64(records.count)))
        #expect(records.filter { $0.author == Self.anna }.count == perThread + 2)
        #expect(records.filter { $0.author == Self.bert }.count == perThread)
    }

    @Test func aStoreSeesTheOtherStoresCardsOnRefresh() throws {
        let seats = try TwoSeats()
        defer { seats.close() }
        let (a, b, heading) = (seats.a, seats.b, seats.heading)
        _ = try Self.addCard(a, "Radwege", under: heading)
        #expect(try b.refresh())
        #expect(Self.texts(b, under: heading) == ["Radwege"])
        #expect(try !b.refresh())
        // Writing catches up first: B's card comes after A's.
        _ = try Self.addCard(b, "Busse", under: heading)
        #expect(Self.texts(b, under: heading) == ["Radwege", "Busse"])
        #expect(try a.refresh())
        #expect(a.state == b.state)
    }

    // MARK: Edit conflicts

    @Test func aConflictingCardEditIsRefusedAndASecondSaveOverwritesOnPurpose() throws {
        let seats = try TwoSeats()
        defer { seats.close() }
        let (a, b, heading) = (seats.a, seats.b, seats.heading)
        let opened = try Self.addCard(a, "Radwege", under: heading)
        try b.refresh()

        // A opens the card; B changes it before A saves.
        try b.execute(.board(.editCard(id: opened.id, text: "Radwege sicher machen", author: "Carla", tags: "Verkehr",
                                       basedOn: opened)))
        let refusal = executeError(a, .board(.editCard(id: opened.id, text: "Radwege ausbauen", author: "", tags: "",
                                                       basedOn: opened)))
        #expect(refusal == .rejected(.editConflict(.card, current: "Radwege sicher machen – Carla [Verkehr]")))
        #expect(refusal?.message(in: .de) == "Diese Karte wurde inzwischen an einem anderen Platz geändert: „Radwege sicher machen – Carla [Verkehr]“.")
        // The refusal brought B's version into A's state; nothing was written.
        let current = try #require(a.state.workshop.cards.first { $0.id == opened.id })
        #expect(current.text == "Radwege sicher machen")
        #expect(try a.allRecords().count == b.state.lastSequence)

        // Saving again based on the current card overwrites it on purpose.
        try a.execute(.board(.editCard(id: opened.id, text: "Radwege ausbauen", author: "", tags: "", basedOn: current)))
        try b.refresh()
        let saved = try #require(b.state.workshop.cards.first { $0.id == opened.id })
        #expect(saved.text == "Radwege ausbauen" && saved.author == nil && saved.tags.isEmpty)
    }

    @Test func onlyTheWordingCountsForACardConflict() throws {
        let seats = try TwoSeats()
        defer { seats.close() }
        let (a, b, heading) = (seats.a, seats.b, seats.heading)
        let opened = try Self.addCard(a, "Radwege", under: heading)
        _ = try Self.addCard(a, "Busse", under: heading)
        try b.refresh()
        // B moves the card and marks it prepared: A's text edit does not conflict and keeps both.
        try b.execute(.board(.reorderCard(id: opened.id, offset: 1)))
        try b.execute(.board(.setPrepared(id: opened.id, isPrepared: true)))
        try a.execute(.board(.editCard(id: opened.id, text: "Radwege ausbauen", author: "", tags: "", basedOn: opened)))
        #expect(Self.texts(a, under: heading) == ["Busse", "Radwege ausbauen"])
        #expect(a.state.workshop.cards.last { $0.headingID == heading }?.isPrepared == true)
        // B typed the same text as A: nothing to save, no conflict.
        let base = try #require(a.state.workshop.cards.last { $0.headingID == heading })
        try b.refresh()
        try b.execute(.board(.editCard(id: opened.id, text: "Radwege ausbauen!", author: "", tags: "", basedOn: base)))
        #expect(try a.execute(.board(.editCard(id: opened.id, text: "Radwege ausbauen!", author: "", tags: "", basedOn: base))) == nil)
    }

    @Test func editingACardRemovedAtAnotherSeatSaysItIsGone() throws {
        let seats = try TwoSeats()
        defer { seats.close() }
        let (a, b, heading) = (seats.a, seats.b, seats.heading)
        let opened = try Self.addCard(a, "Radwege", under: heading)
        try b.refresh()
        try b.execute(.board(.removeCard(id: opened.id)))
        #expect(executeError(a, .board(.editCard(id: opened.id, text: "Radwege ausbauen", author: "", tags: "", basedOn: opened)))
                == .rejected(.unknownItem))
        #expect(Self.texts(a, under: heading).isEmpty)
    }

    @Test func aConflictingHeadingRenameIsRefused() throws {
        let seats = try TwoSeats()
        defer { seats.close() }
        let (a, b, heading) = (seats.a, seats.b, seats.heading)
        let title = try #require(a.state.workshop.headings.first { $0.id == heading }?.title)
        try b.execute(.board(.renameHeading(id: heading, title: "Ideen", basedOn: title)))
        #expect(executeError(a, .board(.renameHeading(id: heading, title: "Visionen", basedOn: title)))
                == .rejected(.editConflict(.heading, current: "Ideen")))
        try a.execute(.board(.renameHeading(id: heading, title: "Visionen", basedOn: "Ideen")))
        #expect(a.state.workshop.headings.first { $0.id == heading }?.title == "Visionen")
    }

    @Test func aConflictingProfileFieldEditIsRefused() throws {
        let seats = try TwoSeats()
        defer { seats.close() }
        let (a, b) = (seats.a, seats.b)
        let profile = try #require(a.state.workshop.profiles.first)
        let template = try #require(a.state.workshop.profileTemplate(profile.templateID))
        let field = try #require(template.fields.first { $0.isMultiline && profile.value($0.id).isEmpty })
        let base = profile.value(field.id)

        try b.execute(.profile(.setField(id: profile.id, fieldID: field.id, text: "Start im Herbst\nÜbergabe 2019", basedOn: base)))
        let refusal = executeError(a, .profile(.setField(id: profile.id, fieldID: field.id, text: "Start 2018", basedOn: base)))
        #expect(refusal == .rejected(.editConflict(.profileField(field.name), current: "Start im Herbst / Übergabe 2019")))
        #expect(refusal?.message(in: .en) == "The field “\(field.name)” has been changed at another seat meanwhile: “Start im Herbst / Übergabe 2019”.")
        // nil: no check (the demo, the benchmark).
        try a.execute(.profile(.setField(id: profile.id, fieldID: field.id, text: "Start 2018")))
        #expect(a.state.workshop.profile(profile.id)?.value(field.id) == "Start 2018")

        // Emptied at another seat.
        try b.execute(.profile(.setField(id: profile.id, fieldID: field.id, text: "", basedOn: "Start 2018")))
        let emptied = executeError(a, .profile(.setField(id: profile.id, fieldID: field.id, text: "Start 2019", basedOn: "Start 2018")))
        #expect(emptied?.message(in: .de) == "Das Feld „\(field.name)“ wurde inzwischen an einem anderen Platz geleert.")
    }

    // MARK: Undo per terminal

    @Test func undoInOneStoreUndoesItsOwnChangeNotTheNewerOneOfTheOther() throws {
        let seats = try TwoSeats()
        defer { seats.close() }
        let (a, b, heading) = (seats.a, seats.b, seats.heading)
        _ = try Self.addCard(a, "von A", under: heading)
        _ = try Self.addCard(b, "von B", under: heading)

        let undo = try #require(try a.execute(.undo))
        #expect(undo.author == Self.anna)
        #expect(Self.texts(a, under: heading) == ["von B"])
        // B's own undo still reaches B's card; then B has nothing left.
        try b.execute(.undo)
        #expect(Self.texts(b, under: heading).isEmpty)
        #expect(executeError(b, .undo) == .rejected(.nothingToUndo))
        // Redo per terminal, too: A gets back A's card, B's redo B's.
        try a.execute(.redo)
        #expect(Self.texts(a, under: heading) == ["von A"])
        try b.execute(.redo)
        #expect(Self.texts(b, under: heading) == ["von A", "von B"])
    }

    @Test func aNewChangeOfOneTerminalKeepsTheOthersRedo() throws {
        let seats = try TwoSeats()
        defer { seats.close() }
        let (a, b, heading) = (seats.a, seats.b, seats.heading)
        _ = try Self.addCard(a, "von A", under: heading)
        try a.execute(.undo)
        _ = try Self.addCard(b, "von B", under: heading)
        try a.execute(.redo)
        // Back at its place: before the card B added meanwhile.
        #expect(Self.texts(a, under: heading) == ["von A", "von B"])
        // A's own new change ends A's redo, as before.
        try a.execute(.undo)
        _ = try Self.addCard(a, "noch von A", under: heading)
        #expect(executeError(a, .redo) == .rejected(.nothingToRedo))
    }

    @Test func undoIsRefusedWhenTheOtherTerminalChangedTheItemMeanwhile() throws {
        let seats = try TwoSeats()
        defer { seats.close() }
        let (a, b, heading) = (seats.a, seats.b, seats.heading)
        let card = try Self.addCard(a, "Radwege", under: heading)
        try a.execute(.board(.editCard(id: card.id, text: "Radwege ausbauen", author: "", tags: "")))
        try b.refresh()
        try b.execute(.board(.editCard(id: card.id, text: "Radwege sicher machen", author: "", tags: "")))
        #expect(executeError(a, .undo) == .rejected(.historyConflict))
        #expect(Self.texts(a, under: heading) == ["Radwege sicher machen"])
    }

    @Test func recordsOfOlderFilesWithPlainUserAtHostUndoForThatUser() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        // Written before terminals had ids of their own.
        let (path, heading) = try Self.makeFile(in: directory, author: "anna@laptop")
        let old = try WorkshopStore.open(at: path, author: "anna@laptop")
        _ = try Self.addCard(old, "alt", under: heading)
        try old.close()

        let bert = try WorkshopStore.open(at: path, author: Self.bert)
        #expect(executeError(bert, .undo) == .rejected(.nothingToUndo))
        try bert.close()
        let anna = try WorkshopStore.open(at: path, author: Self.anna)
        defer { try? anna.close() }
        let boards = anna.state.workshop.boards.count
        try anna.execute(.undo)
        #expect(Self.texts(anna, under: heading).isEmpty)
        try anna.execute(.undo)  // the board, also written as plain anna@laptop
        #expect(anna.state.workshop.boards.count == boards - 1)
        try anna.execute(.redo)
        #expect(anna.state.workshop.boards.count == boards)
    }

    @Test func undoHistoryIsKeptPerTerminal() {
        var history = UndoHistory()
        func change(_ sequence: Int64, _ author: String) -> EventRecord {
            EventRecord(sequence: sequence, time: Date(timeIntervalSince1970: 0), author: author, kind: .change,
                        events: [.info(old: WorkshopInfo(title: "", date: "", place: ""),
                                       new: WorkshopInfo(title: "\(sequence)", date: "", place: ""))])
        }
        for sequence in 1...Int64(UndoHistory.depth + 10) { history.record(change(sequence, Self.anna)) }
        history.record(change(1000, Self.bert))
        #expect(history.undoable.filter { $0.author == Self.anna }.count == UndoHistory.depth)
        #expect(history.lastUndoable(by: Self.anna)?.sequence == Int64(UndoHistory.depth + 10))
        #expect(history.lastUndoable(by: Self.bert)?.sequence == 1000)
        #expect(history.lastUndoable(by: "carla@laptop#pts/3") == nil)
        #expect(history.lastUndoable(by: nil)?.sequence == 1000)
        #expect(UndoHistory.belongs("anna@laptop", to: Self.anna))
        #expect(!UndoHistory.belongs("anna@laptop", to: Self.bert))
        #expect(!UndoHistory.belongs(Self.bert, to: Self.anna))
        #expect(!UndoHistory.belongs("anna@laptop#pts/9", to: Self.anna))
    }

    @Test func undoEventsAreRebasedOntoPositionsOtherTerminalsShifted() {
        func item(_ id: String, _ minutes: Int = 10) -> AgendaItem {
            AgendaItem(id: EntityID(id), title: id, kind: .pause, plannedMinutes: minutes)
        }
        let list = [item("x"), item("a"), item("b")]  // "x" was inserted at 0 by another terminal
        #expect(ListChange.remove(item: item("a"), at: 0).rebased(on: list) == .remove(item: item("a"), at: 1))
        #expect(ListChange.remove(item: item("a", 11), at: 0).rebased(on: list) == nil)  // changed since
        #expect(ListChange.remove(item: item("gone"), at: 0).rebased(on: list) == nil)
        #expect(ListChange.insert(item: item("c"), at: 7).rebased(on: list) == .insert(item: item("c"), at: 3))
        #expect(ListChange.insert(item: item("a"), at: 0).rebased(on: list) == nil)  // already there
        #expect(ListChange<AgendaItem>.move(id: EntityID("b"), from: 1, to: 0).rebased(on: list)
                == .move(id: EntityID("b"), from: 2, to: 0))
        #expect(ListChange.replace(old: item("b"), new: item("b", 5)).rebased(on: list) == .replace(old: item("b"), new: item("b", 5)))
        #expect(ListChange.replace(old: item("b", 3), new: item("b", 5)).rebased(on: list) == nil)
        // A change that still fits as stored stays exactly as it was.
        #expect(ListChange.remove(item: item("b"), at: 2).rebased(on: list) == .remove(item: item("b"), at: 2))
    }

    @Test func aSnapshotFromBeforeTerminalIdsIsRebuiltFromTheLog() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let (path, heading) = try Self.makeFile(in: directory, author: "anna@laptop")
        let old = try WorkshopStore.open(at: path, author: "anna@laptop")
        _ = try Self.addCard(old, "alt", under: heading)
        try old.close()
        // Make the stored snapshot look like an older build's: history entries without authors.
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.write { db in
            let text = try #require(try String.fetchOne(db, sql: "SELECT state FROM snapshot"))
            var state = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            var history = try #require(state["history"] as? [String: Any])
            let entries = try #require(history["undoable"] as? [[String: Any]])
            #expect(!entries.isEmpty && entries.allSatisfy { $0["author"] != nil })
            history["undoable"] = entries.map { $0.filter { $0.key != "author" } }
            state["history"] = history
            let stripped = String(decoding: try JSONSerialization.data(withJSONObject: state), as: UTF8.self)
            try db.execute(sql: "UPDATE snapshot SET state = ?", arguments: [stripped])
        }
        try queue.close()

        let anna = try WorkshopStore.open(at: path, author: Self.anna)
        defer { try? anna.close() }
        #expect(anna.state.history.undoable.allSatisfy { $0.author == "anna@laptop" })
        try anna.execute(.undo)
        #expect(Self.texts(anna, under: heading).isEmpty)
    }

    @Test func everyTerminalWritesAsUserAtHostWithATerminalPart() {
        let author = WorkshopStore.defaultAuthor
        #expect(author.hasPrefix(WorkshopAuthor.userAtHost + "#"))
        #expect(WorkshopAuthor.userAtHost(of: author) == WorkshopAuthor.userAtHost)
        #expect(WorkshopAuthor.userAtHost(of: "anna@laptop") == "anna@laptop")
        #expect(author.count > WorkshopAuthor.userAtHost.count + 1)
    }
}
