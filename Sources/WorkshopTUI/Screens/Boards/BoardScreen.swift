import Foundation
import WorkshopModel

/// One board as a pinboard: a column per heading, cards under it. The moderator types
/// cards live (`n`, type, Enter, type, Enter), rearranges them, and presents the board.
/// Only the visible cards are laid out, so a board with thousands of cards stays instant.
final class BoardScreen: Screen {
    /// Narrowest column; fewer columns are shown side by side on a small terminal.
    static let minimumColumnWidth = 26

    private(set) var boardID: EntityID
    private var cache: (sequence: Int64, content: BoardContent)?
    private var column = 0
    private var selected: [EntityID: Int] = [:]
    private var scroll: [EntityID: Int] = [:]
    private var firstColumn = 0
    private var cardRows = 10
    private var followNewCard = false

    init(boardID: EntityID, cardID: EntityID? = nil, workshop: Workshop) {
        self.boardID = boardID
        if let cardID { focus(cardID, in: workshop) }
    }

    func title(_ language: Language) -> String { UIText.boardScreenTitle.text(language) }

    func projection(app: App) -> Projection? { .board(boardID, from: 0) }

    let keymap = Keymap([
        KeyBinding([.character("n"), .character("a")], .add, .keyNewCard),
        KeyBinding([.enter, .character("e")], .edit, .keyEditCard),
        KeyBinding([.character("d"), .delete], .delete, .keyRemoveCard),
        KeyBinding([.character("p")], .present, .keyPresent),
        KeyBinding([.left, .character("h")], .left, .keyLeft),
        KeyBinding([.right, .character("l")], .right, .keyRight),
        KeyBinding([.character("K")], .moveUp, .keyMoveUp),
        KeyBinding([.character("J")], .moveDown, .keyMoveDown),
        KeyBinding([.character("H")], .moveLeft, .keyMoveLeft),
        KeyBinding([.character("L")], .moveRight, .keyMoveRight),
        KeyBinding([.character("m")], .relocate, .keyRelocate),
        KeyBinding([.character("r")], .addCluster, .keyNewCluster),
        KeyBinding([.character("c")], .group, .keyGroup),
        KeyBinding([.character("C")], .formCluster, .keyFormCluster),
        KeyBinding([.character("x")], .link, .keyLink),
        KeyBinding([.character("+")], .addHeading, .keyAddHeading),
        KeyBinding([.character("R")], .renameHeading, .keyRenameHeading),
        KeyBinding([.character("-")], .removeHeading, .keyRemoveHeading),
        KeyBinding([.character("<")], .moveHeadingLeft, .keyHeadingLeft),
        KeyBinding([.character(">")], .moveHeadingRight, .keyHeadingRight),
        KeyBinding([.character("v")], .togglePrepared, .keyTogglePrepared),
        KeyBinding([.tab], .nextBoard, .keyNextBoard),
        KeyBinding([.backTab], .previousBoard, .keyPreviousBoard),
        KeyBinding([.character("b")], .boards, .keyBoards),
        KeyBinding([.character("A")], .aggregate, .keyAggregate),
        KeyBinding([.character("S")], .profileFromCard, .keyProfileFromCard),
    ] + Keymap.verticalNavigation)

    // MARK: Reading the board

    private func content(_ workshop: Workshop, sequence: Int64) -> BoardContent? {
        if let cache, cache.sequence == sequence, cache.content.board.id == boardID { return cache.content }
        guard let board = workshop.boards.first(where: { $0.id == boardID }) else { return nil }
        let content = BoardContent(board: board, in: workshop)
        cache = (sequence, content)
        return content
    }

    private func content(_ app: App) -> BoardContent? {
        content(app.workshop, sequence: app.store.state.lastSequence)
    }

    private func selectedCard(_ content: BoardContent) -> Card? {
        guard content.columns.indices.contains(column) else { return nil }
        let entries = content.columns[column].entries
        let index = selected[content.columns[column].heading.id, default: 0]
        return entries.indices.contains(index) ? entries[index].card : nil
    }

    /// Puts the focus on a card (after a search).
    private func focus(_ cardID: EntityID, in workshop: Workshop) {
        guard let board = workshop.boards.first(where: { $0.id == boardID }) else { return }
        let content = BoardContent(board: board, in: workshop)
        for (index, column) in content.columns.enumerated() {
            if let row = column.entries.firstIndex(where: { $0.card.id == cardID }) {
                self.column = index
                selected[column.heading.id] = row
            }
        }
    }

    // MARK: Actions

