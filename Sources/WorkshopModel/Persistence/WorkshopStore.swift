import Foundation
import GRDB

/// One workshop file: an SQLite database (WAL mode) holding the append-only event log and
/// snapshots of the state.
///
/// Every command runs in one immediate transaction that first picks up records other
/// processes appended, then decides the command against that fresh state, appends the new
/// record and commits it durably (`synchronous = FULL`). Only after the commit does
/// ``state`` change, so what the screen shows as saved is on disk.
public final class WorkshopStore {
    /// How many records lie between two snapshots.
    public static let snapshotInterval: Int64 = 100

    public let path: String
    /// Why changes are refused (asked for, or the file cannot be written here); nil when the
    /// store writes.
    public let readOnlyReason: ReadOnlyReason?
    public var isReadOnly: Bool { readOnlyReason != nil }
    /// Whether ``refresh()`` sees what other processes write: not when the file had to be read
    /// as it was at opening (read-only here, and no writer's side files to read along).
    public let followsChanges: Bool
    /// How long a change waits for the write lock another terminal or program holds before it
    /// is reported as not saved (``StoreError/locked(path:seconds:)``).
    public var lockPatience = WorkshopStore.defaultLockPatience
    /// How long changes and opening wait for a lock held elsewhere, unless told otherwise.
    public static let defaultLockPatience: TimeInterval = 60
    /// Called (on the thread that asked for the change) about four times a second while a
    /// change waits for the write lock, with the seconds waited so far.
    public var onLockWait: ((TimeInterval) -> Void)?
    /// Why the last write into the file (a change or a draft) failed; nil once one succeeds.
    public internal(set) var writeProblem: StoreError?
    /// The author written into new records.
    public let author: String
    /// The current state: everything committed that this process has seen.
    public private(set) var state: WorkshopState
    let database: DatabasePool
    private var lastSnapshotSequence: Int64
    let clock: () -> Date
    /// Device and inode of the file when it was opened: a file replaced under the same name
    /// is a different file.
    private let identity: FileIdentity?

    private init(path: String, database: DatabasePool, access: FileAccess, author: String, clock: @escaping () -> Date) throws {
        self.path = path
        self.database = database
        readOnlyReason = access.readOnlyReason
        followsChanges = !access.immutable
        self.author = author
        self.clock = clock
        identity = FileIdentity(path: path)
        if access.readOnlyReason == nil { try RecordChain.upgradeIfNeeded(database) }
        (state, lastSnapshotSequence) = try Self.load(database, path: path)
    }

    // MARK: Creating and opening

    /// Creates a new workshop file with the given content and opens it. The file is built
    /// under a temporary name and appears under `path` only when complete
    /// (``createFile(at:content:author:clock:)``).
    public static func create(at path: String, content: Workshop, author: String = defaultAuthor,
                              clock: @escaping () -> Date = Date.init) throws(StoreError) -> WorkshopStore {
        try createFile(at: path, content: content, author: author, clock: clock)
        return try open(at: path, author: author, clock: clock)
    }

    /// Creates a new workshop file holding `records` (numbered 1, 2, … without gaps), the
    /// same way, and opens it: used by recovery.
    static func create(at path: String, records: [EventRecord], author: String,
                       clock: @escaping () -> Date) throws(StoreError) -> WorkshopStore {
        try writeFile(at: path, records: records)
        return try open(at: path, author: author, clock: clock)
    }

    /// Writes a new workshop file with the given content, without opening it. The file appears
    /// under `path` complete or not at all, also when the disk fills up meanwhile (then
    /// nothing is left behind and the error says the disk is full); it is readable by its
    /// owner only (mode 0600: participant names are personal data). Returns the state written.
    @discardableResult
    public static func createFile(at path: String, content: Workshop, author: String = defaultAuthor,
                                  clock: () -> Date = Date.init) throws(StoreError) -> WorkshopState {
        let record = EventRecord(sequence: 1, time: clock(), author: author, kind: .creation,
                                 events: WorkshopTemplate.creationEvents(for: content))
        return try writeFile(at: path, records: [record])
    }

