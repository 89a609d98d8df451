/// The moderators' undo and redo stacks, derived from the log by the reducer so that they
/// survive a restart.
///
/// Several terminals may work on one file, so every entry remembers who made the change
/// (the record's author, one per terminal: `user@host#pts/3`), and each terminal undoes and
/// redoes only its own changes (``lastUndoable(by:)``, ``lastRedoable(by:)``).
public struct UndoHistory: Codable, Equatable, Sendable {
    /// A change that can be reversed: its sequence number, its author and its forward events.
    /// (`author` is a required key: a snapshot written before it existed does not decode,
    /// and the store then rebuilds the history from the log, which has every author.)
    public struct Entry: Codable, Equatable, Sendable {
        public var sequence: Int64
        public var author: String
        public var events: [WorkshopEvent]
    }

    /// How many steps are kept per terminal; older ones can no longer be undone.
    public static let depth = 200
    /// How many steps are kept for all terminals together.
    public static let totalDepth = 1000

    public private(set) var undoable: [Entry] = []
    public private(set) var redoable: [Entry] = []

    public init() {}

    /// Whether a change recorded by `recorded` is `requester`'s to undo or redo: the same
    /// terminal, or, for records written before terminals had ids of their own (plain
    /// `user@host`), the same user on the same host. A `nil` requester may take any change.
    public static func belongs(_ recorded: String, to requester: String?) -> Bool {
        guard let requester else { return true }
        if recorded == requester { return true }
        guard !recorded.contains(WorkshopAuthor.terminalSeparator) else { return false }
        return WorkshopAuthor.userAtHost(of: requester) == recorded
    }

    /// The newest change `author` can undo (any author's when `nil`).
    public func lastUndoable(by author: String?) -> Entry? {
        undoable.last { Self.belongs($0.author, to: author) }
    }

    /// The newest undone change `author` can redo (any author's when `nil`).
    public func lastRedoable(by author: String?) -> Entry? {
        redoable.last { Self.belongs($0.author, to: author) }
    }

    mutating func record(_ record: EventRecord) {
        switch record.kind {
        case .creation, .session:
            break
        case .change:
            undoable.append(Entry(sequence: record.sequence, author: record.author, events: record.events))
            let own = undoable.indices.filter { undoable[$0].author == record.author }
            if own.count > Self.depth { undoable.remove(at: own[0]) }
            if undoable.count > Self.totalDepth { undoable.removeFirst(undoable.count - Self.totalDepth) }
            // A new change ends what its author could redo; the others keep their redo steps.
            redoable.removeAll { Self.belongs($0.author, to: record.author) }
        case .undo:
            if let index = undoable.lastIndex(where: { $0.sequence == record.target }) {
                redoable.append(undoable.remove(at: index))
            }
        case .redo:
            if let index = redoable.lastIndex(where: { $0.sequence == record.target }) {
                undoable.append(redoable.remove(at: index))
            }
        }
    }
}
