import WorkshopModel

/// Cards across all boards by tag, in the shape of the report's Table 1: for each tag
/// (e.g. a change process) every card, and under it the cards it links to (the visions
/// that answer a challenge).
final class AggregateScreen: Screen {
    private var scroll = 0
    private var visibleRows = 10
    private var cache: (sequence: Int64, width: Int, lines: [CardLines.Line])?

    func title(_ language: Language) -> String { UIText.aggregateTitle.text(language) }

    let keymap = Keymap([
        KeyBinding([.down, .character("j")], .down, .keyScrollDown),
        KeyBinding([.up, .character("k")], .up, .keyScrollUp),
        KeyBinding([.pageDown, .character(" ")], .pageDown, .keyPageDown),
        KeyBinding([.pageUp], .pageUp, .keyPageUp),
        KeyBinding([.home, .character("g")], .top, .keyTop),
    ])

    func perform(_ action: Action, app: App) {
        switch action {
        case .down: scroll += 1
        case .up: scroll -= 1
        case .pageDown: scroll += max(visibleRows - 1, 1)
        case .pageUp: scroll -= max(visibleRows - 1, 1)
        case .top: scroll = 0
        default: break
        }
        scroll = max(scroll, 0)
    }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let lines = self.lines(app, width: area.width - 2)
        visibleRows = area.height
        scroll = min(scroll, max(lines.count - area.height, 0))
        for (offset, line) in lines.dropFirst(scroll).prefix(area.height).enumerated() {
            canvas.draw(line.text, x: area.x + 1, y: area.y + offset, style: line.style, maxWidth: area.width - 2)
        }
        if scroll + area.height < lines.count { canvas.draw("▼", x: area.maxX - 1, y: area.maxY - 1, style: .frameFocused) }
        if scroll > 0 { canvas.draw("▲", x: area.maxX - 1, y: area.y, style: .frameFocused) }
    }

    private func lines(_ app: App, width: Int) -> [CardLines.Line] {
        let sequence = app.store.state.lastSequence
        if let cache, cache.sequence == sequence, cache.width == width { return cache.lines }
        let workshop = app.workshop
        let language = app.language
        let cardsByID = Dictionary(workshop.cards.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let boards = Dictionary(workshop.boards.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        var tags: [String] = []
        for card in workshop.cards { for tag in card.tags where !tags.contains(tag) { tags.append(tag) } }
        var lines: [CardLines.Line] = [CardLines.Line(text: UIText.aggregateTitle.text(language), style: .heading), .init(text: "", style: .normal)]
        for tag in tags {
            let tagged = workshop.cards.filter { $0.tags.contains(tag) }
            lines.append(CardLines.Line(text: "#\(tag) (\(tagged.count))", style: .cluster))
            // Cards that others link to are shown under those, not again on their own.
            let linkedTo = Set(tagged.flatMap(\.links))
            for card in tagged where !linkedTo.contains(card.id) || !card.links.isEmpty {
                let entry = BoardContent.Entry(card: card, depth: 0)
                for line in CardLines(entry, width: width - 2, language: language, showsMeta: false).lines {
                    lines.append(CardLines.Line(text: "  " + line.text, style: line.style))
                }
                for target in card.links.compactMap({ cardsByID[$0] }) {
                    let text = "→ " + target.text.replacingOccurrences(of: "\n", with: " ")
                        + "  (\(boards[target.boardID] ?? ""))"
                    for (index, line) in TextWrapper.wrap(text, width: width - 8).enumerated() {
                        lines.append(CardLines.Line(text: (index == 0 ? "      " : "        ") + line, style: .secondary))
                    }
                }
            }
            lines.append(CardLines.Line(text: "", style: .normal))
        }
        cache = (sequence, width, lines)
        return lines
    }
}
