import Foundation

/// Validates commands against the current state and decides their events.
public enum CommandDecider {
    /// Decides `command`. Returns `nil` when the command would change nothing (an edit that
    /// keeps every value), and throws when the command is not allowed.
    ///
    /// `author` is who asks (the store's terminal id): undo and redo take that author's newest
    /// step only, so in one of several terminals on a file `u` never reverses another
    /// terminal's change. `nil` takes the newest step of anybody.
    public static func decide(_ command: WorkshopCommand, in state: WorkshopState, author: String? = nil,
                              makeID: () -> EntityID = EntityID.random) throws(CommandError) -> Decision? {
        let workshop = state.workshop
        switch command {
        case let .editInfo(title, date, place):
            let new = WorkshopInfo(title: try TextFieldKind.workshopTitle.validate(title),
                                   date: try validateDate(date),
                                   place: try TextFieldKind.place.validate(place))
            return change(.info(old: workshop.info, new: new), unless: new == workshop.info)

        case let .addPerson(list, name, organisation):
            let person = Person(id: makeID(), name: try TextFieldKind.personName.validate(name),
                                organisation: try optional(organisation))
            try requireUniqueName(person.name, list: list, in: workshop, except: nil)
            let people = workshop.people(list)
            return Decision(kind: .change, events: [.people(list: list, change: .insert(item: person, at: people.count))])

        case let .addPeople(list, lines):
            return try addPeople(lines, to: list, in: workshop, makeID: makeID)

        case let .editPerson(list, id, name, organisation):
            guard let old = workshop.people(list).first(where: { $0.id == id }) else { throw .unknownItem }
            var new = old
            new.name = try TextFieldKind.personName.validate(name)
            new.organisation = try optional(organisation)
            try requireUniqueName(new.name, list: list, in: workshop, except: id)
            return change(.people(list: list, change: .replace(old: old, new: new)), unless: new == old)

        case let .removePerson(list, id):
            let people = workshop.people(list)
            guard let index = people.firstIndex(where: { $0.id == id }) else { throw .unknownItem }
            return Decision(kind: .change, events: [.people(list: list, change: .remove(item: people[index], at: index))])

        case let .addAgendaItem(title, kind, minutes):
            let item = AgendaItem(id: makeID(), title: try TextFieldKind.agendaTitle.validate(title),
                                  kind: kind, plannedMinutes: try validateMinutes(minutes))
            return Decision(kind: .change, events: [.agenda(change: .insert(item: item, at: workshop.agenda.count))])

        case let .editAgendaItem(id, title, kind, minutes):
            guard let old = workshop.agenda.first(where: { $0.id == id }) else { throw .unknownItem }
            var new = old
            new.title = try TextFieldKind.agendaTitle.validate(title)
            new.kind = kind
            new.plannedMinutes = try validateMinutes(minutes)
            return change(.agenda(change: .replace(old: old, new: new)), unless: new == old)

        case let .removeAgendaItem(id):
            guard let index = workshop.agenda.firstIndex(where: { $0.id == id }) else { throw .unknownItem }
            return Decision(kind: .change, events: [.agenda(change: .remove(item: workshop.agenda[index], at: index))])

        case let .moveAgendaItem(id, offset):
            guard let from = workshop.agenda.firstIndex(where: { $0.id == id }) else { throw .unknownItem }
            let (sum, overflow) = from.addingReportingOverflow(offset)
            let to = overflow ? (offset > 0 ? workshop.agenda.count - 1 : 0) : min(max(sum, 0), workshop.agenda.count - 1)
            return change(.agenda(change: .move(id: id, from: from, to: to)), unless: to == from)

        case let .board(command):
            let events = try BoardDecider.decide(command, in: workshop, makeID: makeID)
            return events.isEmpty ? nil : Decision(kind: .change, events: events)

        case let .consensing(command):
            let events = try ConsensingDecider.decide(command, in: workshop, makeID: makeID)
            return events.isEmpty ? nil : Decision(kind: .change, events: events)

        case let .quick(command):
            let events = try QuickDecisionDecider.decide(command, in: workshop, makeID: makeID)
            return events.isEmpty ? nil : Decision(kind: .change, events: events)

        case let .materiality(command):
            let events = try MaterialityDecider.decide(command, in: workshop, makeID: makeID)
            return events.isEmpty ? nil : Decision(kind: .change, events: events)

        case let .profile(command):
            let events = try ProfileDecider.decide(command, in: workshop, makeID: makeID)
            return events.isEmpty ? nil : Decision(kind: .change, events: events)

        case let .session(command):
            let events = try SessionDecider.decide(command, in: workshop)
            return events.isEmpty ? nil : Decision(kind: .session, events: events)

        case .undo:
            guard let entry = state.history.lastUndoable(by: author) else { throw .nothingToUndo }
            let events = try rebase(entry.events.reversed().map(\.inverse), on: workshop)
            return Decision(kind: .undo, target: entry.sequence, events: events)

        case .redo:
            guard let entry = state.history.lastRedoable(by: author) else { throw .nothingToRedo }
            return Decision(kind: .redo, target: entry.sequence, events: try rebase(entry.events, on: workshop))
        }
    }

