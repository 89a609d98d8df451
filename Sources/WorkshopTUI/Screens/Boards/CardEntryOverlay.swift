import WorkshopModel

/// Live card entry, docked at the bottom of a board so the board stays visible: type the
/// text, Enter saves and clears for the next card (type, Enter, type, Enter); Tab reaches
/// "by" and tags (tags stay for the next card); Alt-Enter breaks a line; Esc ends.
/// Editing an existing card uses the same panel and closes on Enter.
///
/// Another moderator may change or remove the card while it is open here. Saving then does
/// not overwrite that change: the panel keeps the text typed here, says what the card reads
/// now, and takes the current card as its new base, so a second Enter overwrites on purpose
/// and Esc discards. A card removed meanwhile can be added again as a new card with Enter.
final class CardEntryOverlay: Overlay {
    enum Mode {
        case new(headingID: EntityID, isCluster: Bool)
        /// Editing a card; the card is the version the editor started from.
        case edit(Card)
        /// The card being edited was removed at another seat: Enter adds the text as a new
        /// card under the card's heading and closes.
        case recreate(Card)
    }

    /// Rows the panel takes at the bottom of the body without a message.
    static let height = 7
    /// Most rows a message in the panel may wrap to.
    static let maximumMessageRows = 3

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
            text = TextInput(multiline: true, limit: TextFieldKind.cardText.limit)
            author = TextInput(limit: TextFieldKind.cardAuthor.limit)
            tags = TextInput(stickyTags)
        case let .edit(card), let .recreate(card):
            text = TextInput(card.text, multiline: true, limit: TextFieldKind.cardText.limit)
            author = TextInput(card.author ?? "", limit: TextFieldKind.cardAuthor.limit)
            tags = TextInput(card.tags.joined(separator: ", "))
        }
    }

    /// Rows the panel takes at the bottom of a body `width` columns wide: one more for every
    /// further line of a long message (a conflict explains itself in a few lines).
    func height(width: Int) -> Int {
        Self.height + max(messageLines(width: width).count - 1, 0)
    }

    private func messageLines(width: Int) -> [String] {
        guard let error else { return [] }
        return Array(TextWrapper.wrap(error, width: max(width - 4, 10)).prefix(Self.maximumMessageRows))
    }

    /// The tags typed, for the next entry panel.
    var currentTags: String { tags.text }

    var hasDraft: Bool {
        switch mode {
        case .new, .recreate: !text.text.isEmpty
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
        outcome.report(to: app)
        guard outcome == .submit else { return false }
        return save(app)
    }

    /// A card being typed is saved (an edit only if nobody changed the card meanwhile).
    func saveDraftBeforeExit(app: App) {
        _ = save(app)
    }

    private func save(_ app: App) -> Bool {
        let command: BoardCommand
        switch mode {
        case let .new(headingID, isCluster):
            command = .addCard(headingID: headingID, text: text.text, author: author.text, tags: tags.text,
                               isPrepared: false, isCluster: isCluster)
        case let .edit(card):
            command = .editCard(id: card.id, text: text.text, author: author.text, tags: tags.text, basedOn: card)
        case let .recreate(card):
            command = .addCard(headingID: card.headingID, text: text.text, author: author.text, tags: tags.text,
                               isPrepared: card.isPrepared, isCluster: card.isCluster)
        }
        error = app.tryExecute(.board(command), success: UIText.cardSaved.text(app.language))
        if error != nil {
            noticeConflict(app)
            return false
        }
        onSaved(app)
        if case .edit = mode { return true }
        if case .recreate = mode { return true }
        // After a round card, the next cards are ordinary cards again.
        if case let .new(headingID, true) = mode { mode = .new(headingID: headingID, isCluster: false) }
        text.set("")
        author.set("")
        focus = 0
        return false
    }

    /// After a refused edit: when the card was changed at another seat since the panel opened,
    /// say how it reads now and take it as the new base (the next Enter overwrites it on
    /// purpose); when it was removed, offer to add the text as a new card. The typed text stays.
    private func noticeConflict(_ app: App) {
        guard case let .edit(base) = mode else { return }
        let language = app.language
        guard let current = app.workshop.cards.first(where: { $0.id == base.id }) else {
            mode = .recreate(base)
            error = UIText.cardRemovedMeanwhile.text(language)
            return
        }
        guard !current.hasSameWording(as: base) else { return }
        mode = .edit(current)
        error = CommandError.editConflict(.card, current: current.conflictSummary).message(in: language)
            + " " + UIText.conflictSaveAnyway.text(language)
    }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let language = app.language
        let height = min(height(width: area.width), area.height)
        let panel = Rect(x: area.x, y: area.maxY - height, width: area.width, height: height)
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
        if error == nil {
            canvas.draw(UIText.cardEntryHint.text(language).truncated(toWidth: inner.width - 2), x: inner.x + 1, y: inner.y + 4,
                        style: .secondary)
        }
        for (index, line) in messageLines(width: area.width).enumerated() where inner.y + 4 + index < inner.maxY {
            canvas.draw(line.truncated(toWidth: inner.width - 2), x: inner.x + 1, y: inner.y + 4 + index, style: .error)
        }
        canvas.cursor = cursor
    }

    private func title(_ app: App) -> String {
        let workshop = app.workshop
        switch mode {
        case let .new(headingID, isCluster):
            let heading = workshop.headings.first { $0.id == headingID }?.title ?? ""
            return (isCluster ? UIText.cardEntryNewCluster : UIText.cardEntryNew).format(app.language, heading)
        case let .recreate(card):
            let heading = workshop.headings.first { $0.id == card.headingID }?.title ?? ""
            return (card.isCluster ? UIText.cardEntryNewCluster : UIText.cardEntryNew).format(app.language, heading)
        case .edit:
            return UIText.cardEntryEdit.text(app.language)
        }
    }
}
