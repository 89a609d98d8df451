/// What a moderator asks the model to do. The model checks it against the current state
/// (``CommandDecider``) and turns it into events, or refuses it with a ``CommandError``.
public enum WorkshopCommand: Equatable, Sendable {
    case editInfo(title: String, date: String, place: String)
    case addPerson(list: PersonList, name: String, organisation: String)
    /// Several people at once (a pasted list), in one step: all or, when a line is refused, none.
    case addPeople(list: PersonList, lines: [PersonLine])
    case editPerson(list: PersonList, id: EntityID, name: String, organisation: String)
    case removePerson(list: PersonList, id: EntityID)
    case addAgendaItem(title: String, kind: InstrumentKind, minutes: Int)
    case editAgendaItem(id: EntityID, title: String, kind: InstrumentKind, minutes: Int)
    case removeAgendaItem(id: EntityID)
    /// Moves an agenda item up (negative) or down (positive).
    case moveAgendaItem(id: EntityID, offset: Int)
    /// Boards, headings and cards.
    case board(BoardCommand)
    /// Systemic consensing rounds, proposals, raters and values.
    case consensing(ConsensingCommand)
    /// Show of hands, dot voting, positioning in the room and signature lists.
    case quick(QuickDecisionCommand)
    /// Materiality matrices: axes, topics, pairwise comparisons and placements.
    case materiality(MaterialityCommand)
    /// Profile forms: templates, filling in, funnel, moderators, catalog number, assessment.
    case profile(ProfileCommand)
    /// The projector and the timebox (not undoable).
    case session(SessionCommand)
    case undo
    case redo
}

/// The events a command decided on, before the store gives them a sequence number.
public struct Decision: Equatable, Sendable {
    public var kind: RecordKind
    public var target: Int64?
    public var events: [WorkshopEvent]

    public init(kind: RecordKind, target: Int64? = nil, events: [WorkshopEvent]) {
        self.kind = kind
        self.target = target
        self.events = events
    }
}
