import Foundation
import Testing
@testable import WorkshopModel

/// Drafts in the workshop file: per seat, replaced and removed by key, surviving a reopen,
/// and never part of the workshop's log.
@Suite struct DraftStoreTests {
    static let anna = "anna@tisch#pts/1"
    static let bert = "bert@tisch#pts/2"

    private func makeFile(_ directory: TemporaryDirectory) throws -> String {
        let path = directory.path("entwurf.allianz")
        try WorkshopStore.create(at: path, content: DemoWorkshop.kickOff, author: Self.anna).close()
        return path
    }

    @Test func aDraftIsWrittenReplacedAndRemovedByKey() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let date = Date(timeIntervalSince1970: 1_490_274_300)
        let store = try WorkshopStore.open(at: try makeFile(directory), author: Self.anna, clock: { date })
        defer { try? store.close() }
        #expect(try store.storedDrafts().isEmpty, "a file without the table has no drafts")
        let records = try store.allRecords().count

        try store.storeDraft(Draft(texts: ["Radwege", "", ""]), key: "card.new/h1")
        try store.storeDraft(Draft(texts: ["Radwege ausbauen", "Anna", "Mobilität"]), key: "card.new/h1")
        try store.storeDraft(Draft(texts: ["Neu"], base: ["Alt"]), key: "profile.field/p1/description")
        let stored = try store.storedDrafts()
        #expect(stored.map(\.key).sorted() == ["card.new/h1", "profile.field/p1/description"])
        #expect(stored.first { $0.key == "card.new/h1" }?.draft == Draft(texts: ["Radwege ausbauen", "Anna", "Mobilität"]))
        #expect(stored.first { $0.key == "profile.field/p1/description" }?.draft.base == ["Alt"])
        #expect(stored.allSatisfy { $0.savedAt == date })
        #expect(try store.allRecords().count == records, "drafts are not changes of the workshop")

        try store.removeDraft(key: "card.new/h1")
        #expect(try store.storedDrafts().map(\.key) == ["profile.field/p1/description"])
    }

    @Test func draftsSurviveAReopenAndBelongToTheirSeat() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = try makeFile(directory)
        let anna = try WorkshopStore.open(at: path, author: Self.anna)
        try anna.storeDraft(Draft(texts: ["Annas Karte", "", ""]), key: "card.new/h1")
        let bert = try WorkshopStore.open(at: path, author: Self.bert)
        try bert.storeDraft(Draft(texts: ["Berts Karte", "", ""]), key: "card.new/h1")
        #expect(try bert.storedDrafts().map(\.draft.texts[0]) == ["Berts Karte"])
        try bert.removeDraft(key: "card.new/h1")
        try bert.close()
        // Anna's process ends without closing (a crash): her draft is in the file.
        let again = try WorkshopStore.open(at: path, author: Self.anna)
        defer { try? again.close() }
        #expect(try again.storedDrafts().map(\.draft.texts[0]) == ["Annas Karte"])
        withExtendedLifetime(anna) {}
    }

    @Test func aReadOnlyStoreNeitherReadsNorWritesDrafts() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = try makeFile(directory)
        let writer = try WorkshopStore.open(at: path, author: Self.anna)
        try writer.storeDraft(Draft(texts: ["x", "", ""]), key: "card.new/h1")
        try writer.close()
        let reader = try WorkshopStore.open(at: path, readOnly: true, author: Self.anna)
        defer { try? reader.close() }
        #expect(try reader.storedDrafts().isEmpty)
        try reader.storeDraft(Draft(texts: ["y"]), key: "card.new/h2")
        try reader.removeDraft(key: "card.new/h1")
    }
}
