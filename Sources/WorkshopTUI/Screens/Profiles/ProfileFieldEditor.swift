import WorkshopModel

/// The editor for one field of a profile, over the whole screen body: a multi-line text with
/// word wrap, where Enter starts a new line (so pasted text keeps its lines), Tab saves and
/// goes on to the next field, Shift-Tab to the previous one, and Esc saves and closes.
/// Until it is saved the status line says "draft".
///
/// Esc never throws text away: what cannot be saved (too long, changed at another seat)
/// stays open with the reason; Esc while the reason shows puts the text aside on the
/// ``DraftShelf``, and Enter on the field brings it back.
final class ProfileFieldEditor: Overlay {
    private let profileID: EntityID
    private let field: ProfileField
    private weak var screen: ProfileScreen?
    private var input: TextInput
    /// The stored text the editor started from (saving checks it is still stored, so a change
    /// made at another seat meanwhile is not overwritten unnoticed).
    private var savedText: String
    /// After an edit conflict: the text stored by the other seat, which Ctrl-O takes over.
    private var theirs: String?
    /// The profile (or the field) was removed at another seat: nothing can be saved any more.
    private var targetGone = false
    private var error: String?
    private var width = 60

    /// Most rows a message below the text may wrap to.
    private static let maximumMessageRows = 4

    /// An editor of the field holding `text`; `draft` (taken from the ``DraftShelf``) brings
    /// back text typed before, with the text it was typed over as the base.
    init(profileID: EntityID, field: ProfileField, text: String, restoring draft: Draft? = nil, screen: ProfileScreen?) {
        self.profileID = profileID
        self.field = field
        self.screen = screen
        input = TextInput(draft?.texts.first ?? text, multiline: field.isMultiline, limit: TextFieldKind.profileField.limit)
        savedText = draft?.base.first ?? text
    }

    var hasDraft: Bool { !targetGone && input.text != savedText }

    var openDraft: OpenDraft? {
        hasDraft ? OpenDraft(key: draftKey, draft: Draft(texts: [input.text], base: [savedText])) : nil
    }

    private var draftKey: DraftKey { .profileField(profile: profileID, field: field.id) }

    /// What the keys do, as the hint line says it.
    var hint: EditorHint {
        EditorHint(promises: field.isMultiline
            ? [(.escape, .saveAndClose), (.tab, .saveAndNextField), (.enter, .newLine)]
            : [(.enter, .saveAndClose), (.escape, .saveAndClose), (.tab, .saveAndNextField)])
    }

    var draftStatus: UIText { field.isMultiline ? .statusDraftEscape : .statusDraft }

    func handle(_ key: Key, app: App) -> Bool {
        if targetGone, [.escape, .tab, .backTab].contains(key) {
            keepAsNoteOnFirstField(app)
            return true
        }
        switch key {
        case .control("o") where theirs != nil:
            // Take the other seat's version; the text typed here is discarded.
            input = TextInput(theirs ?? "", multiline: field.isMultiline, limit: TextFieldKind.profileField.limit)
            theirs = nil
            error = nil
            app.show(UIText.conflictTookTheirs.text(app.language))
            return false
        case .escape:
            guard hasDraft else {
                app.drafts.discard(draftKey)
                return true
            }
            guard error == nil else {
                app.drafts.keep(draftKey, Draft(texts: [input.text], base: [savedText]))
                app.show(UIText.draftKept.format(app.language, Key.enter.label(app.language)))
                return true
            }
            return save(app)
        case .tab, .backTab:
            guard save(app) else { return false }
            if let screen, let next = screen.select(after: field, by: key == .tab ? 1 : -1, app: app) {
                app.present(ProfileFieldEditor.opening(profileID: profileID, field: next, screen: screen, app: app))
            }
            return true
        case .enter where field.isMultiline:
            _ = input.handle(.newline, width: width)
            return false
        default:
            let before = input.text
            let outcome = input.handle(key, width: width)
            outcome.report(to: app)
            // A reason shown belongs to the text it refused: typing on makes it go.
            if input.text != before { error = nil }
            return outcome == .submit ? save(app) : false
        }
    }

