import Crypto
import Foundation
import GRDB

/// The hash chain over the log: every record's `hash` column is the SHA-256 of its stored
/// content (sequence, schema version, time, author, kind, target, events JSON) and of the
/// previous record's hash, so a byte changed anywhere in a record — even one that leaves
/// valid JSON — no longer matches. A snapshot's `hash` covers its JSON and the chain hash of
/// the record it was taken at. See docs/reliability.md, "Integrity".
///
/// Files of format 1 have no `hash` column; a writable open upgrades them once
/// (``upgradeIfNeeded(_:)``), a read-only open reads them without verification.
enum RecordChain {
    /// The file format that has checksums.
    static let hashedFormatVersion = 2
    /// The "previous hash" of record 1.
    static let genesis = Data(repeating: 0, count: SHA256.byteCount)

    /// The chain hash of `record` following `previous`.
    static func hash(_ record: StoredRecord, previous: Data) -> Data {
        var hasher = Digest(domain: "allianz-tui record")
        hasher.add(previous)
        hasher.add(record.sequence)
        hasher.add(Int64(record.schemaVersion))
        hasher.add(record.time.bitPattern)
        hasher.add(record.author)
        hasher.add(record.kind)
        if let target = record.target {
            hasher.add(UInt64(1))
            hasher.add(target)
        } else {
            hasher.add(UInt64(0))
        }
        hasher.add(record.events)
        return hasher.finish()
    }

    /// The checksum of a snapshot: its sequence, schema version and JSON, and the chain hash
    /// of the record at its sequence.
    static func snapshotHash(sequence: Int64, schemaVersion: Int, state: String, chainHash: Data) -> Data {
        var hasher = Digest(domain: "allianz-tui snapshot")
        hasher.add(chainHash)
        hasher.add(sequence)
        hasher.add(Int64(schemaVersion))
        hasher.add(state)
        return hasher.finish()
    }

    /// Whether the file has checksums (format 2 or later): the `hash` column exists.
    static func isHashed(_ db: Database) throws -> Bool {
        try db.columns(in: "record").contains { $0.name == "hash" }
    }

    /// The stored chain hash of record `sequence` (the genesis value for 0), `nil` when that
    /// record or its hash is missing.
    static func storedHash(of sequence: Int64, in db: Database) throws -> Data? {
        guard sequence > 0 else { return genesis }
        return try Data.fetchOne(db, sql: "SELECT hash FROM record WHERE sequence = ?", arguments: [sequence])
    }

    // MARK: Reading at opening

    /// The records after `sequence`, oldest first, each decoded and — in a file with
    /// checksums — checked against its hash and its predecessor's. A missing, changed or
    /// unreadable record stops the reading with ``StoreError/integrity(path:problem:)``.
    static func records(_ db: Database, after sequence: Int64, path: String) throws -> [EventRecord] {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM record WHERE sequence > ? ORDER BY sequence", arguments: [sequence])
        guard let first = rows.first else { return [] }
        let hashed = first.hasColumn("hash")
        var previous = hashed ? try storedHash(of: sequence, in: db) : nil
        if hashed && previous == nil { throw StoreError.integrity(path: path, problem: .recordsMissing(from: sequence, to: sequence)) }
        var expected = sequence + 1
        return try rows.map { row in
            let stored: StoredRecord
            do { stored = try StoredRecord(row) } catch {
                throw StoreError.integrity(path: path, problem: .recordUnreadable(sequence: expected))
            }
            guard stored.sequence == expected else {
                throw StoreError.integrity(path: path, problem: .recordsMissing(from: expected, to: stored.sequence - 1))
            }
            if let link = previous {
                guard let hash = stored.hash else {
                    throw StoreError.integrity(path: path, problem: .recordWithoutChecksum(sequence: stored.sequence))
                }
                guard hash == Self.hash(stored, previous: link) else {
                    throw StoreError.integrity(path: path, problem: .recordChanged(sequence: stored.sequence))
                }
                previous = hash
            }
            expected += 1
            return try RecordCoding.decode(stored, path: path)
        }
    }

    /// Whether the snapshot row (`sequence`, `schemaVersion`, `state`, `hash`) matches its
    /// checksum. Always true in a file without checksums.
    static func snapshotIsIntact(_ row: Row, in db: Database) throws -> Bool {
        guard row.hasColumn("hash") else { return true }
        let sequence: Int64 = try row.decode(forColumn: "sequence")
        guard let stored: Data = try row.decode(forColumn: "hash"),
              let chainHash = try storedHash(of: sequence, in: db) else { return false }
        return stored == snapshotHash(sequence: sequence, schemaVersion: try row.decode(forColumn: "schemaVersion"),
                                      state: try row.decode(forColumn: "state"), chainHash: chainHash)
    }

    // MARK: Writing

