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
        transitionEvents(from: .blank, to: content)
    }

    /// Events that turn `old` into `new`: every list that differs is emptied and filled
    /// anew, every other value that differs is replaced. Used for the creation record and for
    /// the record with which recovery takes over a snapshot's content.
    static func transitionEvents(from old: Workshop, to new: Workshop) -> [WorkshopEvent] {
        func refill<Item>(_ before: [Item], _ after: [Item], _ event: (ListChange<Item>) -> WorkshopEvent) -> [WorkshopEvent] {
            guard before != after else { return [] }
            return before.enumerated().reversed().map { event(.remove(item: $1, at: $0)) }
                + after.enumerated().map { event(.insert(item: $1, at: $0)) }
        }
        var events: [WorkshopEvent] = old.info == new.info ? [] : [.info(old: old.info, new: new.info)]
        events += refill(old.agenda, new.agenda) { .agenda(change: $0) }
        for list in PersonList.allCases {
            events += refill(old.people(list), new.people(list)) { .people(list: list, change: $0) }
        }
        events += refill(old.boards, new.boards) { .boards(change: $0) }
        events += refill(old.headings, new.headings) { .headings(change: $0) }
        events += refill(old.cards, new.cards) { .cards(change: $0) }
        events += refill(old.rounds, new.rounds) { .rounds(change: $0) }
        events += refill(old.ratings, new.ratings) { .ratings(change: $0) }
        events += refill(old.quickDecisions, new.quickDecisions) { .quickDecisions(change: $0) }
        events += refill(old.matrices, new.matrices) { .matrices(change: $0) }
        events += refill(old.topics, new.topics) { .topics(change: $0) }
        events += refill(old.profileTemplates, new.profileTemplates) { .profileTemplates(change: $0) }
        events += refill(old.profiles, new.profiles) { .profiles(change: $0) }
        if old.assessmentGrid != new.assessmentGrid {
            events.append(.assessmentGrid(old: old.assessmentGrid, new: new.assessmentGrid))
        }
        if old.projection != new.projection { events.append(.projection(old: old.projection, new: new.projection)) }
        if old.timer != new.timer { events.append(.timer(old: old.timer, new: new.timer)) }
        return events
    }
}
