/// A fact that happened to the workshop. Events are stored forever and never rewritten;
/// a new shape gets a new case (or a new ``EventRecord/schemaVersion`` with an upgrade on read).
public enum WorkshopEvent: Codable, Equatable, Sendable {
    /// The header facts changed.
    case info(old: WorkshopInfo, new: WorkshopInfo)
    /// The participant list or the moderator list changed.
    case people(list: PersonList, change: ListChange<Person>)
    /// The agenda changed.
    case agenda(change: ListChange<AgendaItem>)
    /// A board was added, changed or removed.
    case boards(change: ListChange<Board>)
    /// A heading of a board was added, renamed, moved or removed.
    case headings(change: ListChange<Heading>)
    /// A card was added, changed, moved or removed.
    case cards(change: ListChange<Card>)
    /// A consensing round was added, changed (question, proposals, raters, status) or removed.
    case rounds(change: ListChange<ConsensingRound>)
    /// A resistance value was entered, corrected or cleared.
    case ratings(change: ListChange<Rating>)
    /// A quick decision was added, counted, signed, recorded, reopened or removed.
    case quickDecisions(change: ListChange<QuickDecision>)
    /// A materiality matrix was added, changed (title, axes, quadrant names, a comparison
    /// started, answered or taken back) or removed.
    case matrices(change: ListChange<MaterialityMatrix>)
    /// A topic of a materiality matrix was added, renamed, placed or removed.
    case topics(change: ListChange<MatrixTopic>)
    /// A custom profile-form template was added, changed or removed.
    case profileTemplates(change: ListChange<ProfileTemplate>)
    /// A profile was added, filled in (a field, a note, funnel, moderators, number,
    /// assessment) or removed.
    case profiles(change: ListChange<Profile>)
    /// The assessment grid's criteria or scale changed.
    case assessmentGrid(old: AssessmentGrid, new: AssessmentGrid)
    /// The moderator chose what the projector shows.
    case projection(old: Projection, new: Projection)
    /// The timebox of an agenda item was started, paused, resumed, extended or stopped.
    case timer(old: AgendaTimer?, new: AgendaTimer?)

    /// The event that reverses this one.
    public var inverse: WorkshopEvent {
        switch self {
        case let .info(old, new): .info(old: new, new: old)
        case let .people(list, change): .people(list: list, change: change.inverse)
        case let .agenda(change): .agenda(change: change.inverse)
        case let .boards(change): .boards(change: change.inverse)
        case let .headings(change): .headings(change: change.inverse)
        case let .cards(change): .cards(change: change.inverse)
        case let .rounds(change): .rounds(change: change.inverse)
        case let .ratings(change): .ratings(change: change.inverse)
        case let .quickDecisions(change): .quickDecisions(change: change.inverse)
        case let .matrices(change): .matrices(change: change.inverse)
        case let .topics(change): .topics(change: change.inverse)
        case let .profileTemplates(change): .profileTemplates(change: change.inverse)
        case let .profiles(change): .profiles(change: change.inverse)
        case let .assessmentGrid(old, new): .assessmentGrid(old: new, new: old)
        case let .projection(old, new): .projection(old: new, new: old)
        case let .timer(old, new): .timer(old: new, new: old)
        }
    }

    /// Whether the event fits the workshop as it is now.
    public func applies(to workshop: Workshop) -> Bool {
        switch self {
        case let .info(old, _): workshop.info == old
        case let .people(list, change): change.applies(to: workshop.people(list))
        case let .agenda(change): change.applies(to: workshop.agenda)
        case let .boards(change): change.applies(to: workshop.boards)
        case let .headings(change): change.applies(to: workshop.headings)
        case let .cards(change): change.applies(to: workshop.cards)
        case let .rounds(change): change.applies(to: workshop.rounds)
        case let .ratings(change): change.applies(to: workshop.ratings)
        case let .quickDecisions(change): change.applies(to: workshop.quickDecisions)
        case let .matrices(change): change.applies(to: workshop.matrices)
        case let .topics(change): change.applies(to: workshop.topics)
        case let .profileTemplates(change): change.applies(to: workshop.profileTemplates)
        case let .profiles(change): change.applies(to: workshop.profiles)
        case let .assessmentGrid(old, _): workshop.assessmentGrid == old
        case let .projection(old, _): workshop.projection == old
        case let .timer(old, _): workshop.timer == old
        }
    }
}
