import Foundation

/// Human-readable descriptions of events and records, for the `log` command and for
/// messages like "Undone: …".
public enum EventDescription {
    /// One line describing `event`.
    public static func describe(_ event: WorkshopEvent, _ language: Language) -> String {
        switch event {
        case let .info(old, new):
            var changes: [String] = []
            if old.title != new.title { changes.append("\(UIText.fieldTitle.text(language)) „\(new.title)“") }
            if old.date != new.date { changes.append("\(UIText.logDate.text(language)) \(new.date)") }
            if old.place != new.place { changes.append("\(UIText.fieldPlace.text(language)) „\(new.place)“") }
            return UIText.logInfoChanged.format(language, changes.joined(separator: ", "))
        case let .people(list, change):
            return describe(change, in: list.label(language), name: { person in
                person.organisation.map { "\(person.name) (\($0))" } ?? person.name
            }, language)
        case let .agenda(change):
            return describe(change, in: UIText.agenda.text(language), name: { item in
                "\(item.title), \(item.kind.label(language)), \(item.plannedMinutes) min"
            }, language)
        case let .boards(change):
            return describe(change, in: UIText.boards.text(language), name: \.title, language)
        case let .headings(change):
            return describe(change, in: UIText.fieldHeading.text(language), name: \.title, language)
        case let .cards(.replace(old, new)) where old.text == new.text && old.headingID != new.headingID:
            return UIText.logCardMoved.format(language, new.text.replacingOccurrences(of: "\n", with: " "))
        case let .cards(change):
            return describe(change, in: UIText.card.text(language), name: { card in
                card.text.replacingOccurrences(of: "\n", with: " ")
            }, language)
        }
    }

    /// A one-line summary of a record: its first event, and how many more there are.
    /// An undo is summarised by the change it reverses.
    public static func summary(_ record: EventRecord, _ language: Language) -> String {
        let events = record.kind == .undo ? record.events.reversed().map(\.inverse) : record.events
        guard let first = events.first else { return "" }
        let head = describe(first, language)
        return events.count > 1 ? UIText.logMoreEvents.format(language, head, events.count - 1) : head
    }

    /// The record's kind as a word: "Anlage", "Änderung", "Rückgängig #12", …
    public static func kind(_ record: EventRecord, _ language: Language) -> String {
        switch record.kind {
        case .creation: UIText.logKindCreation.text(language)
        case .change: UIText.logKindChange.text(language)
        case .undo: UIText.logKindUndo.format(language, record.target ?? 0)
        case .redo: UIText.logKindRedo.format(language, record.target ?? 0)
        }
    }

    private static func describe<Element>(_ change: ListChange<Element>, in list: String,
                                          name: (Element) -> String, _ language: Language) -> String {
        switch change {
        case let .insert(item, _): UIText.logAdded.format(language, list, name(item))
        case let .remove(item, _): UIText.logRemoved.format(language, list, name(item))
        case let .replace(old, new): UIText.logReplaced.format(language, list, name(old), name(new))
        case .move: UIText.logMoved.format(language, list)
        }
    }
}
