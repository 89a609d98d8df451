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
        let language = app.language
        var lines: [CardLines.Line] = [CardLines.Line(text: UIText.aggregateTitle.text(language), style: .heading), .init(text: "", style: .normal)]
        for group in CardAggregation(app.workshop).groups {
            lines.append(CardLines.Line(text: "#\(group.tag) (\(group.cardCount))", style: .cluster))
            for entry in group.entries {
                let card = BoardContent.Entry(card: entry.card, depth: 0)
                for line in CardLines(card, width: width - 2, language: language, showsMeta: false).lines {
                    lines.append(CardLines.Line(text: "  " + line.text, style: line.style))
                }
                for target in entry.targets {
                    let text = "→ " + target.card.text.replacingOccurrences(of: "\n", with: " ") + "  (\(target.boardTitle))"
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
