import Foundation
import Testing
import WorkshopModel

private let anna = Person(id: EntityID("p"), name: "Anna Müller", organisation: "IHK")
private let item = AgendaItem(id: EntityID("a"), title: "SWOT", kind: .swot, plannedMinutes: 45)
private let oldInfo = WorkshopInfo(title: "Alt", date: "2017-03-23", place: "Lokschuppen")

private let events: [WorkshopEvent] = [
    .info(old: oldInfo, new: WorkshopInfo(title: "Neu", date: "2017-03-24", place: "Rathaus")),
    .people(list: .participants, change: .insert(item: anna, at: 0)),
    .people(list: .moderators, change: .remove(item: anna, at: 3)),
    .people(list: .participants, change: .replace(old: anna, new: Person(id: anna.id, name: "Anna Meier"))),
    .agenda(change: .insert(item: item, at: 2)),
    .agenda(change: .move(id: item.id, from: 0, to: 4)),
]

@Suite struct EventDescriptionTests {
    @Test func everyEventIsDescribedInBothLanguages() {
        for event in events {
            let german = EventDescription.describe(event, .de)
            let english = EventDescription.describe(event, .en)
            #expect(german != english, "\(event)")
            for text in [german, english] {
                #expect(!text.isEmpty)
                #expect(text.range(of: #"\{\d+\}"#, options: .regularExpression) == nil, "\(text)")
            }
        }
    }

    @Test func descriptionsNameWhatChanged() {
        #expect(EventDescription.describe(events[0], .de).contains("„Neu“"))
        #expect(EventDescription.describe(events[0], .de).contains("2017-03-24"))
        #expect(EventDescription.describe(events[1], .en) == "Participants: added “Anna Müller (IHK)”")
        #expect(EventDescription.describe(events[2], .de) == "Moderation: „Anna Müller (IHK)“ entfernt")
        #expect(EventDescription.describe(events[3], .en).contains("“Anna Meier”"))
        #expect(EventDescription.describe(events[4], .en).contains("SWOT, SWOT analysis, 45 min"))
        // Positions are shown counted from 1.
        #expect(EventDescription.describe(events[5], .en) == "Agenda: order changed")
    }

    @Test func summaryAndKindOfRecords() {
        let time = Date(timeIntervalSince1970: 0)
        let several = EventRecord(sequence: 1, time: time, author: "t", kind: .creation, events: events)
        #expect(EventDescription.summary(several, .de) == EventDescription.describe(events[0], .de) + " (und 5 weitere)")
        let single = EventRecord(sequence: 2, time: time, author: "t", kind: .change, events: [events[1]])
        #expect(EventDescription.summary(single, .en) == EventDescription.describe(events[1], .en))
        #expect(EventDescription.summary(EventRecord(sequence: 3, time: time, author: "t", kind: .change, events: []), .en) == "")
        let undo = EventRecord(sequence: 4, time: time, author: "t", kind: .undo, target: 2, events: [events[1].inverse])
        #expect(EventDescription.kind(undo, .de) == "rückgängig #2")
        #expect(EventDescription.kind(undo, .en) == "undo #2")
        #expect(EventDescription.kind(single, .de) == "Änderung")
        #expect(EventDescription.kind(several, .en) == "created")
    }
}
