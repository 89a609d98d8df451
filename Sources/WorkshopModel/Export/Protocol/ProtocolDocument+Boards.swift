extension ProtocolDocument {
    /// Every board except the SWOT (which has a section of its own): its facts, then one
    /// subsection per heading with the cards, grouped cards under their round card.
    static func boardsSection(_ workshop: Workshop, _ language: Language) -> ProtocolSection? {
        let boards = workshop.boards.filter { $0.kind != .swot }
        guard !boards.isEmpty else { return nil }
        return ProtocolSection(title: UIText.boards.text(language),
                               blocks: [.note(UIText.protocolCardLegend.text(language))],
                               subsections: boards.map { boardSection($0, in: workshop, language) })
    }

    /// One board: kind, moderator and number of cards, then its headings with their cards.
    static func boardSection(_ board: Board, in workshop: Workshop, _ language: Language,
                             layout: ProtocolSection.Layout = .flow) -> ProtocolSection {
        let content = BoardContent(board: board, in: workshop)
        var facts = [ProtocolFact(UIText.fieldKind.text(language), board.kind.label(language))]
        if let moderator = workshop.moderators.first(where: { $0.id == board.moderatorID }) {
            facts.append(ProtocolFact(UIText.fieldModerator.text(language), moderator.name))
        }
        facts.append(ProtocolFact(UIText.protocolCards.text(language), "\(content.cardCount)"))
        let headings = content.columns.map { column in
            ProtocolSection(title: column.heading.title,
                            blocks: [column.entries.isEmpty ? .note(UIText.protocolNoCards.text(language))
                                                            : .cards(column.entries.map { ProtocolCard($0, heading: column.heading.title) })])
        }
        return ProtocolSection(title: board.title, layout: layout, blocks: [.facts(facts)], subsections: headings)
    }
}