    func perform(_ action: Action, app: App) {
        guard let content = content(app) else {
            if action == .back || action == .boards { app.pop() }
            return
        }
        let columns = content.columns
        guard !columns.isEmpty else {
            if action == .addHeading { app.present(HeadingForm.make(app, boardID: boardID, heading: nil)) }
            else { app.show(UIText.boardNoHeadings.text(app.language)) }
            return
        }
        column = min(column, columns.count - 1)
        let heading = columns[column].heading
        let count = columns[column].entries.count
        let card = selectedCard(content)
        switch action {
        case .up, .down, .pageUp, .pageDown, .top, .bottom:
            var index = selected[heading.id, default: 0]
            let step = max(cardRows / 3, 1)
            switch action {
            case .up: index -= 1
            case .down: index += 1
            case .pageUp: index -= step
            case .pageDown: index += step
            case .top: index = 0
            default: index = count - 1
            }
            selected[heading.id] = min(max(index, 0), max(count - 1, 0))
        case .left: column = max(column - 1, 0)
        case .right: column = min(column + 1, columns.count - 1)
        case .add, .addCluster:
            let isCluster = action == .addCluster
            let draft = app.drafts.take(.newCard(heading: heading.id, roundCard: isCluster))
            app.present(CardEntryOverlay(mode: .new(headingID: heading.id, isCluster: isCluster), restoring: draft) { [weak self] _ in
                self?.followNewCard = true
            })
            if draft != nil { app.show(UIText.draftBroughtBack.text(app.language)) }
        case .edit:
            guard let card else { return perform(.add, app: app) }
            let draft = app.drafts.take(.editCard(card.id))
            app.present(CardEntryOverlay(mode: .edit(card), restoring: draft) { _ in })
            if draft != nil { app.show(UIText.draftBroughtBack.text(app.language)) }
        case .delete:
            guard let card else { return }
            app.execute(.board(.removeCard(id: card.id)), success: UIText.cardRemoved.format(app.language, Self.excerpt(card)))
        case .moveUp, .moveDown:
            guard let card else { return }
            if app.execute(.board(.reorderCard(id: card.id, offset: action == .moveUp ? -1 : 1))) != nil {
                let moved = self.content(app)?.columns[column].entries.firstIndex { $0.card.id == card.id }
                selected[heading.id] = moved ?? selected[heading.id]
            }
        case .moveLeft, .moveRight:
            let target = column + (action == .moveLeft ? -1 : 1)
            guard let card, columns.indices.contains(target) else { return }
            if app.execute(.board(.moveCard(id: card.id, toHeadingID: columns[target].heading.id))) != nil {
                column = target
                selected[columns[target].heading.id] = columns[target].entries.count
            }
        case .relocate:
            guard let card else { return }
            app.present(BoardPickers.headingPicker(app, excluding: heading.id) { headingID, app in
                app.execute(.board(.moveCard(id: card.id, toHeadingID: headingID)), success: UIText.cardMoved.text(app.language))
            })
        case .group:
            guard let card else { return }
            group(card, entries: columns[column].entries, app: app)
        case .formCluster:
            guard let card else { return }
            formCluster(card, entries: columns[column].entries, app: app)
        case .link:
            guard let card else { return }
            app.present(BoardPickers.cardPicker(app, title: UIText.linkPickerTitle.text(app.language), excluding: card.id) { target, app in
                let other = app.workshop.cards.first { $0.id == target }.map(Self.excerpt) ?? ""
                let message = card.links.contains(target) ? UIText.linkRemoved : UIText.linkAdded
                app.execute(.board(.toggleLink(from: card.id, to: target)), success: message.format(app.language, other))
            })
        case .addHeading:
            app.present(HeadingForm.make(app, boardID: boardID, heading: nil))
        case .renameHeading:
            app.present(HeadingForm.make(app, boardID: boardID, heading: heading))
        case .removeHeading:
            app.present(ConfirmOverlay(question: UIText.removeHeadingQuestion.format(app.language, heading.title, count)) { app in
                app.execute(.board(.removeHeading(id: heading.id)), success: UIText.removed.format(app.language, heading.title))
            })
        case .moveHeadingLeft, .moveHeadingRight:
            let offset = action == .moveHeadingLeft ? -1 : 1
            if app.execute(.board(.moveHeading(id: heading.id, offset: offset))) != nil {
                column = min(max(column + offset, 0), columns.count - 1)
            }
        case .togglePrepared:
            guard let card else { return }
            app.execute(.board(.setPrepared(id: card.id, isPrepared: !card.isPrepared)),
                        success: (card.isPrepared ? UIText.cardFromRoom : UIText.cardPrepared).text(app.language))
        case .nextBoard, .previousBoard:
            switchBoard(by: action == .nextBoard ? 1 : -1, app: app)
        case .present:
            app.push(PlenaryScreen(boardID: boardID))
        case .boards:
            app.pop()
        case .aggregate:
            app.push(AggregateScreen())
        case .profileFromCard:
            guard let card else { return }
            app.present(ProfilePickers.template(app) { template, app in
                if let refusal = ProfilePickers.create(app, .addProfile(templateID: template.id, title: "", source: .card(card.id))) {
                    app.show(refusal, kind: .error)
                }
            })
        default:
            break
        }
    }

