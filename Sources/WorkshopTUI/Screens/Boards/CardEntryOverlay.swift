import WorkshopModel

/// Live card entry, docked at the bottom of a board so the board stays visible: type the
/// text, Enter saves and clears for the next card (type, Enter, type, Enter); Tab reaches
/// "by" and tags (tags stay for the next card); Alt-Enter breaks a line; Esc ends.
/// Editing an existing card uses the same panel and closes on Enter.
final class CardEntryOverlay: Overlay {
    enum Mode {
        case new(headingID: EntityID, isCluster: Bool)
        case edit(Card)
    }

    /// Rows the panel takes at the bottom of the body.
    static let height = 7

    private var mode: Mode
    private var text: TextInput
    private var author: TextInput
    private var tags: TextInput
    private var focus = 0
    private var error: String?
    private var inputWidth = 60
    private let onSaved: (App) -> Void

    init(mode: Mode, stickyTags: String = "", onSaved: @escaping (App) -> Void) {
        self.mode = mode
        self.onSaved = onSaved
        switch mode {
        case .new:
            text = TextInput(multiline: true)
            author = TextInput()
            tags = TextInput(stickyTags)
        case let .edit(card):
            text = TextInput(card.text, multiline: true)
            author = TextInput(card.author ?? "")
            tags = TextInput(card.tags.joined(separator: ", "))
        }
    }

    /// The tags typed, for the next entry panel.
    var currentTags: String { tags.text }

    var hasDraft: Bool {
        switch mode {
        case .new: !text.text.isEmpty
        case let .edit(card): text.text != card.text || author.text != (card.author ?? "")
            || tags.text != card.tags.joined(separator: ", ")
        }
    }

    func handle(_ key: Key, app: App) -> Bool {
        switch key {
        case .escape:
            if hasDraft { app.show(UIText.cancelled.text(app.language)) }
            return true
        case .tab:
            focus = (focus + 1) % 3
            return false
        case .backTab:
            focus = (focus + 2) % 3
            return false
        default:
            break
        }
        let outcome: TextInput.Outcome
        switch focus {
        case 0: outcome = text.handle(key, width: inputWidth)
        case 1: outcome = author.handle(key)
        default: outcome = tags.handle(key)
        }
        guard outcome == .submit else { return false }
        return save(app)
    }

    private func save(_ app: App) -> Bool {
        let command: BoardCommand
        switch mode {
        case let .new(headingID, isCluster):
            command = .addCard(headingID: headingID, text: text.text, author: author.text, tags: tags.text,
                               isPrepared: false, isCluster: isCluster)
        case let .edit(card):
            command = .editCard(id: card.id, text: text.text, author: author.text, tags: tags.text)
        }
        error = app.tryExecute(.board(command), success: UIText.cardSaved.text(app.language))
        guard error == nil else { return false }
        onSaved(app)
        if case .edit = mode { return true }
        // After a round card, the next cards are ordinary cards again.
        if case let .new(headingID, true) = mode { mode = .new(headingID: headingID, isCluster: false) }
        text.set("")
        author.set("")
        focus = 0
        return false
    }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let language = app.language
        let panel = Rect(x: area.x, y: area.maxY - Self.height, width: area.width, height: Self.height)
        canvas.fill(panel, style: .normal)
        canvas.drawFrame(panel, title: title(app), style: .frameFocused)
        let inner = panel.inset(by: 1)
        inputWidth = inner.width - 2
        text.render(into: &canvas, rect: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: 3),
                    style: focus == 0 ? .input : .selectionInactive)
        var cursor = focus == 0 ? canvas.cursor : nil
        let halves = Rect(x: inner.x + 1, y: inner.y + 3, width: inner.width - 2, height: 1).columns(2, gap: 2)
        for (index, field) in [(UIText.fieldAuthorShort, author), (UIText.fieldTagsShort, tags)].enumerated() {
            let label = field.0.text(language) + " "
            let labelWidth = canvas.draw(label, x: halves[index].x, y: halves[index].y, style: focus == index + 1 ? .heading : .secondary)
            field.1.render(into: &canvas, rect: Rect(x: halves[index].x + labelWidth, y: halves[index].y,
                                                     width: halves[index].width - labelWidth, height: 1),
                           style: focus == index + 1 ? .input : .selectionInactive)
            if focus == index + 1 { cursor = canvas.cursor }
        }
        let hint = error ?? UIText.cardEntryHint.text(language)
        canvas.draw(hint.truncated(toWidth: inner.width - 2), x: inner.x + 1, y: inner.y + 4, style: error == nil ? .secondary : .error)
        canvas.cursor = cursor
    }

    private func title(_ app: App) -> String {
        let workshop = app.workshop
        switch mode {
        case let .new(headingID, isCluster):
            let heading = workshop.headings.first { $0.id == headingID }?.title ?? ""
            return (isCluster ? UIText.cardEntryNewCluster : UIText.cardEntryNew).format(app.language, heading)
        case .edit:
            return UIText.cardEntryEdit.text(app.language)
        }
    }
}
