import WorkshopModel

/// The plenary summary of one board for the projector: the whole terminal, no menus,
/// headings with their cards and clusters flowing into columns, paged with the space bar.
final class PlenaryScreen: Screen {
    private let boardID: EntityID
    private var page = 0
    private var pageCount = 1
    private var cache: (key: String, pages: [[[CardLines.Line]]])?

    init(boardID: EntityID, page: Int = 0) {
        self.boardID = boardID
        self.page = page
    }

    func projection(app: App) -> Projection? { .board(boardID, page: page) }

    var isPresentation: Bool { true }

    func title(_ language: Language) -> String { UIText.keyPresent.text(language) }

    let keymap = Keymap([
        KeyBinding([.character(" "), .pageDown, .right, .down, .character("j")], .pageDown, .keyNextPage),
        KeyBinding([.pageUp, .left, .up, .character("k")], .pageUp, .keyPreviousPage),
    ])

    func perform(_ action: Action, app: App) {
        switch action {
        case .pageDown: page = min(page + 1, pageCount - 1)
        case .pageUp: page = max(page - 1, 0)
        default: break
        }
        // While this board is on the projector, the projector turns the page with the moderator.
        if case .board(boardID, _) = app.workshop.projection { app.project(.board(boardID, page: page), announce: false) }
    }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        guard let board = app.workshop.boards.first(where: { $0.id == boardID }) else {
            canvas.draw(UIText.boardGone.text(app.language), x: 1, y: 1, style: .error)
            return
        }
        let title = board.title.truncated(toWidth: area.width - 4)
        canvas.draw(title, x: area.x + (area.width - DisplayWidth.of(title)) / 2, y: area.y, style: .heading)
        let rule = String(repeating: "═", count: min(DisplayWidth.of(title) + 4, area.width))
        canvas.draw(rule, x: area.x + (area.width - DisplayWidth.of(rule)) / 2, y: area.y + 1, style: .frameFocused)

        let body = Rect(x: area.x + 2, y: area.y + 3, width: area.width - 4, height: area.height - 4)
        let columnCount = max(1, min(4, body.width / 48))
        let rects = body.columns(columnCount, gap: 3)
        let pages = layout(board, app: app, columnWidth: rects[0].width, columnHeight: body.height, columns: columnCount)
        pageCount = max(pages.count, 1)
        page = min(page, pageCount - 1)
        if pages.indices.contains(page) {
            for (rect, lines) in zip(rects, pages[page]) {
                for (offset, line) in lines.enumerated() {
                    canvas.draw(line.text, x: rect.x, y: rect.y + offset, style: line.style, maxWidth: rect.width)
                }
            }
        }
        if pageCount > 1 {
            let footer = UIText.plenaryPage.format(app.language, page + 1, pageCount)
            canvas.draw(footer, x: area.maxX - DisplayWidth.of(footer) - 1, y: area.maxY - 1, style: .secondary)
        }
    }

    /// Pages of columns of lines. Recomputed only when the board or the size changes.
    /// One heading with its cards; each card's lines stay together in one column.
    private struct Block {
        var heading: [CardLines.Line]
        var cards: [[CardLines.Line]]

        var height: Int { heading.count + cards.reduce(0) { $0 + $1.count } }
    }

    private func layout(_ board: Board, app: App, columnWidth: Int, columnHeight: Int, columns: Int) -> [[[CardLines.Line]]] {
        let key = "\(app.store.state.lastSequence)|\(columnWidth)|\(columnHeight)|\(columns)"
        if let cache, cache.key == key { return cache.pages }
        let blocks = BoardContent(board: board, in: app.workshop).columns.filter { !$0.entries.isEmpty }.map { column in
            // Long headings (the mind map's branches) wrap rather than being cut off.
            Block(heading: TextWrapper.wrap(column.heading.title, width: columnWidth).map { CardLines.Line(text: $0, style: .heading) },
                  cards: column.entries.map { CardLines($0, width: columnWidth, language: app.language, showsMeta: false).lines })
        }
        // Few headings that fit: one column each, side by side like the pinboard.
        if blocks.count <= columns, blocks.allSatisfy({ $0.height <= columnHeight }) {
            let pages = [blocks.map { $0.heading + $0.cards.flatMap { $0 } }]
            cache = (key, pages)
            return pages
        }
        var flowed: [[CardLines.Line]] = [[]]
        func room() -> Int { columnHeight - flowed[flowed.count - 1].count }
        for block in blocks {
            // A blank line between headings; a heading never stands alone at the bottom.
            if !flowed[flowed.count - 1].isEmpty {
                if room() > 0 { flowed[flowed.count - 1].append(CardLines.Line(text: "", style: .normal)) }
            }
            if room() < block.heading.count + min(block.cards.first?.count ?? 0, columnHeight - block.heading.count) {
                flowed.append([])
            }
            flowed[flowed.count - 1] += block.heading
            for card in block.cards {
                if card.count > room() && card.count <= columnHeight - block.heading.count - 1 {
                    // The card moves whole to the next column, under its repeated heading.
                    let title = block.heading[0].text + " " + UIText.plenaryContinued.text(app.language)
                    flowed.append([CardLines.Line(text: title.truncated(toWidth: columnWidth), style: .heading)])
                }
                for line in card {
                    if room() == 0 { flowed.append([]) }
                    flowed[flowed.count - 1].append(line)
                }
            }
        }
        let pages = stride(from: 0, to: flowed.count, by: columns).map { Array(flowed[$0..<min($0 + columns, flowed.count)]) }
        cache = (key, pages)
        return pages
    }

}
