import Foundation
import WorkshopModel

/// Live card entry, docked at the bottom of a board so the board stays visible: type the
/// text, Enter saves and clears for the next card (type, Enter, type, Enter); Tab reaches
/// "by" and tags; Alt-Enter breaks a line. Editing an existing card uses the same panel and
/// closes on Enter. A fresh card starts without tags.
///
/// Esc never throws text away: it saves and closes. What cannot be saved (too long, changed
/// at another seat, a disk error) stays open with the reason; Esc while the reason shows puts
/// the text aside on the ``DraftShelf``, and the key that opened the panel (`n`/`r` on the
/// heading, `e` on the card) brings it back.
///
/// Another moderator may change or remove the card while it is open here. Saving then does
/// not overwrite that change: the panel keeps the text typed here, says what the card reads
/// now, and takes the current card as its new base, so a second Enter overwrites on purpose
/// and Esc puts the text aside. A card removed meanwhile can be added again as a new card
/// with Enter.
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
    static let maximumMessageRows = 4

    private var mode: Mode
    private var text: TextInput
    private var author: TextInput
    private var tags: TextInput
    /// The field with the cursor: 0 text, 1 "by", 2 tags.
    private(set) var focus = 0
    private var error: String?
    private var inputWidth = 60
    private let onSaved: (App) -> Void

    /// A panel for `mode`; `draft` (taken from the ``DraftShelf``) fills it with text typed before.
    init(mode: Mode, restoring draft: Draft? = nil, onSaved: @escaping (App) -> Void) {
        self.mode = mode
        self.onSaved = onSaved
        var texts = ["", "", ""]
        switch mode {
        case .new: break
        case let .edit(card), let .recreate(card): texts = Self.texts(of: card)
        }
        if let draft, draft.texts.count == 3 {
            texts = draft.texts
            // The draft remembers the card as it read when typing began: saving it still
            // notices a change made at another seat since.
            if case let .edit(card) = mode, draft.base.count == 3 { self.mode = .edit(Self.card(card, reading: draft.base)) }
        }
        text = TextInput(texts[0], multiline: true, limit: TextFieldKind.cardText.limit)
        author = TextInput(texts[1], limit: TextFieldKind.cardAuthor.limit)
        tags = TextInput(texts[2])
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

    var hasDraft: Bool {
        switch mode {
        case .new, .recreate: currentDraft.texts.contains { !$0.isEmpty }
        case let .edit(card): currentDraft.texts != Self.texts(of: card)
        }
    }

    var openDraft: OpenDraft? { hasDraft ? OpenDraft(key: draftKey, draft: currentDraft) : nil }

    /// Where the text belongs: the same key opens the panel with it again.
    private var draftKey: DraftKey {
        switch mode {
        case let .new(headingID, isCluster): .newCard(heading: headingID, roundCard: isCluster)
        case let .edit(card): .editCard(card.id)
        case let .recreate(card): .newCard(heading: card.headingID, roundCard: card.isCluster)
        }
    }

    /// The board key that brings a draft of this panel back.
    private var reopeningKey: String {
        switch mode {
        case let .new(_, isCluster): isCluster ? "r" : "n"
        case .edit: "e"
        case let .recreate(card): card.isCluster ? "r" : "n"
        }
    }

    private var currentDraft: Draft {
        var base: [String] = []
        if case let .edit(card) = mode { base = Self.texts(of: card) }
        return Draft(texts: [text.text, author.text, tags.text], base: base)
    }

    /// Text, author and tags as the panel shows them.
    private static func texts(of card: Card) -> [String] {
        [card.text, card.author ?? "", card.tags.joined(separator: ", ")]
    }

    /// `card` with the text, author and tags of `texts` (the inverse of ``texts(of:)``: tags
    /// are joined by ", " and never contain a comma).
    private static func card(_ card: Card, reading texts: [String]) -> Card {
        var card = card
        card.text = texts[0]
        card.author = texts[1].isEmpty ? nil : texts[1]
        card.tags = texts[2].isEmpty ? [] : texts[2].components(separatedBy: ", ")
        return card
    }

    /// What the keys do now, as the hint line says it.
    var hint: EditorHint {
        let enter: EditorPromise = if case .new = mode { .saveAndNext } else { .saveAndClose }
        var promises: [(key: Key, promise: EditorPromise)] = [(.enter, enter), (.escape, .saveAndClose), (.tab, .nextField)]
        if focus == 0 { promises.append((.newline, .newLine)) }
        return EditorHint(promises: promises)
    }

    func handle(_ key: Key, app: App) -> Bool {
        switch key {
        case .escape:
            return escape(app)
        case .tab:
            focus = (focus + 1) % 3
            return false
        case .backTab:
            focus = (focus + 2) % 3
            return false
        default:
            break
        }
        let before = currentDraft.texts
        let outcome: TextInput.Outcome
        switch focus {
        case 0: outcome = text.handle(key, width: inputWidth)
        case 1: outcome = author.handle(key)
        default: outcome = tags.handle(key)
        }
        // A reason shown belongs to the text it refused: typing on makes it go.
        if currentDraft.texts != before { error = nil }
        outcome.report(to: app)
        guard outcome == .submit else { return false }
        switch mode {
        case .new:
            guard save(app, success: .cardSaved) else { return false }
            // After a round card, the next cards are ordinary cards again.
            if case let .new(headingID, true) = mode { mode = .new(headingID: headingID, isCluster: false) }
            // The next card starts empty: no author, no tags carried over.
            text.set("")
            author.set("")
            tags.set("")
            focus = 0
            return false
        case .edit:
            return save(app, success: .cardChangedUndo)
        case .recreate:
            return save(app, success: .cardSavedUndo)
        }
    }

    /// Esc saves and closes; nothing typed: just closes. While a refusal shows, the text is put
    /// aside as a draft instead.
    private func escape(_ app: App) -> Bool {
        guard hasDraft else {
            app.drafts.discard(draftKey)
            return true
        }
        if error != nil {
            app.drafts.keep(draftKey, currentDraft)
            app.show(UIText.draftKept.format(app.language, reopeningKey))
            return true
        }
        if case .edit = mode { return save(app, success: .cardChangedUndo) }
        return save(app, success: .cardSavedUndo)
    }

    /// A card being typed is saved (an edit only if nobody changed the card meanwhile).
    func saveDraftBeforeExit(app: App) {
        _ = save(app, success: .cardSaved)
    }

    /// Saves the card; on refusal keeps the text, shows the reason and what Esc does, and
    /// returns false.
    private func save(_ app: App, success: UIText) -> Bool {
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
        error = app.tryExecute(.board(command), success: success.text(app.language))
        guard error == nil else {
            noticeConflict(app)
            if hasDraft { error = (error ?? "") + " " + UIText.draftEscapeKeeps.format(app.language, reopeningKey) }
            return false
        }
        app.drafts.discard(draftKey)
        onSaved(app)
        return true
    }

    /// After a refused edit: when the card was changed at another seat since the panel opened,
    /// say how it reads now and take it as the new base (the next Enter overwrites it on
    /// purpose); when it was removed, offer to add the text as a new card. The typed text stays.
    private func noticeConflict(_ app: App) {
        guard case let .edit(base) = mode else { return }
        let language = app.language
        guard let current = app.workshop.cards.first(where: { $0.id == base.id }) else {
            app.drafts.discard(draftKey)
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
            canvas.draw(hint.text(language, width: inner.width - 2), x: inner.x + 1, y: inner.y + 4, style: .secondary)
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
