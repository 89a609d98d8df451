import WorkshopModel

/// The lists a moderator picks from on boards: every card (search, link) and every
/// heading (move a card elsewhere), labelled "Board › Heading: text".
enum BoardPickers {
    /// All cards of the workshop except `excluding`.
    static func cardPicker(_ app: App, title: String, excluding: EntityID? = nil,
                           onPick: @escaping (EntityID, App) -> Void) -> PickerOverlay {
        let workshop = app.workshop
        let boards = Dictionary(workshop.boards.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let headings = Dictionary(workshop.headings.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let items = workshop.cards.filter { $0.id != excluding }.map { card in
            PickerOverlay.Item(id: card.id, label: "\(boards[card.boardID] ?? "") › \(headings[card.headingID] ?? ""): "
                + card.text.replacingOccurrences(of: "\n", with: " ")
                + (card.tags.isEmpty ? "" : "  #" + card.tags.joined(separator: " #")))
        }
        return PickerOverlay(title: title, items: items, emptyText: UIText.searchNothing.text(app.language), onPick: onPick)
    }

    /// All headings of all boards except `excluding`.
    static func headingPicker(_ app: App, excluding: EntityID, onPick: @escaping (EntityID, App) -> Void) -> PickerOverlay {
        let workshop = app.workshop
        let boards = Dictionary(workshop.boards.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let items = workshop.headings.filter { $0.id != excluding }.map {
            PickerOverlay.Item(id: $0.id, label: "\(boards[$0.boardID] ?? "") › \($0.title)")
        }
        return PickerOverlay(title: UIText.movePickerTitle.text(app.language), items: items,
                             emptyText: UIText.searchNothing.text(app.language), onPick: onPick)
    }
}