    /// Builds the file of `records` through ``NewWorkshopFile``; returns the state they make.
    @discardableResult
    private static func writeFile(at path: String, records: [EventRecord]) throws(StoreError) -> WorkshopState {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .isDirectory(path: path)
        }
        var state = WorkshopState()
        try NewWorkshopFile.build(at: path) { database in
            try database.write { db in
                try db.execute(sql: "PRAGMA application_id = \(FileHeader.applicationID)")
                try db.execute(sql: "PRAGMA user_version = \(FileHeader.fileFormatVersion)")
                try db.execute(sql: """
                    CREATE TABLE record (
                        sequence INTEGER PRIMARY KEY,
                        schemaVersion INTEGER NOT NULL,
                        time REAL NOT NULL,
                        author TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        target INTEGER,
                        events TEXT NOT NULL,
                        hash BLOB
                    );
                    CREATE TABLE snapshot (
                        sequence INTEGER PRIMARY KEY,
                        schemaVersion INTEGER NOT NULL,
                        state TEXT NOT NULL,
                        hash BLOB
                    );
                    """)
                for record in records { state = WorkshopReducer.reduce(state, try insert(record, into: db)) }
            }
        }
        return state
    }

    /// Opens an existing workshop file. A file that is not a workshop, is damaged or was
    /// written by a newer version is refused with a clear error and never modified.
    ///
    /// A file this user cannot write here (mode 0400, a read-only directory or medium) opens
    /// read-only, with the reason in ``readOnlyReason``, and nothing is created beside it
    /// (see ``FileAccess``).
    public static func open(at path: String, readOnly: Bool = false, author: String = defaultAuthor,
                            clock: @escaping () -> Date = Date.init) throws(StoreError) -> WorkshopStore {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missing(path: path) }
        guard !isDirectory.boolValue else { throw .isDirectory(path: path) }
        try FileHeader.requireWorkshop(at: path)
        let access = FileAccess(path: path, readOnly: readOnly)
        do {
            // Opening writes (GRDB makes sure the log is not empty): it waits for a lock held elsewhere like a change.
            return try LockWait.retrying(path: path, patience: defaultLockPatience) {
                try check(path, access: access)
                let database = try openPool(access)
                return try WorkshopStore(path: path, database: database, access: access, author: author, clock: clock)
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
            throw .damaged(path: path, detail: error.message ?? "\(error.resultCode)")
        } catch {
            throw .cannotOpen(path: path, reason: describe(error))
        }
    }

    /// `user@host#terminal` of this process, written into every record; undo and redo take
    /// only this author's changes (see ``WorkshopAuthor``).
    public static var defaultAuthor: String { WorkshopAuthor.current }

    // MARK: Changing

    /// Decides `command` against the newest state on disk and commits its record.
    /// Returns the committed record, or `nil` when the command changes nothing.
    @discardableResult
    public func execute(_ command: WorkshopCommand) throws(StoreError) -> EventRecord? {
        if let readOnlyReason { throw .readOnly(path: path, reason: readOnlyReason) }
        do { try requirePresent() } catch { throw noted(error) }
        var next = state
        var committed: EventRecord?
        do {
            try waitingForLock { db in
                next = self.state
                committed = nil
                try db.inTransaction(.immediate) {
                    next = try Self.catchUp(next, from: db, path: self.path)
                    let decision: Decision?
                    do { decision = try CommandDecider.decide(command, in: next, author: self.author) } catch let error as CommandError { throw StoreError.rejected(error) }
                    guard let decision else { return .commit }
                    let record = EventRecord(sequence: next.lastSequence + 1, time: self.clock(), author: self.author,
                                             kind: decision.kind, target: decision.target, events: decision.events)
                    let stored = try Self.insert(record, into: db)
                    next = WorkshopReducer.reduce(next, stored)
                    committed = stored
                    return .commit
                }
            }
        } catch let error as StoreError {
            // A refused command still shows what other terminals saved meanwhile (the reason
            // for an edit conflict, for example): `next` then holds only committed records.
            if case .rejected = error { state = next }
            throw error.isWriteFailure ? noted(error) : error
        } catch {
            throw noted(.writing(error, path: path))
        }
        writeProblem = nil
        state = next
        if next.lastSequence - lastSnapshotSequence >= Self.snapshotInterval { takeSnapshot() }
        return committed
    }

    /// Stores a snapshot of the current state, in a transaction of its own: it is a shortcut
    /// for opening, so a snapshot that does not fit on the disk costs no change.
    private func takeSnapshot() {
        let current = state
        if (try? database.write({ db in try Self.insertSnapshot(current, into: db) })) != nil {
            lastSnapshotSequence = current.lastSequence
        }
    }

    /// Runs `body` in the writer connection, waiting for the write lock as long as
    /// ``lockPatience`` allows (see ``LockWait``) and telling ``onLockWait`` meanwhile.
    private func waitingForLock(_ body: (Database) throws -> Void) throws {
        try LockWait.retrying(path: path, patience: lockPatience, onWait: onLockWait) {
            try database.writeWithoutTransaction(body)
        }
    }

    /// Remembers `error` as the last write's problem and returns it.
    func noted(_ error: StoreError) -> StoreError {
        writeProblem = error
        return error
    }

    /// Picks up records other processes appended. Returns whether anything changed.
    @discardableResult
    public func refresh() throws(StoreError) -> Bool {
        try requirePresent()
        let before = state.lastSequence
        do {
            let current = state
            state = try database.read { db in try Self.catchUp(current, from: db, path: self.path) }
        } catch let error as StoreError {
            throw error
        } catch where LockWait.isBusy(error) {
            return false // another process recovers or closes the file: look again next time
        } catch {
            throw .cannotOpen(path: path, reason: Self.describe(error))
        }
        return state.lastSequence != before
    }

    /// SQLite keeps writing into a file that was deleted or moved while open, and everything
    /// written there would be lost: such a file is reported instead.
    func requirePresent() throws(StoreError) {
        guard let now = FileIdentity(path: path), identity == nil || now == identity else { throw .vanished(path: path) }
    }

    /// Every record of the log, oldest first (for `allianz-tui log`).
    public func allRecords() throws(StoreError) -> [EventRecord] {
        do {
            return try database.read { db in try Self.fetchRecords(db, after: 0, path: self.path) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .cannotOpen(path: path, reason: Self.describe(error))
        }
    }

    /// Stores a snapshot of the current state (if newer than the last one), copies the
    /// write-ahead log into the file and closes it. Both are shortcuts for the next opening,
    /// not data: every change is committed already, so when they fail (a full disk, a file
    /// gone) nothing is lost and nothing is reported.
    public func close() throws(StoreError) {
        if !isReadOnly, (try? requirePresent()) != nil {
            if state.lastSequence > lastSnapshotSequence { takeSnapshot() }
            _ = try? database.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        }
        do {
            try database.close()
        } catch {
            throw .cannotWrite(path: path, reason: Self.describe(error))
        }
    }

    /// The writer connection's `PRAGMA synchronous` (2 is FULL), for tests.
    func writerSynchronousMode() throws -> Int? {
        try database.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
    }

    // MARK: Reading and writing rows

    /// Refuses a damaged or foreign file. Runs on a read-only connection: a writable pool
    /// writes to the file as soon as it opens (GRDB makes sure the WAL is not empty), and a
    /// refused file must stay untouched.
    private static func check(_ path: String, access: FileAccess) throws {
        let probe = try DatabaseQueue(path: access.sqlitePath, configuration: configuration(readOnly: true))
        defer { try? probe.close() }
        let check = try probe.read { db in try String.fetchOne(db, sql: "PRAGMA quick_check") }
        guard check == "ok" else { throw StoreError.damaged(path: path, detail: check ?? "quick_check") }
        _ = try load(probe, path: path)
    }

    /// Opens the pool. GRDB sets `synchronous = NORMAL` on the writer after
    /// `prepareDatabase` has run, so FULL is set again here.
    private static func openPool(_ access: FileAccess) throws -> DatabasePool {
        let readOnly = access.readOnlyReason != nil
        let database = try DatabasePool(path: access.sqlitePath, configuration: configuration(readOnly: readOnly))
        if !readOnly {
            try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        }
        return database
    }

    static func configuration(readOnly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .callback(LockWait.busyCallback)
        configuration.label = "allianz-tui"
        configuration.prepareDatabase { db in
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
        }
        return configuration
    }

    private static func load(_ database: some DatabaseReader, path: String) throws -> (WorkshopState, Int64) {
        try database.read { db in
            try FileStructure.verify(db, path: path)
            var start = WorkshopState()
            var snapshotSequence: Int64 = 0
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM snapshot ORDER BY sequence DESC LIMIT 1")
            if let row = rows.first, row["schemaVersion"] as Int == EventRecord.currentSchemaVersion,
               try RecordChain.snapshotIsIntact(row, in: db),
               let decoded = try? JSONDecoder.workshop.decode(WorkshopState.self, from: Data((row["state"] as String).utf8)) {
                start = decoded
                snapshotSequence = row["sequence"]
            }
            let state = try catchUp(start, from: db, path: path)
            guard state.lastSequence > 0 else { throw StoreError.damaged(path: path, detail: "no records") }
            return (state, snapshotSequence)
        }
    }

    private static func catchUp(_ state: WorkshopState, from db: Database, path: String) throws -> WorkshopState {
        WorkshopReducer.replay(try fetchRecords(db, after: state.lastSequence, path: path), from: state)
    }

    private static func fetchRecords(_ db: Database, after sequence: Int64, path: String) throws -> [EventRecord] {
        try RecordChain.records(db, after: sequence, path: path)
    }

    /// Stores `record` and returns it as every reader of the file will see it (its events
    /// decoded from what was written: dates to the second), so the state in memory is exactly
    /// the state a replay builds.
    private static func insert(_ record: EventRecord, into db: Database) throws -> EventRecord {
        let events = try RecordCoding.encodeEvents(record.events)
        let hash = try RecordChain.hashForInsert(StoredRecord(record, events: events), in: db)
        try db.execute(
            sql: "INSERT INTO record (sequence, schemaVersion, time, author, kind, target, events, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [record.sequence, record.schemaVersion, record.time.timeIntervalSince1970, record.author,
                        record.kind.rawValue, record.target, events, hash])
        return EventRecord(sequence: record.sequence, schemaVersion: record.schemaVersion, time: record.time,
                           author: record.author, kind: record.kind, target: record.target,
                           events: try JSONDecoder.workshop.decode([WorkshopEvent].self, from: Data(events.utf8)))
    }

    /// Stores a snapshot of `state` and drops the older ones (the log keeps everything they held).
    private static func insertSnapshot(_ state: WorkshopState, into db: Database) throws {
        let json = String(decoding: try JSONEncoder.workshop.encode(state), as: UTF8.self)
        let hash = try RecordChain.snapshotHashForInsert(sequence: state.lastSequence, schemaVersion: EventRecord.currentSchemaVersion,
                                                         state: json, in: db)
        try db.execute(sql: "INSERT OR REPLACE INTO snapshot (sequence, schemaVersion, state, hash) VALUES (?, ?, ?, ?)",
                       arguments: [state.lastSequence, EventRecord.currentSchemaVersion, json, hash])
        try db.execute(sql: "DELETE FROM snapshot WHERE sequence < ?", arguments: [state.lastSequence])
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "SQLite \(error.resultCode)" }
        return "\(error)"
    }
}
