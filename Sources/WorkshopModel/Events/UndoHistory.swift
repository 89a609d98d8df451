/// The moderator's undo and redo stacks, derived from the log by the reducer so that they
/// survive a restart.
public struct UndoHistory: Codable, Equatable, Sendable {
    /// A change that can be reversed: its sequence number and its forward events.
    public struct Entry: Codable, Equatable, Sendable {
        public var sequence: Int64
        public var events: [WorkshopEvent]
    }

    /// How many steps are kept; older ones can no longer be undone.
    public static let depth = 200

    public private(set) var undoable: [Entry] = []
    public private(set) var redoable: [Entry] = []

    public init() {}

    mutating func record(_ record: EventRecord) {
        switch record.kind {
        case .creation:
            break
        case .change:
            undoable.append(Entry(sequence: record.sequence, events: record.events))
            if undoable.count > Self.depth { undoable.removeFirst(undoable.count - Self.depth) }
            redoable.removeAll()
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
