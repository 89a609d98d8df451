import WorkshopModel

/// The plenary summary of one board for the projector: the whole terminal, no menus,
/// headings with their cards and clusters flowing into columns, paged with the space bar.
final class PlenaryScreen: Screen {
    private let boardID: EntityID
    private var page = 0
    private var pageCount = 1
    /// On the projector: the card to show (see ``Projection/board(_:from:)``); the page is the
    /// one holding it in this terminal's layout.
    private var anchor: Int?
    private var cache: (key: String, layout: Layout)?

    /// Pages of columns of lines, and the ordinal of the first card on each page.
    private struct Layout {
        var pages: [[[CardLines.Line]]]
        var firstCards: [Int]
    }

    /// `from`: the projector's anchor card, nil on the moderator's terminal.
    init(boardID: EntityID, from card: Int? = nil) {
        self.boardID = boardID
        anchor = card
    }

    func projection(app: App) -> Projection? { .board(boardID, from: firstCard) }

    /// The ordinal of the first card on the page shown.
    private var firstCard: Int { cache.flatMap { $0.layout.firstCards.indices.contains(page) ? $0.layout.firstCards[page] : nil } ?? 0 }

    var isPresentation: Bool { true }

    func title(_ language: Language) -> String { UIText.keyPresent.text(language) }

    let keymap = Keymap([
        KeyBinding([.character(" "), .pageDown, .right, .down, .character("j")], .pageDown, .keyNextPage),
        KeyBinding([.pageUp, .left, .up, .character("k")], .pageUp, .keyPreviousPage),
    ])

    func perform(_ action: Action, app: App) {
        anchor = nil
        switch action {
        case .pageDown: page = min(page + 1, pageCount - 1)
        case .pageUp: page = max(page - 1, 0)
        default: break
        }
        // While this board is on the projector, the projector turns the page with the moderator.
        if case .board(boardID, _) = app.workshop.projection { app.project(.board(boardID, from: firstCard), announce: false) }
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
        let layout = layout(board, app: app, columnWidth: rects[0].width, columnHeight: body.height, columns: columnCount)
        let pages = layout.pages
        pageCount = max(pages.count, 1)
        if let anchor { page = layout.firstCards.lastIndex { $0 <= anchor } ?? 0 }
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

    private func layout(_ board: Board, app: App, columnWidth: Int, columnHeight: Int, columns: Int) -> Layout {
        let key = "\(app.store.state.lastSequence)|\(columnWidth)|\(columnHeight)|\(columns)"
        if let cache, cache.key == key { return cache.layout }
        let blocks = BoardContent(board: board, in: app.workshop).columns.filter { !$0.entries.isEmpty }.map { column in
            // Long headings (the mind map's branches) wrap rather than being cut off.
            Block(heading: TextWrapper.wrap(column.heading.title, width: columnWidth).map { CardLines.Line(text: $0, style: .heading) },
                  cards: column.entries.map { CardLines($0, width: columnWidth, language: app.language, showsMeta: false).lines })
        }
        // Few headings that fit: one column each, side by side like the pinboard.
        if blocks.count <= columns, blocks.allSatisfy({ $0.height <= columnHeight }) {
            let layout = Layout(pages: [blocks.map { $0.heading + $0.cards.flatMap { $0 } }], firstCards: [0])
            cache = (key, layout)
            return layout
        }
        var flowed: [[CardLines.Line]] = [[]]
        // The ordinal of the first card that starts in each column (or the next card to come).
        var columnFirstCards = [0]
        var cardOrdinal = 0
        func newColumn() {
            flowed.append([])
            columnFirstCards.append(cardOrdinal)
        }
        func room() -> Int { columnHeight - flowed[flowed.count - 1].count }
        for block in blocks {
            // A blank line between headings; a heading never stands alone at the bottom.
            if !flowed[flowed.count - 1].isEmpty {
                if room() > 0 { flowed[flowed.count - 1].append(CardLines.Line(text: "", style: .normal)) }
            }
            if room() < block.heading.count + min(block.cards.first?.count ?? 0, columnHeight - block.heading.count) {
                newColumn()
            }
            flowed[flowed.count - 1] += block.heading
            for card in block.cards {
                if card.count > room() && card.count <= columnHeight - block.heading.count - 1 {
                    // The card moves whole to the next column, under its repeated heading.
                    let title = block.heading[0].text + " " + UIText.plenaryContinued.text(app.language)
                    newColumn()
                    flowed[flowed.count - 1] = [CardLines.Line(text: title.truncated(toWidth: columnWidth), style: .heading)]
                }
                for line in card {
                    if room() == 0 { newColumn() }
                    flowed[flowed.count - 1].append(line)
                }
                cardOrdinal += 1
            }
        }
        let starts = Array(stride(from: 0, to: flowed.count, by: columns))
        let layout = Layout(pages: starts.map { Array(flowed[$0..<min($0 + columns, flowed.count)]) },
                            firstCards: starts.map { columnFirstCards[$0] })
        cache = (key, layout)
        return layout
    }

}
