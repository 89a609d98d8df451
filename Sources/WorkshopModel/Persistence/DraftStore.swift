import Foundation
import GRDB

/// Text typed into an editor and not saved yet: the editor's texts (a card: text, by, tags)
/// and the texts it started from (empty for something new), so saving a draft later still
/// notices a change made at another seat meanwhile.
public struct Draft: Codable, Equatable, Sendable {
    public var texts: [String]
    public var base: [String]

    public init(texts: [String], base: [String] = []) {
        self.texts = texts
        self.base = base
    }
}

/// A draft as stored in the workshop file: where it belongs and when it was written.
public struct StoredDraft: Equatable, Sendable {
    /// Where the draft belongs, chosen by the program (`card.new/<heading>`, …).
    public let key: String
    public let draft: Draft
    public let savedAt: Date
}

/// Drafts survive a crash: they are written into the table `draft` of the workshop file, one
/// row per seat (``WorkshopStore/author``) and key, beside the event log but never part of it
/// (drafts are not changes of the workshop: no undo, no other seat sees them). The table is
/// created when the first draft is written, so older files and older program versions are
/// not affected. A read-only store has no drafts.
extension WorkshopStore {
    /// Writes (or replaces) this seat's draft under `key`, durably.
    public func storeDraft(_ draft: Draft, key: String) throws(StoreError) {
        guard !isReadOnly else { return }
        try requirePresent()
        let json = String(decoding: (try? JSONEncoder().encode(draft)) ?? Data(), as: UTF8.self)
        try writeDrafts { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS draft (
                    seat TEXT NOT NULL,
                    key TEXT NOT NULL,
                    draft TEXT NOT NULL,
                    savedAt REAL NOT NULL,
                    PRIMARY KEY (seat, key)
                )
                """)
            try db.execute(sql: "INSERT OR REPLACE INTO draft (seat, key, draft, savedAt) VALUES (?, ?, ?, ?)",
                           arguments: [self.author, key, json, self.clock().timeIntervalSince1970])
        }
    }

    /// Removes this seat's draft under `key` (it was saved, or emptied on purpose).
    public func removeDraft(key: String) throws(StoreError) {
        guard !isReadOnly else { return }
        try requirePresent()
        try writeDrafts { db in
            guard try db.tableExists("draft") else { return }
            try db.execute(sql: "DELETE FROM draft WHERE seat = ? AND key = ?", arguments: [self.author, key])
        }
    }

    /// This seat's drafts, oldest first. Rows that do not decode are left out.
    public func storedDrafts() throws(StoreError) -> [StoredDraft] {
        guard !isReadOnly else { return [] }
        do {
            return try database.read { db in
                guard try db.tableExists("draft") else { return [] }
                let rows = try Row.fetchAll(db, sql: "SELECT key, draft, savedAt FROM draft WHERE seat = ? ORDER BY savedAt",
                                            arguments: [self.author])
                return rows.compactMap { row in
                    guard let draft = try? JSONDecoder().decode(Draft.self, from: Data((row["draft"] as String).utf8)) else {
                        return nil
                    }
                    return StoredDraft(key: row["key"], draft: draft, savedAt: Date(timeIntervalSince1970: row["savedAt"]))
                }
            }
        } catch {
            throw .cannotOpen(path: path, reason: Self.describe(error))
        }
    }

    private func writeDrafts(_ body: (Database) throws -> Void) throws(StoreError) {
        do {
            try database.write(body)
            writeProblem = nil
        } catch where LockWait.isBusy(error) {
            // Another program holds the lock: the draft is written with the next keys; the
            // text is in the editor meanwhile. Only a change waits for the lock.
            throw .locked(path: path, seconds: 0)
        } catch {
            throw noted(.writing(error, path: path))
        }
    }
}
