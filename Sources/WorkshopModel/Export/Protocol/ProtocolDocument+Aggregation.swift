extension ProtocolDocument {
    /// The cards by tag with the cards they link to (``CardAggregation``), one table per tag in
    /// the shape of the report's Table 1: a challenge in the first column, the visions that
    /// answer it beside it, one per row.
    static func aggregationSection(_ workshop: Workshop, _ language: Language) -> ProtocolSection? {
        let groups = CardAggregation(workshop).groups
        guard !groups.isEmpty else { return nil }
        return ProtocolSection(title: UIText.aggregateTitle.text(language),
                               blocks: [.note(UIText.protocolAggregationNote.text(language))],
                               subsections: groups.map { group in
                                   ProtocolSection(title: UIText.protocolTagTitle.format(language, group.tag, group.cardCount),
                                                   blocks: [.table(aggregationTable(group, language))])
                               })
    }

    /// A column titled with the board when all its cards are from one board; otherwise each
    /// cell names its board.
    private static func aggregationTable(_ group: CardAggregation.Group, _ language: Language) -> ProtocolTable {
        let sourceBoards = Set(group.entries.map(\.boardTitle))
        let targetBoards = Set(group.entries.flatMap { $0.targets.map(\.boardTitle) })
        func cell(_ card: Card, board: String, single: Bool) -> String { single ? card.text : "\(card.text) (\(board))" }
        var columns = [ProtocolTable.Column(sourceBoards.count == 1 ? sourceBoards.first! : UIText.card.text(language))]
        if group.hasLinks {
            columns.append(ProtocolTable.Column(targetBoards.count == 1 ? targetBoards.first! : UIText.protocolLinkedCards.text(language)))
        }
        var rows: [ProtocolTable.Row] = []
        for entry in group.entries {
            let source = cell(entry.card, board: entry.boardTitle, single: sourceBoards.count == 1)
            guard group.hasLinks else {
                rows.append(ProtocolTable.Row([source]))
                continue
            }
            let targets = entry.targets.map { cell($0.card, board: $0.boardTitle, single: targetBoards.count == 1) }
            rows.append(ProtocolTable.Row([source, targets.first ?? ""]))
            rows += targets.dropFirst().map { ProtocolTable.Row(["", $0], continuesFirstCell: true) }
        }
        return ProtocolTable(columns: columns, rows: rows)
    }
}
