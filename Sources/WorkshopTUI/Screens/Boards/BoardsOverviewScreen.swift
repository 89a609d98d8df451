import WorkshopModel

/// All boards of the workshop side by side, each with its moderator and the number of
/// cards under every heading: the tables running in parallel at a glance.
final class BoardsOverviewScreen: Screen {
    private var selection = 0
    private var firstRow = 0
    private var perRow = 1
    /// Narrowest tile; a projector shows more tiles per row.
    static let minimumTileWidth = 26
    /// Headings listed per tile; more are summarised in one line.
    static let headingsPerTile = 6
    /// Wide enough tiles for the boards' titles on a projector.
    static let maximumTilesPerRow = 5

    init(selecting kinds: Set<BoardKind> = [], in workshop: Workshop) {
        selection = workshop.boards.firstIndex { kinds.contains($0.kind) } ?? 0
    }

    func title(_ language: Language) -> String { UIText.overviewTitle.text(language) }

    let keymap = Keymap([
        KeyBinding([.enter], .open, .keyOpen),
        KeyBinding([.character("n"), .character("a")], .add, .keyNewBoard),
        KeyBinding([.character("e")], .edit, .keyEditBoard),
        KeyBinding([.character("d"), .delete], .delete, .keyRemoveBoard),
        KeyBinding([.character("p")], .present, .keyPresent),
        KeyBinding([.character("A")], .aggregate, .keyAggregate),
        KeyBinding([.left, .character("h")], .left, .keyPreviousBoard),
        KeyBinding([.right, .character("l"), .tab], .right, .keyNextBoard),
        KeyBinding([.up, .character("k")], .up, .keyUp),
        KeyBinding([.down, .character("j")], .down, .keyDown),
    ])

    func perform(_ action: Action, app: App) {
        let boards = app.workshop.boards
        if action == .add { return app.present(BoardForm.make(app, board: nil)) }
        guard !boards.isEmpty else { return }
        selection = min(selection, boards.count - 1)
        let board = boards[selection]
        switch action {
        case .left: selection = max(selection - 1, 0)
        case .right: selection = min(selection + 1, boards.count - 1)
        case .up: selection = max(selection - perRow, 0)
        case .down: selection = min(selection + perRow, boards.count - 1)
        case .open: app.push(BoardScreen(boardID: board.id, workshop: app.workshop))
        case .edit: app.present(BoardForm.make(app, board: board))
        case .delete:
            let count = app.workshop.cards.filter { $0.boardID == board.id }.count
            app.present(ConfirmOverlay(question: UIText.removeBoardQuestion.format(app.language, board.title, count)) { app in
                app.execute(.board(.removeBoard(id: board.id)), success: UIText.removed.format(app.language, board.title))
            })
        case .present: app.push(PlenaryScreen(boardID: board.id))
        case .aggregate: app.push(AggregateScreen())
        default: break
        }
    }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let workshop = app.workshop
        let language = app.language
        guard !workshop.boards.isEmpty else {
            canvas.draw(" " + UIText.overviewEmpty.text(language), x: area.x, y: area.y + 1, style: .secondary)
            return
        }
        selection = min(selection, workshop.boards.count - 1)
        var cardsPerHeading: [EntityID: Int] = [:]
        var cardsPerBoard: [EntityID: Int] = [:]
        for card in workshop.cards {
            cardsPerHeading[card.headingID, default: 0] += 1
            cardsPerBoard[card.boardID, default: 0] += 1
        }
        var headingsPerBoard: [EntityID: [Heading]] = [:]
        for heading in workshop.headings { headingsPerBoard[heading.boardID, default: []].append(heading) }

        perRow = max(1, min(workshop.boards.count, area.width / Self.minimumTileWidth, Self.maximumTilesPerRow))
        let maxHeadings = min(workshop.boards.map { headingsPerBoard[$0.id]?.count ?? 0 }.max() ?? 0, Self.headingsPerTile)
        // Frame, kind and moderator, the headings, the total.
        let tileHeight = min(maxHeadings + 4, area.height)
        let visibleRows = max(1, area.height / tileHeight)
        let row = selection / perRow
        if row < firstRow { firstRow = row }
        if row >= firstRow + visibleRows { firstRow = row - visibleRows + 1 }
        for (index, board) in workshop.boards.enumerated() {
            let tileRow = index / perRow - firstRow
            guard tileRow >= 0, tileRow < visibleRows else { continue }
            let columns = Rect(x: area.x, y: area.y + tileRow * tileHeight, width: area.width, height: tileHeight).columns(perRow)
            let rect = columns[index % perRow]
            let focused = index == selection
            canvas.drawFrame(rect, title: board.title, style: focused ? .frameFocused : .frame)
            let inner = rect.inset(by: 1)
            let moderator = workshop.moderators.first { $0.id == board.moderatorID }?.name
            let subtitle = board.kind.label(language) + (moderator.map { " · " + $0 } ?? "")
            canvas.fill(Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), style: focused ? .selection : .normal)
            canvas.draw(" " + subtitle.truncated(toWidth: inner.width - 2), x: inner.x, y: inner.y, style: focused ? .selection : .secondary)
            let headings = headingsPerBoard[board.id] ?? []
            let rows = max(inner.height - 2, 0)
            // When not every heading fits, the last row says how many more there are.
            let shown = headings.count > rows ? max(rows - 1, 0) : headings.count
            for (offset, heading) in headings.prefix(shown).enumerated() {
                let count = "\(cardsPerHeading[heading.id, default: 0])"
                canvas.draw(" " + heading.title.truncated(toWidth: inner.width - count.count - 3), x: inner.x, y: inner.y + 1 + offset)
                canvas.draw(count, x: inner.maxX - count.count - 1, y: inner.y + 1 + offset, style: .heading)
            }
            if shown < headings.count, rows > 0 {
                canvas.draw(" " + UIText.overviewMoreHeadings.format(language, headings.count - shown), x: inner.x,
                            y: inner.y + 1 + shown, style: .secondary, maxWidth: inner.width - 1)
            }
            let total = UIText.cardCount.format(language, cardsPerBoard[board.id, default: 0])
            canvas.draw(total, x: inner.maxX - DisplayWidth.of(total) - 1, y: inner.maxY - 1, style: .heading)
        }
        // More boards above or below the visible rows of tiles.
        if firstRow > 0 { canvas.draw("▲", x: area.maxX - 1, y: area.y + 1, style: .frameFocused) }
        if (firstRow + visibleRows) * perRow < workshop.boards.count {
            canvas.draw("▼", x: area.maxX - 1, y: area.y + visibleRows * tileHeight - 2, style: .frameFocused)
        }
    }
}
