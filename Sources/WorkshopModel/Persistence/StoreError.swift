/// Why a workshop file could not be opened, created or written. Every case has a message
/// in both UI languages that says what is wrong and what to do.
public enum StoreError: Error, Equatable, Sendable {
    case missing(path: String)
    case notAWorkshop(path: String)
    /// The path names a directory.
    case isDirectory(path: String)
    /// The file carries the workshop mark but lacks tables or columns this version reads
    /// (`missing` names the first, as `table` or `table.column`).
    case unknownStructure(path: String, missing: String)
    case damaged(path: String, detail: String)
    case newerSchema(path: String, found: Int, supported: Int)
    case alreadyExists(path: String)
    case cannotCreate(path: String, reason: String)
    case cannotOpen(path: String, reason: String)
    /// A write failed; the change was not saved.
    case cannotWrite(path: String, reason: String)
    /// The model refused the command; nothing was written.
    case rejected(CommandError)
    /// The open file was deleted or moved away; nothing more is saved into it.
    case vanished(path: String)
    /// A record or snapshot read at opening does not match its checksum, is missing or
    /// unreadable; the file was not changed.
    case integrity(path: String, problem: IntegrityProblem)
    /// The disk is full: the change was not saved (everything before it was).
    case diskFull(path: String)
    /// Another program held the write lock longer than the store waits; the change was not saved.
    case locked(path: String, seconds: Int)
    /// The file is open read-only, for `reason`; nothing is written.
    case readOnly(path: String, reason: ReadOnlyReason)
    /// A new file did not fit on the disk; nothing was left behind.
    case noRoomToCreate(path: String)

    /// The message shown to the moderator.
    public func message(in language: Language) -> String {
        switch self {
        case let .missing(path): UIText.storeMissing.format(language, path)
        case let .notAWorkshop(path): UIText.storeNotAWorkshop.format(language, path)
        case let .isDirectory(path): UIText.storeIsDirectory.format(language, path)
        case let .unknownStructure(path, missing): UIText.storeUnknownStructure.format(language, path, missing)
        case let .damaged(path, detail): UIText.storeDamaged.format(language, path, detail)
        case let .newerSchema(path, found, supported): UIText.storeNewerSchema.format(language, path, found, supported)
        case let .alreadyExists(path): UIText.storeAlreadyExists.format(language, path)
        case let .cannotCreate(path, reason): UIText.storeCannotCreate.format(language, path, reason)
        case let .cannotOpen(path, reason): UIText.storeCannotOpen.format(language, path, reason)
        case let .cannotWrite(path, reason): UIText.storeCannotWrite.format(language, path, reason)
        case let .rejected(error): error.message(in: language)
        case let .vanished(path): UIText.storeVanished.format(language, path)
        case let .integrity(path, problem): UIText.storeIntegrity.format(language, path, problem.message(in: language))
        case let .diskFull(path): UIText.storeDiskFull.format(language, path)
        case let .locked(path, seconds): UIText.storeLocked.format(language, path, seconds)
        case let .readOnly(path, reason):
            UIText.storeReadOnly.format(language, path, reason.label(language), reason.advice(language, path: path))
        case let .noRoomToCreate(path): UIText.storeNoRoomToCreate.format(language, path)
        }
    }
}
