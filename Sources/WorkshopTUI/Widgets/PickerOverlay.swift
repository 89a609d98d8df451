import WorkshopModel

/// A list to choose from, filtered as you type: used to search cards, to pick the heading
/// a card moves to, and the card it links to. ↑/↓ choose, Enter takes, Esc cancels.
final class PickerOverlay: Overlay {
    struct Item {
        let id: EntityID
        let label: String
        /// Lower-cased, accent-free text the filter looks in.
        let searchText: String

        init(id: EntityID, label: String) {
            self.id = id
            self.label = label
            searchText = label.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
    }

    private let title: String
    private let items: [Item]
    private let emptyText: String
    private let onPick: (EntityID, App) -> Void
    private var query = TextInput()
    private var matches: [Int]
    private var selection = ListSelection()
    private var visibleRows = 10
    /// The most matches listed; the count says how many there are.
    private static let listLimit = 500

    /// `selected`: the item chosen at first (Enter takes it at once).
    init(title: String, items: [Item], emptyText: String, selected: Int = 0, onPick: @escaping (EntityID, App) -> Void) {
        self.title = title
        self.items = items
        self.emptyText = emptyText
        self.onPick = onPick
        matches = Array(items.indices.prefix(Self.listLimit))
        selection.select(selected, count: matches.count, visible: visibleRows)
    }

    var hasDraft: Bool { false }

    func handle(_ key: Key, app: App) -> Bool {
        switch key {
        case .escape:
            return true
        case .enter:
            guard matches.indices.contains(selection.index) else { return false }
            onPick(items[matches[selection.index]].id, app)
            return true
        case .up, .down, .pageUp, .pageDown:
            let action: Action = key == .up ? .up : key == .down ? .down : key == .pageUp ? .pageUp : .pageDown
            _ = selection.handle(action, count: matches.count, visible: visibleRows)
            return false
        default:
            let outcome = query.handle(key)
            outcome.report(to: app)
            if outcome.isEdit { refilter() }
            return false
        }
    }

    private func refilter() {
        let words = query.text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(separator: " ").map(String.init)
        matches = []
        for (index, item) in items.enumerated() where words.allSatisfy({ item.searchText.contains($0) }) {
            matches.append(index)
            if matches.count == Self.listLimit { break }
        }
        selection.select(0, count: matches.count, visible: visibleRows)
    }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let box = area.centered(width: min(area.width - 2, 110), height: area.height - 2)
        canvas.fill(box, style: .normal)
        canvas.drawFrame(box, title: title + " (\(matches.count))", style: .frameFocused)
        let inner = box.inset(by: 1)
        canvas.draw("/", x: inner.x + 1, y: inner.y, style: .heading)
        let list = ListPane(title: "", count: matches.count, isFocused: true, emptyText: emptyText)
        // The list shares the box's edges: one frame, with a rule under the query line.
        let listRect = Rect(x: box.x, y: inner.y + 1, width: box.width, height: box.maxY - inner.y - 1)
        visibleRows = ListPane.visibleRows(in: listRect)
        selection.clamp(count: matches.count, visible: visibleRows)
        list.render(into: &canvas, rect: listRect, selection: selection) { index, canvas, row, style in
            canvas.draw(" " + self.items[self.matches[index]].label.truncated(toWidth: row.width - 2), x: row.x, y: row.y, style: style)
        }
        canvas.draw("├" + String(repeating: "─", count: max(box.width - 2, 0)) + "┤", x: box.x, y: listRect.y, style: .frameFocused)
        query.render(into: &canvas, rect: Rect(x: inner.x + 3, y: inner.y, width: inner.width - 4, height: 1))
    }
}
