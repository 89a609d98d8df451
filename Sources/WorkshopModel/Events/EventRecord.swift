import Foundation

/// What kind of step a stored record is.
public enum RecordKind: String, Codable, Sendable {
    /// The workshop was created (from a template); not undoable.
    case creation
    /// A moderator's action.
    case change
    /// Reverses the newest undoable change; its events are the compensating events.
    case undo
    /// Repeats the newest undone change.
    case redo
    /// The running meeting, not its content: what the projector shows, the timebox. Not
    /// undoable.
    case session
}

/// One durable entry of the workshop log: the events of a single moderator action,
/// committed together.
public struct EventRecord: Codable, Equatable, Sendable {
    /// The schema version this build writes. Older versions are upgraded on read; newer
    /// versions are refused. 2: profile forms, the projector and the timebox (records of kind
    /// `session`), so that an older build says "newer version" instead of "damaged".
    public static let currentSchemaVersion = 2

    /// Position in the log, assigned by the store (1, 2, 3, …).
    public var sequence: Int64
    public var schemaVersion: Int
    public var time: Date
    /// Who did it: the moderator's terminal, `user@host#pts/3` (older files: `user@host`);
    /// see ``WorkshopAuthor``. Undo and redo take only the requesting terminal's records.
    public var author: String
    public var kind: RecordKind
    /// For undo and redo: the sequence number of the change it reverses or repeats.
    public var target: Int64?
    public var events: [WorkshopEvent]

    public init(sequence: Int64, schemaVersion: Int = EventRecord.currentSchemaVersion, time: Date,
                author: String, kind: RecordKind, target: Int64? = nil, events: [WorkshopEvent]) {
        self.sequence = sequence
        self.schemaVersion = schemaVersion
        self.time = time
        self.author = author
        self.kind = kind
        self.target = target
        self.events = events
    }
}
