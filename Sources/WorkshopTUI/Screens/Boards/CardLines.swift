import WorkshopModel

/// How a card looks on a board: a marker (• written in the room, ◇ prepared, ◉ round card),
/// the wrapped text with a hanging indent, and a line with author, tags and links.
struct CardLines {
    struct Line {
        var text: String
        var style: Style
    }

    let lines: [Line]

    init(_ entry: BoardContent.Entry, width: Int, language: Language, showsMeta: Bool = true) {
        let card = entry.card
        let indent = String(repeating: " ", count: entry.depth * 2)
        let marker = card.isCluster ? "◉ " : card.isPrepared ? "◇ " : "• "
        let style: Style = card.isCluster ? .cluster : card.isPrepared ? .prepared : .normal
        let textWidth = max(width - indent.count - 2, 4)
        var lines: [Line] = []
        for (index, line) in TextWrapper.wrap(card.text, width: textWidth).enumerated() {
            lines.append(Line(text: indent + (index == 0 ? marker : "  ") + line, style: style))
        }
        if showsMeta {
            var meta: [String] = []
            if let author = card.author { meta.append("— " + author) }
            meta += card.tags.map { "#" + $0 }
            if !card.links.isEmpty { meta.append("→ \(card.links.count)") }
            if !meta.isEmpty {
                for line in TextWrapper.wrap(meta.joined(separator: " "), width: textWidth) {
                    lines.append(Line(text: indent + "  " + line, style: .secondary))
                }
            }
        }
        self.lines = lines
    }

    var height: Int { lines.count }
}