    /// `c`: a member leaves its cluster; a round card takes the free card below it in; any other
    /// card goes into a cluster chosen from the heading's round cards (the nearest one above
    /// is preselected: `c` Enter). A heading without round cards makes the cluster at once (`C`).
    private func group(_ card: Card, entries: [BoardContent.Entry], app: App) {
        if card.clusterID != nil {
            app.execute(.board(.setCluster(cardID: card.id, clusterID: nil)), success: UIText.cardReleased.text(app.language))
            return
        }
        let roundCards = entries.map(\.card).filter(\.isCluster)
        guard !card.isCluster, !roundCards.isEmpty, let index = entries.firstIndex(where: { $0.card.id == card.id }) else {
            return formCluster(card, entries: entries, app: app)
        }
        let above = entries[..<index].last { $0.card.isCluster }?.card
        let items = roundCards.map { PickerOverlay.Item(id: $0.id, label: "◉ " + $0.text.replacingOccurrences(of: "\n", with: " ")) }
        app.present(PickerOverlay(title: UIText.clusterPickerTitle.text(app.language), items: items,
                                  emptyText: UIText.searchNothing.text(app.language),
                                  selected: roundCards.firstIndex { $0.id == above?.id } ?? 0) { clusterID, app in
            let head = app.workshop.cards.first { $0.id == clusterID }.map(Self.excerpt) ?? ""
            app.execute(.board(.setCluster(cardID: card.id, clusterID: clusterID)),
                        success: UIText.cardGrouped.format(app.language, head))
        })
    }

    /// `C`: the selected card becomes the round card and the card below joins it, in one step
    /// (`u` takes back both). On a cluster (its round card or a member), the next free card
    /// below the cluster joins it, so `C C C` gathers a run of cards.
    private func formCluster(_ card: Card, entries: [BoardContent.Entry], app: App) {
        guard let index = entries.firstIndex(where: { $0.card.id == card.id }) else { return }
        let language = app.language
        // The first card below the selected one and the cluster it is in, if it is free.
        let next = entries[(index + 1)...].first { $0.depth == 0 }?.card
        let free = next.flatMap { $0.isCluster ? nil : $0 }
        let head = card.isCluster ? card : card.clusterID.flatMap { id in entries.first { $0.card.id == id }?.card }
        guard let free else { return app.show(UIText.noFreeCardBelow.format(language, Self.excerpt(head ?? card)), kind: .error) }
        if let head {
            app.execute(.board(.setCluster(cardID: free.id, clusterID: head.id)),
                        success: UIText.cardGrouped.format(language, Self.excerpt(head)))
        } else {
            app.execute(.board(.formCluster(cardID: card.id, memberID: free.id)),
                        success: UIText.clusterFormed.format(language, Self.excerpt(card), Self.excerpt(free)))
        }
    }

    /// A card's text for a message: its first line, cut to 40 characters.
    private static func excerpt(_ card: Card) -> String {
        let line = card.text.split(separator: "\n").first.map(String.init) ?? ""
        return line.count > 40 ? String(line.prefix(39)).trimmingCharacters(in: .whitespaces) + "…" : line
    }

    private func switchBoard(by offset: Int, app: App) {
        let boards = app.workshop.boards
        guard let index = boards.firstIndex(where: { $0.id == boardID }), boards.count > 1 else { return }
        boardID = boards[(index + offset + boards.count) % boards.count].id
        column = 0
        firstColumn = 0
    }

