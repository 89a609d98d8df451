import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

extension StoreError {
    /// The error for a write into the workshop file at `path` that failed with `error`: a full
    /// disk is named as such (SQLite reports it as "database or disk is full", or as "disk I/O
    /// error" when the shared-memory index cannot grow), everything else as the system says it.
    static func writing(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            if error.resultCode == .SQLITE_FULL { return .diskFull(path: path) }
            if error.resultCode == .SQLITE_IOERR, DiskSpace.isNearlyFull(at: PathParts.directory(of: path)) {
                return .diskFull(path: path)
            }
        }
        return .cannotWrite(path: path, reason: WorkshopStore.describe(error))
    }

    /// Whether this error means that a change (or draft) was not written although it was allowed:
    /// the disk, the file or a lock is the problem, not the change.
    public var isWriteFailure: Bool {
        switch self {
        case .cannotWrite, .diskFull, .locked, .vanished, .readOnly: true
        default: false
        }
    }

    /// A write failure in a few words, for the status line; nil for errors that are not one.
    public func statusLabel(in language: Language) -> String? {
        guard isWriteFailure else { return nil }
        switch self {
        case .diskFull: return UIText.statusNotSavedDiskFull.text(language)
        case .vanished: return UIText.statusNotSavedGone.text(language)
        case .locked: return UIText.statusNotSavedLocked.text(language)
        case .readOnly: return UIText.statusNotSavedReadOnly.text(language)
        default: return UIText.statusNotSaved.text(language)
        }
    }
}

/// Free space on the file system of a directory.
enum DiskSpace {
    /// Below this much free space an I/O error is taken for a full disk: SQLite's writes that
    /// fail with an I/O error instead of "disk full" are small (a page, the 32 KB index).
    static let nearlyFull: UInt64 = 1 << 20

    /// Whether the file system holding `directory` has less than ``nearlyFull`` bytes left
    /// for this user.
    static func isNearlyFull(at directory: String) -> Bool {
        var info = statvfs()
        guard statvfs(directory, &info) == 0 else { return false }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize) < nearlyFull
    }
}
