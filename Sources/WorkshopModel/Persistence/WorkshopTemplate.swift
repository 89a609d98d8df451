/// The content a new workshop file starts with.
public enum WorkshopTemplate: String, CaseIterable, Sendable {
    /// The Bottrop kick-off of 23 March 2017 from the source report.
    case demo
    /// Nothing but a title.
    case empty

    /// The workshop content of the template.
    public func content(title: String? = nil) -> Workshop {
        switch self {
        case .demo:
            return DemoWorkshop.kickOff
        case .empty:
            return Workshop(info: WorkshopInfo(title: title ?? "Neuer Workshop", date: "", place: ""))
        }
    }

    /// The events of the creation record that build `content` from nothing.
    static func creationEvents(for content: Workshop) -> [WorkshopEvent] {
        var events: [WorkshopEvent] = [.info(old: Workshop.blank.info, new: content.info)]
        events += content.agenda.enumerated().map { .agenda(change: .insert(item: $1, at: $0)) }
        for list in PersonList.allCases {
            events += content.people(list).enumerated().map { .people(list: list, change: .insert(item: $1, at: $0)) }
        }
        events += content.boards.enumerated().map { .boards(change: .insert(item: $1, at: $0)) }
        events += content.headings.enumerated().map { .headings(change: .insert(item: $1, at: $0)) }
        events += content.cards.enumerated().map { .cards(change: .insert(item: $1, at: $0)) }
        events += content.rounds.enumerated().map { .rounds(change: .insert(item: $1, at: $0)) }
        events += content.ratings.enumerated().map { .ratings(change: .insert(item: $1, at: $0)) }
        events += content.quickDecisions.enumerated().map { .quickDecisions(change: .insert(item: $1, at: $0)) }
        events += content.matrices.enumerated().map { .matrices(change: .insert(item: $1, at: $0)) }
        events += content.topics.enumerated().map { .topics(change: .insert(item: $1, at: $0)) }
        events += content.profileTemplates.enumerated().map { .profileTemplates(change: .insert(item: $1, at: $0)) }
        events += content.profiles.enumerated().map { .profiles(change: .insert(item: $1, at: $0)) }
        if content.assessmentGrid != Workshop.blank.assessmentGrid {
            events.append(.assessmentGrid(old: Workshop.blank.assessmentGrid, new: content.assessmentGrid))
        }
        return events
    }
}