    /// The hash to store with a new record: chained to the stored hash of its predecessor.
    static func hashForInsert(_ record: StoredRecord, in db: Database) throws -> Data {
        guard let previous = try storedHash(of: record.sequence - 1, in: db) else { throw MissingLink(sequence: record.sequence - 1) }
        return hash(record, previous: previous)
    }

    /// The hash to store with a new snapshot at `sequence`.
    static func snapshotHashForInsert(sequence: Int64, schemaVersion: Int, state: String, in db: Database) throws -> Data {
        guard let chainHash = try storedHash(of: sequence, in: db) else { throw MissingLink(sequence: sequence) }
        return snapshotHash(sequence: sequence, schemaVersion: schemaVersion, state: state, chainHash: chainHash)
    }

    // MARK: Upgrading format 1

    /// Gives a file of format 1 its checksums: adds the `hash` columns, computes the chain
    /// over the existing records and the snapshots' checksums, and sets the format to 2 —
    /// all in one transaction, so a crash leaves the file as it was. Does nothing for a file
    /// that already has them.
    static func upgradeIfNeeded(_ database: DatabasePool) throws {
        let version = try database.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
        guard version < hashedFormatVersion else { return }
        try database.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                // Another process may have upgraded it meanwhile.
                guard try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 < hashedFormatVersion else { return .commit }
                for table in ["record", "snapshot"] where try !db.columns(in: table).contains(where: { $0.name == "hash" }) {
                    try db.execute(sql: "ALTER TABLE \(table) ADD COLUMN hash BLOB")
                }
                try seal(db)
                try db.execute(sql: "PRAGMA user_version = \(hashedFormatVersion)")
                return .commit
            }
        }
    }

    /// A record that a new record or snapshot would be chained to is not there.
    struct MissingLink: Error, CustomStringConvertible {
        let sequence: Int64
        var description: String { "record \(sequence) missing" }
    }

    /// Computes and stores the hash of every record (in order, each chained to the one
    /// before) and of every snapshot, for the content as it is now.
    static func seal(_ db: Database) throws {
        var previous = genesis
        for row in try Row.fetchAll(db, sql: "SELECT * FROM record ORDER BY sequence") {
            let record = try StoredRecord(row)
            let hash = hash(record, previous: previous)
            try db.execute(sql: "UPDATE record SET hash = ? WHERE sequence = ?", arguments: [hash, record.sequence])
            previous = hash
        }
        for row in try Row.fetchAll(db, sql: "SELECT sequence, schemaVersion, state FROM snapshot") {
            let sequence: Int64 = try row.decode(forColumn: "sequence")
            let hash = try snapshotHashForInsert(sequence: sequence, schemaVersion: try row.decode(forColumn: "schemaVersion"),
                                                 state: try row.decode(forColumn: "state"), in: db)
            try db.execute(sql: "UPDATE snapshot SET hash = ? WHERE sequence = ?", arguments: [hash, sequence])
        }
    }

    /// SHA-256 over a domain name and length-prefixed fields, so that no two different
    /// records give the same input bytes.
    private struct Digest {
        private var sha = SHA256()

        init(domain: String) { add(domain) }

        mutating func add(_ value: UInt64) {
            withUnsafeBytes(of: value.bigEndian) { sha.update(bufferPointer: $0) }
        }

        mutating func add(_ value: Int64) { add(UInt64(bitPattern: value)) }

        mutating func add(_ data: Data) {
            add(UInt64(data.count))
            sha.update(data: data)
        }

        mutating func add(_ text: String) { add(Data(text.utf8)) }

        func finish() -> Data { Data(sha.finalize()) }
    }
}

/// A record row as stored, before decoding its events: what the chain hash covers.
struct StoredRecord {
    var sequence: Int64
    var schemaVersion: Int
    /// Seconds since 1970, exactly as stored (a REAL).
    var time: Double
    var author: String
    var kind: String
    var target: Int64?
    var events: String
    /// The stored chain hash; `nil` in a file without checksums.
    var hash: Data?

    /// Reads a row of the `record` table; throws when a column has the wrong type. (A row
    /// still bound to a cursor converts leniently — text to 0.0 — so pass fetched or copied rows.)
    init(_ row: Row) throws {
        sequence = try row.decode(forColumn: "sequence")
        schemaVersion = try row.decode(forColumn: "schemaVersion")
        time = try row.decode(forColumn: "time")
        author = try row.decode(forColumn: "author")
        kind = try row.decode(forColumn: "kind")
        target = try row.decode(forColumn: "target")
        events = try row.decode(forColumn: "events")
        hash = try row.decode(forColumn: "hash")
    }

    /// The row that stores `record` with the events JSON `events`.
    init(_ record: EventRecord, events: String) {
        sequence = record.sequence
        schemaVersion = record.schemaVersion
        time = record.time.timeIntervalSince1970
        author = record.author
        kind = record.kind.rawValue
        target = record.target
        self.events = events
    }
}
