import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// Builds a new workshop file so that it appears under its name complete or not at all, also
/// on a disk that fills up while it is written.
///
/// The content is written into a temporary file beside the target (mode 0600) through one
/// connection in rollback-journal mode, so no write-ahead log has to be copied into the file
/// afterwards; the last step switches the file to WAL mode (a header change, no side files).
/// The closed file is checked (`quick_check` on an immutable read), fsynced and linked under
/// its name, which fails rather than replace a file that appeared meanwhile; then the
/// directory is fsynced. On any failure the temporary file and its `-journal`, `-wal` and
/// `-shm` are removed, and a full disk is reported as such (``StoreError/noRoomToCreate(path:)``).
enum NewWorkshopFile {
    /// Builds the file at `path`; `fill` writes the content through the given connection.
    static func build(at path: String, fill: (DatabaseQueue) throws -> Void) throws(StoreError) {
        if access(path, F_OK) == 0 { throw .alreadyExists(path: path) }
        let directory = PathParts.directory(of: path)
        let temporary = PathParts.join(directory, ".\(PathParts.name(of: path)).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).creating")
        do {
            try makePrivateFile(temporary)
            try write(temporary, fill: fill)
            try syncFile(temporary)
            guard link(temporary, path) == 0 else { throw POSIXError(errno: errno) }
        } catch {
            removeWithSideFiles(temporary)
            throw failure(error, path: path)
        }
        unlink(temporary)
        syncDirectory(directory)
    }

    /// Writes the content, switches the file to WAL mode and checks it once closed.
    private static func write(_ temporary: String, fill: (DatabaseQueue) throws -> Void) throws {
        var configuration = Configuration()
        configuration.label = "allianz-tui.create"
        let database = try DatabaseQueue(path: temporary, configuration: configuration)
        do {
            try fill(database)
            let mode = try database.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
            guard mode == "wal" else { throw DatabaseError(message: "journal mode \(mode ?? "?")") }
            try database.close()
        } catch {
            try? database.close()
            throw error
        }
        // Nothing may be left beside it: a log with content would mean the file is incomplete.
        for suffix in ["-wal", "-journal"] {
            var info = stat()
            if stat(temporary + suffix, &info) == 0 && info.st_size > 0 {
                throw DatabaseError(message: "\(suffix) left with \(info.st_size) bytes")
            }
        }
        ["-wal", "-shm", "-journal"].forEach { unlink(temporary + $0) }
        var check = Configuration()
        check.readonly = true
        let reader = try DatabaseQueue(path: FileAccess.immutableURI(temporary), configuration: check)
        defer { try? reader.close() }
        let result = try reader.read { db in try String.fetchOne(db, sql: "PRAGMA quick_check") }
        guard result == "ok" else { throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: result) }
    }

    /// The error to report for a failed build of `path`.
    private static func failure(_ error: any Error, path: String) -> StoreError {
        if let error = error as? POSIXError {
            if error.code == .EEXIST { return .alreadyExists(path: path) }
            if [.ENOSPC, .EDQUOT].contains(error.code) { return .noRoomToCreate(path: path) }
            return .cannotCreate(path: path, reason: String(cString: strerror(error.code.rawValue)))
        }
        if case .diskFull = StoreError.writing(error, path: path) { return .noRoomToCreate(path: path) }
        return .cannotCreate(path: path, reason: WorkshopStore.describe(error))
    }

    /// Creates `path` (it must not exist) readable and writable by its owner only.
    private static func makePrivateFile(_ path: String) throws {
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw POSIXError(errno: errno) }
        fchmod(descriptor, 0o600)
        close(descriptor)
    }

    /// Flushes the file to the disk; a failure is final (the file is not used).
    private static func syncFile(_ path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw POSIXError(errno: errno) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw POSIXError(errno: errno) }
    }

    /// Makes a new name in `directory` durable. Best effort: a file system that cannot sync
    /// a directory still has the complete file.
    static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func removeWithSideFiles(_ path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(path + suffix) }
    }
}

extension POSIXError {
    /// The error for the C `errno` value `code`.
    init(errno code: Int32) {
        self.init(POSIXErrorCode(rawValue: code) ?? .EIO)
    }
}
