extension ProtocolDocument {
    /// The meeting: date, place, the number of participants, the agenda and the moderators.
    static func meetingSection(_ workshop: Workshop, _ language: Language) -> ProtocolSection {
        let info = workshop.info
        var facts: [ProtocolFact] = []
        if !info.date.isEmpty { facts.append(ProtocolFact(UIText.protocolDate.text(language), LocalizedFormat.meetingDate(info.date, language))) }
        if !info.place.isEmpty { facts.append(ProtocolFact(UIText.fieldPlace.text(language), info.place)) }
        facts.append(ProtocolFact(UIText.participants.text(language), "\(workshop.participants.count)"))
        facts.append(ProtocolFact(UIText.moderators.text(language), "\(workshop.moderators.count)"))

        var subsections: [ProtocolSection] = []
        if !workshop.agenda.isEmpty {
            var rows = workshop.agenda.enumerated().map { index, item in
                ProtocolTable.Row(["\(index + 1)", item.title, item.kind.label(language),
                                   item.plannedMinutes > 0 ? "\(item.plannedMinutes)" : ""])
            }
            let total = workshop.agenda.reduce(0) { $0 + $1.plannedMinutes }
            rows.append(ProtocolTable.Row(["", UIText.protocolTotal.text(language), "", "\(total)"], style: .highlighted))
            let table = ProtocolTable(columns: [ProtocolTable.Column(UIText.protocolColumnNumber.text(language), numeric: true),
                                                ProtocolTable.Column(UIText.fieldAgendaTitle.text(language)),
                                                ProtocolTable.Column(UIText.fieldKind.text(language)),
                                                ProtocolTable.Column(UIText.fieldMinutes.text(language), numeric: true)],
                                      rows: rows)
            subsections.append(ProtocolSection(title: UIText.agenda.text(language), blocks: [.table(table)]))
        }
        if !workshop.moderators.isEmpty {
            let names = workshop.moderators.map { person in
                [person.name + (person.isIllustrative ? "*" : ""), person.organisation ?? ""]
                    .filter { !$0.isEmpty }.joined(separator: " – ")
            }
            var blocks: [ProtocolBlock] = [.list(names)]
            if workshop.moderators.contains(where: \.isIllustrative) {
                blocks.append(.note(UIText.homeIllustrativeNote.text(language)))
            }
            subsections.append(ProtocolSection(title: UIText.moderators.text(language), blocks: blocks))
        }
        return ProtocolSection(title: UIText.protocolMeeting.text(language), blocks: [.facts(facts)], subsections: subsections)
    }
}
