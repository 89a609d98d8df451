import Foundation
import Testing
import WorkshopModel

private let demo = DemoWorkshop.kickOff

/// Every text of the demo with the field whose rules it must follow.
private var demoTexts: [(TextFieldKind, String)] {
    var texts: [(TextFieldKind, String)] = [(.workshopTitle, demo.info.title), (.date, demo.info.date), (.place, demo.info.place)]
    texts += demo.agenda.map { (.agendaTitle, $0.title) }
    for list in PersonList.allCases {
        for person in demo.people(list) {
            texts.append((.personName, person.name))
            texts.append((.organisation, person.organisation ?? ""))
        }
    }
    return texts
}

@Suite struct DemoWorkshopTests {
    @Test func headerIsTheKickOffOf23March2017() {
        #expect(demo.info.date == "2017-03-23")
        #expect(demo.info.title.contains("Wirtschaftsallianz Bottrop"))
        #expect(demo.info.place.contains("Lokschuppen"))
    }

    @Test func hasAgendaParticipantsAndModerators() {
        #expect(demo.agenda.count >= 5)
        #expect(demo.participants.count >= 10)
        #expect(demo.moderators.count >= 1)
        #expect(demo.agenda.contains { $0.kind == .themeTables })
        #expect(demo.agenda.allSatisfy { (1...AgendaRules.maximumMinutes).contains($0.plannedMinutes) })
        // The two speakers of the welcome are taken from the report, everyone else is illustrative.
        #expect(demo.participants.filter { !$0.isIllustrative }.map(\.name) == ["Bernd Tischler", "Dr. Frank Betker"])
        // The table moderators are named by role (illustrative); the catalog's moderators are Table 2's.
        #expect(demo.moderators.filter { !$0.isIllustrative }.map(\.name)
                == ["Hr. Miller", "Fr. Sturm", "Fr. Kreipe", "Fr. Schimmang", "Hr. Kim", "Hr. Gieselmann", "Hr. Paluch",
                    "Fr. Lupprian"])
    }

    @Test func everyTextIsCleanAndWithinItsLimit() {
        for (field, text) in demoTexts {
            #expect(TextSanitizer.clean(text, multiline: field.isMultiline) == text, "\(field): \(text.debugDescription)")
            #expect(text.count <= field.limit, "\(field) longer than \(field.limit): \(text)")
            do { _ = try field.validate(text) } catch { Issue.record("\(field): \(text) refused: \(error)") }
        }
    }

    @Test func namesAndIdentifiersAreUnique() {
        for list in PersonList.allCases {
            let people = demo.people(list)
            for (index, person) in people.enumerated() {
                for other in people[(index + 1)...] {
                    #expect(person.name.compare(other.name, options: [.caseInsensitive, .diacriticInsensitive]) != .orderedSame,
                            "\(list): \(person.name) / \(other.name)")
                }
            }
        }
        let ids = demo.agenda.map(\.id) + demo.participants.map(\.id) + demo.moderators.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    /// The demo can be typed in through the ordinary commands without a single refusal,
    /// and the result is the demo itself (apart from identifiers and the illustrative marks).
    @Test func passesTheModelsOwnValidation() throws {
        var session = Session(Workshop(info: WorkshopInfo(title: "Neu", date: "", place: "")))
        try session.run(.editInfo(title: demo.info.title, date: demo.info.date, place: demo.info.place))
        for item in demo.agenda {
            try session.run(.addAgendaItem(title: item.title, kind: item.kind, minutes: item.plannedMinutes))
        }
        for list in PersonList.allCases {
            for person in demo.people(list) {
                try session.run(.addPerson(list: list, name: person.name, organisation: person.organisation ?? ""))
            }
        }
        let typed = session.workshop
        #expect(typed.info == demo.info)
        #expect(typed.agenda.map(\.title) == demo.agenda.map(\.title))
        #expect(typed.agenda.map(\.kind) == demo.agenda.map(\.kind))
        #expect(typed.agenda.map(\.plannedMinutes) == demo.agenda.map(\.plannedMinutes))
        for list in PersonList.allCases {
            #expect(typed.people(list).map(\.name) == demo.people(list).map(\.name))
            #expect(typed.people(list).map(\.organisation) == demo.people(list).map(\.organisation))
        }
    }

    @Test func demoTemplateIsTheDemo() {
        #expect(WorkshopTemplate.demo.content() == demo)
        #expect(WorkshopTemplate.demo.content(title: "ignored") == demo)
    }
}
