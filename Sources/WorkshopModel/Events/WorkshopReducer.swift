/// The state a workshop file describes after a number of records.
public struct WorkshopState: Codable, Equatable, Sendable {
    public var workshop: Workshop
    public var history: UndoHistory
    /// Sequence number of the last record applied (0 for none).
    public var lastSequence: Int64

    public init(workshop: Workshop = .blank, history: UndoHistory = UndoHistory(), lastSequence: Int64 = 0) {
        self.workshop = workshop
        self.history = history
        self.lastSequence = lastSequence
    }
}

/// The pure function from (state, record) to the next state. Replaying the same records
/// always gives the same state.
public enum WorkshopReducer {
    /// Applies one record.
    public static func reduce(_ state: WorkshopState, _ record: EventRecord) -> WorkshopState {
        var next = state
        apply(record, to: &next)
        return next
    }

    /// Applies one record in place: a replay that keeps one state copies no list per record,
    /// so it stays linear in the length of the log.
    public static func apply(_ record: EventRecord, to state: inout WorkshopState) {
        for event in record.events {
            apply(event, to: &state.workshop)
        }
        state.history.record(record)
        state.lastSequence = record.sequence
    }

    /// Applies records in order.
    public static func replay(_ records: [EventRecord], from state: WorkshopState = WorkshopState()) -> WorkshopState {
        records.reduce(into: state) { apply($1, to: &$0) }
    }

    /// Applies one event to the workshop content.
    public static func apply(_ event: WorkshopEvent, to workshop: inout Workshop) {
        switch event {
        case let .info(_, new):
            workshop.info = new
        case let .people(.participants, change):
            change.apply(to: &workshop.participants)
        case let .people(.moderators, change):
            change.apply(to: &workshop.moderators)
        case let .agenda(change):
            change.apply(to: &workshop.agenda)
        case let .boards(change):
            change.apply(to: &workshop.boards)
        case let .headings(change):
            change.apply(to: &workshop.headings)
        case let .cards(change):
            change.apply(to: &workshop.cards)
        case let .rounds(change):
            change.apply(to: &workshop.rounds)
        case let .ratings(change):
            change.apply(to: &workshop.ratings)
        case let .quickDecisions(change):
            change.apply(to: &workshop.quickDecisions)
        case let .matrices(change):
            change.apply(to: &workshop.matrices)
        case let .topics(change):
            change.apply(to: &workshop.topics)
        case let .profileTemplates(change):
            change.apply(to: &workshop.profileTemplates)
        case let .profiles(change):
            change.apply(to: &workshop.profiles)
        case let .assessmentGrid(_, new):
            workshop.assessmentGrid = new
        case let .projection(_, new):
            workshop.projection = new
        case let .timer(_, new):
            workshop.timer = new
        }
    }
}
