/// One thing wrong inside a workshop file, found when opening it or by `allianz-tui check`,
/// with the record or snapshot it concerns.
public enum IntegrityProblem: Equatable, Sendable {
    /// The record no longer matches its checksum: it was changed after it was saved.
    case recordChanged(sequence: Int64)
    /// The record cannot be read (a column of the wrong type, events that do not decode).
    case recordUnreadable(sequence: Int64)
    /// The records `from`…`to` are not there.
    case recordsMissing(from: Int64, to: Int64)
    /// A file with checksums holds a record without one.
    case recordWithoutChecksum(sequence: Int64)
    /// The snapshot at `sequence` no longer matches its checksum.
    case snapshotChanged(sequence: Int64)
    /// The snapshot at `sequence` cannot be read.
    case snapshotUnreadable(sequence: Int64)
    /// Replaying the log up to `sequence` gives another state than the snapshot holds.
    case snapshotDiffers(sequence: Int64)
    /// The file holds no record at all.
    case noRecords
    /// SQLite's own check (`PRAGMA integrity_check`) found damage.
    case database(detail: String)

    /// What is wrong, in the UI language.
    public func message(in language: Language) -> String {
        switch self {
        case let .recordChanged(sequence): UIText.integrityRecordChanged.format(language, sequence)
        case let .recordUnreadable(sequence): UIText.integrityRecordUnreadable.format(language, sequence)
        case let .recordsMissing(from, to) where from == to: UIText.integrityRecordMissing.format(language, from)
        case let .recordsMissing(from, to): UIText.integrityRecordsMissing.format(language, from, to)
        case let .recordWithoutChecksum(sequence): UIText.integrityRecordWithoutChecksum.format(language, sequence)
        case let .snapshotChanged(sequence): UIText.integritySnapshotChanged.format(language, sequence)
        case let .snapshotUnreadable(sequence): UIText.integritySnapshotUnreadable.format(language, sequence)
        case let .snapshotDiffers(sequence): UIText.integritySnapshotDiffers.format(language, sequence)
        case .noRecords: UIText.integrityNoRecords.text(language)
        case let .database(detail): UIText.integrityDatabase.format(language, detail)
        }
    }
}