    // MARK: Rendering

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let language = app.language
        guard let content = content(app) else {
            canvas.draw(" " + UIText.boardGone.text(language), x: area.x, y: area.y + 1, style: .error, maxWidth: area.width)
            return
        }
        renderHeader(content, into: &canvas, area: area, app: app)
        var body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        if let entry = app.overlay as? CardEntryOverlay { body.height -= entry.height(width: area.width) }
        let columns = content.columns
        guard !columns.isEmpty else {
            canvas.draw(" " + UIText.boardNoHeadings.text(language), x: body.x, y: body.y + 1, style: .secondary)
            return
        }
        column = min(column, columns.count - 1)
        let visibleCount = max(1, min(columns.count, body.width / Self.minimumColumnWidth))
        if column < firstColumn { firstColumn = column }
        if column >= firstColumn + visibleCount { firstColumn = column - visibleCount + 1 }
        firstColumn = min(firstColumn, max(columns.count - visibleCount, 0))
        let rects = body.columns(visibleCount, gap: 1)
        let moreRight = firstColumn + visibleCount < columns.count
        for (offset, rect) in rects.enumerated() {
            let index = firstColumn + offset
            renderColumn(columns[index], focused: index == column, into: &canvas, rect: rect,
                         reservesLastCell: moreRight && offset == rects.count - 1, app: app)
        }
        if firstColumn > 0 { canvas.draw("◀", x: body.x, y: body.y, style: .frameFocused) }
        if moreRight { canvas.draw("▶", x: body.maxX - 1, y: body.y, style: .frameFocused) }
    }

    private func renderHeader(_ content: BoardContent, into canvas: inout Canvas, area: Rect, app: App) {
        let language = app.language
        let board = content.board
        let title = board.kind.label(language) + ": " + board.title
        let moderator = app.workshop.moderators.first { $0.id == board.moderatorID }
            .map { " · " + UIText.moderators.text(language) + ": " + $0.name } ?? ""
        let count = " · " + UIText.cardCount.format(language, content.cardCount)
        // The count always shows; the moderator only when there is room, then the title is cut.
        let room = area.width - 2 - DisplayWidth.of(count)
        let head = DisplayWidth.of(title + moderator) <= room ? title + moderator : title.truncated(toWidth: room)
        let legend = UIText.cardLegend.text(language)
        canvas.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: .normal)
        let used = canvas.draw(" " + (head + count).truncated(toWidth: area.width - 2),
                               x: area.x, y: area.y, style: .heading)
        if area.width - used > DisplayWidth.of(legend) + 3 {
            canvas.draw(legend, x: area.maxX - DisplayWidth.of(legend) - 1, y: area.y, style: .secondary)
        }
    }

    private func renderColumn(_ column: BoardContent.Column, focused: Bool, into canvas: inout Canvas, rect: Rect,
                              reservesLastCell: Bool, app: App) {
        let heading = column.heading
        let entries = column.entries
        // A long title is cut, never the count (nor "▶" at the right edge); ✎: a draft waits for `n`/`r`.
        let waiting = [false, true].contains { app.drafts.contains(.newCard(heading: heading.id, roundCard: $0)) }
        let count = " (\(entries.count))" + (waiting ? " ✎" : "")
        let room = rect.width - 1 - DisplayWidth.of(count) - (reservesLastCell ? 2 : 0)
        let title = " " + heading.title.truncated(toWidth: room) + count
        canvas.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: focused ? .selection : .heading)
        canvas.draw(title, x: rect.x, y: rect.y, style: focused ? .selection : .heading, maxWidth: rect.width)
        canvas.draw(String(repeating: "─", count: rect.width), x: rect.x, y: rect.y + 1, style: focused ? .frameFocused : .frame)
        let cardsRect = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2)
        if focused { cardRows = cardsRect.height }
        if focused, followNewCard {
            selected[heading.id] = max(entries.count - 1, 0)
            followNewCard = false
        }
        let selectedIndex = min(selected[heading.id, default: 0], max(entries.count - 1, 0))
        selected[heading.id] = selectedIndex
        let width = rect.width - 1
        let language = app.language
        func height(_ index: Int) -> Int { CardLines(entries[index], width: width, language: language).height }
        // Scroll so the selected card is visible; only cards near the window are measured.
        var top = min(scroll[heading.id, default: 0], selectedIndex)
        if selectedIndex < entries.count {
            var used = 0
            var index = selectedIndex
            while index >= top {
                used += height(index)
                if used > cardsRect.height { top = index + 1; break }
                index -= 1
            }
            top = min(top, selectedIndex)
        }
        scroll[heading.id] = top
        var y = cardsRect.y
        var index = top
        while index < entries.count, y < cardsRect.maxY {
            let isSelected = focused && index == selectedIndex
            for line in CardLines(entries[index], width: width, language: language).lines where y < cardsRect.maxY {
                let style = isSelected ? Style.selection : line.style
                if isSelected { canvas.fill(Rect(x: rect.x, y: y, width: width, height: 1), style: style) }
                canvas.draw(line.text, x: rect.x, y: y, style: style, maxWidth: width)
                y += 1
            }
            index += 1
        }
        if entries.isEmpty {
            for (offset, line) in TextWrapper.wrap(UIText.columnEmpty.text(language), width: width - 1).enumerated()
            where offset < cardsRect.height {
                canvas.draw(line, x: rect.x + 1, y: cardsRect.y + offset, style: .secondary, maxWidth: width - 1)
            }
        }
        // Cards above and below the window, on the rule under the header (not over a card).
        let more = [top > 0 ? "▲\(top)" : nil, index < entries.count ? "▼\(entries.count - index)" : nil]
            .compactMap { $0 }.joined(separator: " ")
        if !more.isEmpty {
            canvas.draw(" " + more + " ", x: rect.maxX - 3 - DisplayWidth.of(more), y: rect.y + 1, style: .frameFocused)
        }
    }
}