    /// The field was removed from the template meanwhile: the text is kept as a note on the
    /// profile's first field, headed by the old field's name (cut to the note limit). When the
    /// whole profile is gone, nothing can be kept.
    private func keepAsNoteOnFirstField(_ app: App) {
        guard let profile = app.workshop.profile(profileID),
              let first = app.workshop.profileTemplate(profile.templateID)?.fields.first,
              !input.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return app.show(UIText.cancelled.text(app.language))
        }
        let limit = TextFieldKind.profileNote.limit
        let note = field.name + ": " + input.text
        app.execute(.profile(.addNote(id: profileID, fieldID: first.id,
                                      text: note.count > limit ? String(note.prefix(limit - 1)) + "…" : note)),
                    success: UIText.profileNoteKept.format(app.language, first.name))
    }

    /// Saves the text; when that is refused (changed at another seat, too long), keeps it as a
    /// note on the field instead, cut to the note limit, so the other version is not overwritten.
    func saveDraftBeforeExit(app: App) {
        guard !save(app) else { return }
        let limit = TextFieldKind.profileNote.limit
        let text = input.text.count > limit ? String(input.text.prefix(limit - 1)) + "…" : input.text
        if app.execute(.profile(.addNote(id: profileID, fieldID: field.id, text: text))) != nil { app.drafts.discard(draftKey) }
    }

    /// Saves the text when it changed; false (and the reason shown) when the model refuses it.
    private func save(_ app: App) -> Bool {
        guard hasDraft else { return true }
        error = app.tryExecute(.profile(.setField(id: profileID, fieldID: field.id, text: input.text, basedOn: savedText)),
                               success: UIText.profileFieldSaved.format(app.language, field.name))
        guard error == nil else {
            noticeConflict(app)
            if !targetGone {
                error = (error ?? "") + " " + UIText.draftEscapeKeeps.format(app.language, Key.enter.label(app.language))
            }
            return false
        }
        app.drafts.discard(draftKey)
        return true
    }

    /// After a refused save: when the field was changed at another seat since the editor
    /// opened, say what it holds now and take that as the new base (saving again overwrites it
    /// on purpose, Ctrl-O takes it over); when the profile or field is gone, say so.
    private func noticeConflict(_ app: App) {
        let language = app.language
        guard let profile = app.workshop.profile(profileID),
              let template = app.workshop.profileTemplate(profile.templateID, in: language),
              template.field(field.id) != nil else {
            targetGone = true
            let first = app.workshop.profile(profileID).flatMap { app.workshop.profileTemplate($0.templateID, in: language)?.fields.first }
            error = first.map { UIText.fieldRemovedMeanwhile.format(language, field.name, $0.name) }
                ?? UIText.profileRemovedMeanwhile.text(language)
            return
        }
        let current = profile.value(field.id)
        guard current != savedText else { return }
        savedText = current
        theirs = current
        error = CommandError.editConflict(.profileField(field.name), current: EditConflict.excerpt(current)).message(in: language)
            + " " + UIText.conflictFieldKeys.text(language)
    }

    /// An editor holding the field's saved text, or the draft put aside for the field.
    static func opening(profileID: EntityID, field: ProfileField, screen: ProfileScreen, app: App) -> ProfileFieldEditor {
        let text = app.workshop.profile(profileID)?.value(field.id) ?? ""
        let draft = app.drafts.take(.profileField(profile: profileID, field: field.id))
        if draft != nil { app.show(UIText.draftBroughtBack.text(app.language)) }
        return ProfileFieldEditor(profileID: profileID, field: field, text: text, restoring: draft, screen: screen)
    }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let language = app.language
        let profile = app.workshop.profile(profileID)
        canvas.fill(area, style: .normal)
        let title = "\(profile.map { "\(UIText.catalogNumber.text(language)) \($0.number) · \($0.title)" } ?? "") · \(field.name)"
        canvas.drawFrame(area, title: title.truncated(toWidth: area.width - 6), style: .frameFocused)
        let inner = area.inset(by: 1)
        var y = inner.y
        let fieldHint = field.hint + (field.isRequired ? " (\(UIText.profileRequired.text(language)))" : "")
        if !fieldHint.trimmingCharacters(in: .whitespaces).isEmpty {
            canvas.draw(" " + fieldHint, x: inner.x, y: y, style: .secondary, maxWidth: inner.width)
            y += 1
        }
        let notes = profile?.notes(on: field.id) ?? []
        let noteLines = notes.prefix(3).map { "◇ " + $0.text.replacingOccurrences(of: "\n", with: " ") }
        let errorLines = error.map { Array(TextWrapper.wrap($0, width: max(inner.width - 2, 10)).prefix(Self.maximumMessageRows)) } ?? []
        let footer = 1 + noteLines.count + errorLines.count
        let editor = Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: max(inner.maxY - y - footer, 1))
        width = editor.width
        input.render(into: &canvas, rect: editor, style: .input)
        var footerY = editor.maxY
        for line in noteLines {
            canvas.draw(" " + line, x: inner.x, y: footerY, style: .prepared, maxWidth: inner.width)
            footerY += 1
        }
        for line in errorLines {
            canvas.draw(" " + line, x: inner.x, y: footerY, style: .error, maxWidth: inner.width)
            footerY += 1
        }
        let count = "\(input.characters.count)/\(TextFieldKind.profileField.limit)"
        let keys = hint.text(language, width: inner.width - DisplayWidth.of(count) - 5)
        canvas.draw(" " + count + EditorHint.separator + keys, x: inner.x, y: inner.maxY - 1, style: .secondary, maxWidth: inner.width)
    }
}
