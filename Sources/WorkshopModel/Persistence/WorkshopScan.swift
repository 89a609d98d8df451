import Foundation
import GRDB

/// A whole workshop file read record by record without stopping at the first problem: what
/// ``WorkshopCheck`` reports and ``WorkshopRecovery`` saves from. Reads on a read-only
/// connection and never writes.
struct WorkshopScan {
    /// One position of the log.
    enum Slot {
        /// Read, decoded and — in a file with checksums — matching its hash and its predecessor.
        case intact(EventRecord)
        /// Not usable: missing, unreadable, or not matching its checksum. `stored` is the row
        /// as read, when it could be read (for who wrote it and when).
        case broken(sequence: Int64, problem: IntegrityProblem, stored: StoredRecord?)

        var sequence: Int64 {
            switch self {
            case let .intact(record): record.sequence
            case let .broken(sequence, _, _): sequence
            }
        }
    }

    /// One stored snapshot.
    struct Snapshot {
        let sequence: Int64
        /// The decoded state, when the snapshot matches its checksum and has the current schema.
        let state: WorkshopState?
        /// What is wrong with it; `nil` also for an intact snapshot of an older schema,
        /// which opening skips as well.
        let problem: IntegrityProblem?
    }

    /// Whether the file has checksums (format 2); in format 1 only decoding is checked.
    let isHashed: Bool
    /// What SQLite's `integrity_check` found.
    let databaseProblems: [IntegrityProblem]
    /// Every position from 1 to the last record or snapshot, in order.
    let slots: [Slot]
    /// The snapshots, oldest first.
    let snapshots: [Snapshot]

    /// Reads the file at `path`. Throws for a file that is missing, not a workshop, newer
    /// than this build, or cannot be read at all.
    static func read(_ path: String) throws(StoreError) -> WorkshopScan {
        try FileHeader.requireWorkshop(at: path)
        do {
            let queue = try DatabaseQueue(path: path, configuration: WorkshopStore.configuration(readOnly: true))
            defer { try? queue.close() }
            return try queue.read { db in try WorkshopScan(db, path: path) }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
            throw .damaged(path: path, detail: error.message ?? "\(error.resultCode)")
        } catch {
            throw .cannotOpen(path: path, reason: WorkshopStore.describe(error))
        }
    }

    private init(_ db: Database, path: String) throws {
        let findings = (try? String.fetchAll(db, sql: "PRAGMA integrity_check(20)")) ?? ["integrity_check failed"]
        databaseProblems = findings == ["ok"] ? [] : findings.map { .database(detail: $0) }
        guard try db.tableExists("record"), try db.tableExists("snapshot") else { throw StoreError.notAWorkshop(path: path) }
        isHashed = try RecordChain.isHashed(db)

        let rows = Self.readRows(db)
        var snapshotRows: [Row] = []
        if let cursor = try? Row.fetchCursor(db, sql: "SELECT * FROM snapshot ORDER BY sequence") {
            while let row = try? cursor.next() { snapshotRows.append(row.copy()) } // cursor rows are reused
        }
        let snapshotSequences = snapshotRows.compactMap { try? $0.decode(Int64.self, forColumn: "sequence") }
        let last = max(rows.keys.max() ?? 0, snapshotSequences.max() ?? 0)

        let hashed = isHashed
        slots = try stride(from: Int64(1), through: last, by: 1).map { try Self.slot($0, rows: rows, hashed: hashed, path: path) }
        snapshots = snapshotRows.compactMap { row in
            guard let sequence = try? row.decode(Int64.self, forColumn: "sequence") else { return nil }
            return Self.snapshot(row, sequence: sequence, hashed: hashed, in: db)
        }
    }

    /// A read row, or `nil` for a row that is there but cannot be read.
    private typealias ReadRow = StoredRecord?

    /// Every record row that can be reached, by sequence. When the table cannot be walked
    /// to its end, the rows after the last one read are tried one by one.
    private static func readRows(_ db: Database) -> [Int64: ReadRow] {
        var rows: [Int64: ReadRow] = [:]
        var lastRead: Int64 = 0
        do {
            let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM record ORDER BY sequence")
            while let row = try cursor.next() {
                guard let sequence = try? row.decode(Int64.self, forColumn: "sequence") else { continue }
                rows[sequence] = .some(try? StoredRecord(row.copy())) // a copied row converts strictly
                lastRead = sequence
            }
        } catch {
            let last = (try? Int64.fetchOne(db, sql: "SELECT max(sequence) FROM record")) ?? lastRead
            for sequence in stride(from: lastRead + 1, through: last, by: 1) {
                do {
                    if let row = try Row.fetchOne(db, sql: "SELECT * FROM record WHERE sequence = ?", arguments: [sequence]) {
                        rows[sequence] = .some(try? StoredRecord(row))
                    }
                } catch {
                    rows[sequence] = .some(nil)
                }
            }
        }
        return rows
    }

    /// Classifies position `sequence`. A record right after a missing or unreadable one
    /// cannot be checked against its predecessor; it counts as intact when it decodes.
    private static func slot(_ sequence: Int64, rows: [Int64: ReadRow], hashed: Bool, path: String) throws -> Slot {
        guard let read = rows[sequence] else {
            return .broken(sequence: sequence, problem: .recordsMissing(from: sequence, to: sequence), stored: nil)
        }
        guard let stored = read else {
            return .broken(sequence: sequence, problem: .recordUnreadable(sequence: sequence), stored: nil)
        }
        if hashed {
            guard let hash = stored.hash else {
                return .broken(sequence: sequence, problem: .recordWithoutChecksum(sequence: sequence), stored: stored)
            }
            let previous = sequence == 1 ? RecordChain.genesis : rows[sequence - 1]??.hash
            if let previous, hash != RecordChain.hash(stored, previous: previous) {
                return .broken(sequence: sequence, problem: .recordChanged(sequence: sequence), stored: stored)
            }
        }
        do {
            return .intact(try RecordCoding.decode(stored, path: path))
        } catch let error as StoreError {
            guard case let .integrity(_, problem) = error else { throw error }
            return .broken(sequence: sequence, problem: problem, stored: stored)
        }
    }

    /// Classifies a snapshot. One whose record is missing or has no readable hash cannot be
    /// verified: it is not used, and the missing record is the finding.
    private static func snapshot(_ row: Row, sequence: Int64, hashed: Bool, in db: Database) -> Snapshot {
        if hashed, (try? RecordChain.storedHash(of: sequence, in: db)) == nil {
            return Snapshot(sequence: sequence, state: nil, problem: nil)
        }
        guard (try? RecordChain.snapshotIsIntact(row, in: db)) == true else {
            return Snapshot(sequence: sequence, state: nil, problem: .snapshotChanged(sequence: sequence))
        }
        guard (try? row.decode(Int.self, forColumn: "schemaVersion")) == EventRecord.currentSchemaVersion else {
            return Snapshot(sequence: sequence, state: nil, problem: nil)
        }
        guard let json = try? row.decode(String.self, forColumn: "state"),
              let state = try? JSONDecoder.workshop.decode(WorkshopState.self, from: Data(json.utf8)) else {
            return Snapshot(sequence: sequence, state: nil, problem: .snapshotUnreadable(sequence: sequence))
        }
        return Snapshot(sequence: sequence, state: state, problem: nil)
    }
}