    private static func change(_ event: WorkshopEvent, unless unchanged: Bool) -> Decision? {
        unchanged ? nil : Decision(kind: .change, events: [event])
    }

    /// Every line is checked (name, organisation, not yet on the list nor twice in the lines);
    /// a single line's refusal is its own error, several lines' are reported with their numbers.
    private static func addPeople(_ lines: [PersonLine], to list: PersonList, in workshop: Workshop,
                                  makeID: () -> EntityID) throws(CommandError) -> Decision {
        guard !lines.isEmpty else { throw .emptyText(.personName) }
        var people: [Person] = []
        var problems: [LineProblem] = []
        for line in lines {
            do throws(CommandError) {
                let person = Person(id: makeID(), name: try TextFieldKind.personName.validate(line.name),
                                    organisation: try optional(line.organisation))
                try requireUniqueName(person.name, list: list, in: workshop, except: nil)
                if people.contains(where: { sameName($0.name, person.name) }) {
                    throw CommandError.duplicatePerson(name: person.name, list: list)
                }
                people.append(person)
            } catch {
                problems.append(LineProblem(line: line.number, error: error))
            }
        }
        if lines.count == 1, let only = problems.first { throw only.error }
        guard problems.isEmpty else { throw .badLines(problems) }
        let count = workshop.people(list).count
        return Decision(kind: .change, events: people.enumerated().map { offset, person in
            .people(list: list, change: .insert(item: person, at: count + offset))
        })
    }

    private static func optional(_ organisation: String) throws(CommandError) -> String? {
        let text = try TextFieldKind.organisation.validate(organisation)
        return text.isEmpty ? nil : text
    }

    private static func requireUniqueName(_ name: String, list: PersonList, in workshop: Workshop,
                                          except id: EntityID?) throws(CommandError) {
        let clash = workshop.people(list).contains { $0.id != id && sameName($0.name, name) }
        if clash { throw .duplicatePerson(name: name, list: list) }
    }

    /// Two names are the same person's when they differ only in case and accents.
    private static func sameName(_ a: String, _ b: String) -> Bool {
        a.compare(b, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame
    }

    /// A typed date (`TT.MM.JJJJ`, `T.M.JJJJ`, `TT.MM.JJ` or ISO) as ISO `JJJJ-MM-TT`; empty stays empty.
    private static func validateDate(_ raw: String) throws(CommandError) -> String {
        let text = try TextFieldKind.date.validate(raw)
        guard !text.isEmpty else { return text }
        guard let iso = MeetingDate.parse(text) else { throw .invalidDate(text) }
        return iso
    }

    private static func validateMinutes(_ minutes: Int) throws(CommandError) -> Int {
        guard (0...AgendaRules.maximumMinutes).contains(minutes) else { throw .invalidMinutes(minutes) }
        return minutes
    }

    /// The events of an undo or redo, rebased one after the other onto the workshop as it is
    /// now (other terminals may have shifted positions since); refused when an item they touch
    /// was changed or removed meanwhile.
    private static func rebase(_ events: [WorkshopEvent], on workshop: Workshop) throws(CommandError) -> [WorkshopEvent] {
        var scratch = workshop
        var rebased: [WorkshopEvent] = []
        for event in events {
            guard let fitting = event.rebased(on: scratch) else { throw .historyConflict }
            WorkshopReducer.apply(fitting, to: &scratch)
            rebased.append(fitting)
        }
        // Another terminal may have built on what this step would take away (a profile on a
        // template, a card under a heading): such an undo would leave it dangling.
        if scratch.brokenReferenceCount > workshop.brokenReferenceCount { throw .historyConflict }
        return rebased
    }
}
