import Foundation
import WorkshopModel

/// One field of a ``FormOverlay``.
public struct FormField: Sendable {
    public enum Content: Sendable {
        case text(TextInput)
        /// A fixed set of options, chosen with ←/→ or by the first letter.
        case choice(options: [String], selected: Int)
    }

    public let label: String
    public var content: Content
    /// Tab completes person names in this field.
    public let completion: NameCompletion?

    /// A text field; `lines` > 1 makes it multi-line. `limit` is the most characters a paste
    /// fills it up to (the model's limit for the field; see ``TextInput/init(_:multiline:limit:)``
    /// for the default). With `completion`, Tab completes person names.
    public static func text(_ label: String, _ value: String = "", lines: Int = 1, limit: Int? = nil,
                            completion: NameCompletion? = nil) -> FormField {
        FormField(label: label, content: .text(TextInput(value, multiline: lines > 1, limit: limit)), completion: completion)
    }

    public static func choice(_ label: String, options: [String], selected: Int) -> FormField {
        FormField(label: label, content: .choice(options: options, selected: selected), completion: nil)
    }

    /// The text typed, or the index of the chosen option as text.
    public var value: String {
        switch content {
        case let .text(input): input.text
        case let .choice(_, selected): String(selected)
        }
    }

    /// Puts back a ``value`` (a kept draft): the text, or the option at that index (an index
    /// that is no option leaves the choice as it is).
    mutating func restore(_ value: String) {
        switch content {
        case var .text(input):
            input.set(value)
            content = .text(input)
        case let .choice(options, _):
            if let index = Int(value), options.indices.contains(index) { content = .choice(options: options, selected: index) }
        }
    }

    /// Rows the field's input takes.
    var inputHeight: Int {
        if case let .text(input) = content, input.isMultiline { return 4 }
        return 1
    }
}

/// A small form in a box: the moderator types, Tab moves between fields, Enter saves.
///
/// - A single-line field that holds a value when the form opens or when it gets the focus
///   shows it selected: the first character typed (or a paste) replaces it, while ←/→,
///   Home/End or Backspace first start editing it. Multi-line fields (lists) are never
///   replaced at once.
/// - Esc saves a changed form and closes an unchanged one. When the model refuses the
///   values, the form stays open with the text kept and the reason shown inside it; after a
///   refused Esc, Esc again closes the form and puts the values aside on the ``DraftShelf``
///   under the form's ``DraftKey``; the same form brings them back when it is opened again.
///   The values of the open form are on the shelf too (``openDraft``), so they survive a crash.
public final class FormOverlay: Overlay {
    private let title: String
    private var fields: [FormField]
    private let initialValues: [String]
    /// Which form this is and what it edits: where its draft is kept.
    private let draftKey: DraftKey
    private var focus = 0
    private var error: String?
    /// A note below the fields that is no refusal (the names a Tab found).
    private var notice: String?
    /// Esc was refused: Esc again closes the form and keeps the draft.
    private var escapeRefused = false
    /// The last key was a Tab that listed names: another Tab moves on.
    private var candidatesShown = false
    /// What was typed in a choice field since its last other key: the option it begins is chosen.
    private var choiceTyped = ""
    private var inputWidth = 40
    /// First content row shown when the form is taller than the terminal.
    private var scroll = 0
    private let onSubmit: ([String], App) -> String?

    /// `draftKey` names the form and what it edits (``DraftKey/form(_:of:)``); `onSubmit`
    /// gets the field values and returns nil on success or the reason it failed.
    public init(title: String, draftKey: DraftKey, fields: [FormField], onSubmit: @escaping ([String], App) -> String?) {
        self.title = title
        self.fields = fields
        initialValues = fields.map(\.value)
        self.draftKey = draftKey
        self.onSubmit = onSubmit
        selectFocusedValue()
    }

    public var hasDraft: Bool { values != initialValues }

    public var draftStatus: UIText { .statusDraftForm }

    public var openDraft: OpenDraft? { hasDraft ? OpenDraft(key: draftKey, draft: draft) : nil }

    private var values: [String] { fields.map(\.value) }

    private var draft: Draft { Draft(texts: values) }

    /// Brings back the values put aside when this form was last closed unsaved (or left open
    /// when the program ended).
    public func presented(app: App) {
        guard let kept = app.drafts.take(draftKey), kept.texts.count == fields.count else { return }
        for index in fields.indices { fields[index].restore(kept.texts[index]) }
        app.show(UIText.draftBroughtBack.text(app.language))
    }

    public func handle(_ key: Key, app: App) -> Bool {
        if key == .escape { return escape(app) }
        escapeRefused = false
        if key == .tab, completeName(app) { return false }
        candidatesShown = false
        notice = nil
        switch key {
        case .character: break
        default: choiceTyped = ""
        }
        if key == .tab || (key == .down && !isMultilineFocused) {
            moveFocus(by: 1)
            return false
        }
        if key == .backTab || (key == .up && !isMultilineFocused) {
            moveFocus(by: -1)
            return false
        }
        switch fields[focus].content {
        case var .text(input):
            let outcome = input.handle(key, width: inputWidth)
            fields[focus].content = .text(input)
            outcome.report(to: app)
            if outcome == .submit { return submit(app) }
        case let .choice(options, selected):
            let count = options.count
            switch key {
            case .left: fields[focus].content = .choice(options: options, selected: (selected + count - 1) % count)
            case .right, .character(" "): fields[focus].content = .choice(options: options, selected: (selected + 1) % count)
            case let .character(letter):
                fields[focus].content = .choice(options: options, selected: typeAhead(letter, options: options, selected: selected))
            case .enter: return submit(app)
            default: break
            }
        }
        return false
    }

    /// A letter typed in a choice field: the option that begins with everything typed so far
    /// ("ok/rl" → "OK/RL – …"), or else the next option after the chosen one that begins with
    /// the letter (so one letter pressed again goes through its options).
    private func typeAhead(_ letter: Character, options: [String], selected: Int) -> Int {
        let count = options.count
        let begins = { (index: Int, text: String) in Self.fold(options[index]).hasPrefix(Self.fold(text)) }
        let typed = choiceTyped + String(letter)
        if let match = (0..<count).map({ (selected + $0) % count }).first(where: { begins($0, typed) }) {
            choiceTyped = typed
            return match
        }
        if let next = (1...count).map({ (selected + $0) % count }).first(where: { begins($0, String(letter)) }) {
            choiceTyped = String(letter)
            return next
        }
        choiceTyped = ""
        return selected
    }

    /// Esc saves a changed form; after a refusal, Esc again keeps the values as a draft.
    private func escape(_ app: App) -> Bool {
        guard hasDraft else {
            app.drafts.discard(draftKey)
            app.show(UIText.cancelled.text(app.language))
            return true
        }
        if escapeRefused {
            app.drafts.keep(draftKey, draft)
            app.show(UIText.formDraftKept.text(app.language))
            return true
        }
        if submit(app) { return true }
        escapeRefused = true
        return false
    }

    /// Tab in a name field: completes a name that fits one person, or lists the names that fit
    /// (a second Tab then moves on). True when the Tab was used up.
    private func completeName(_ app: App) -> Bool {
        guard !candidatesShown, let completion = fields[focus].completion, case var .text(input) = fields[focus].content
        else { return false }
        switch completion.complete(&input) {
        case .completed:
            fields[focus].content = .text(input)
            notice = nil
        case let .candidates(names):
            let shown = names.prefix(Self.candidatesShownAtMost).joined(separator: ", ") + (names.count > Self.candidatesShownAtMost ? ", …" : "")
            notice = UIText.formNameCandidates.format(app.language, names.count, shown)
            candidatesShown = true
        case .nothing:
            return false
        }
        return true
    }

    /// How many fitting names a Tab lists.
    private static let candidatesShownAtMost = 6

    private func moveFocus(by delta: Int) {
        fields[focus].content = Self.deselected(fields[focus].content)
        focus = (focus + delta + fields.count) % fields.count
        selectFocusedValue()
    }

    /// A single-line value in the focused field is selected, so that typing replaces it.
    private func selectFocusedValue() {
        guard case var .text(input) = fields[focus].content, !input.isMultiline else { return }
        input.selectAll()
        fields[focus].content = .text(input)
    }

    private static func deselected(_ content: FormField.Content) -> FormField.Content {
        guard case var .text(input) = content else { return content }
        input.deselect()
        return .text(input)
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    private var isMultilineFocused: Bool {
        if case let .text(input) = fields[focus].content { return input.isMultiline }
        return false
    }

    private func submit(_ app: App) -> Bool {
        error = onSubmit(values, app)
        guard error == nil else { return false }
        app.drafts.discard(draftKey)
        return true
    }

    public func render(into canvas: inout Canvas, area: Rect, app: App) {
        let width = min(area.width - 2, 76)
        inputWidth = width - 4
        var notes = (error.map { TextWrapper.wrap($0, width: width - 4) } ?? []).map { ($0, Style.error) }
        let secondary = [escapeRefused ? UIText.formEscapeAgain.text(app.language) : nil, notice].compactMap { $0 }
        for text in secondary { notes += TextWrapper.wrap(text, width: width - 4).map { ($0, Style.secondary) } }
        var tops: [Int] = []
        var contentHeight = 0
        for field in fields {
            tops.append(contentHeight)
            contentHeight += 1 + field.inputHeight
        }
        let box = area.centered(width: width, height: contentHeight + notes.count + 4)
        // On a small terminal the fields scroll so the focused one is always visible.
        let visible = max(box.height - 4 - notes.count, 1 + fields[focus].inputHeight)
        let focusBottom = tops[focus] + 1 + fields[focus].inputHeight
        if tops[focus] < scroll { scroll = tops[focus] }
        if focusBottom > scroll + visible { scroll = focusBottom - visible }
        scroll = max(0, min(scroll, contentHeight - visible))
        canvas.fill(box, style: .normal)
        canvas.drawFrame(box, title: title, style: .frameFocused)
        var cursor: (x: Int, y: Int)? = nil
        for (index, field) in fields.enumerated() where tops[index] >= scroll && tops[index] + 1 + field.inputHeight <= scroll + visible {
            let focused = index == focus
            let y = box.y + 1 + tops[index] - scroll
            canvas.draw(field.label, x: box.x + 2, y: y, style: focused ? .heading : .secondary, maxWidth: width - 4)
            let rect = Rect(x: box.x + 2, y: y + 1, width: width - 4, height: field.inputHeight)
            switch field.content {
            case let .text(input):
                input.render(into: &canvas, rect: rect, style: focused ? .input : .selectionInactive)
                if focused { cursor = canvas.cursor }
            case let .choice(options, selected):
                canvas.fill(rect, style: focused ? .input : .selectionInactive)
                canvas.draw("◀ " + options[selected] + " ▶", x: rect.x, y: rect.y,
                            style: focused ? .input : .selectionInactive, maxWidth: rect.width)
            }
        }
        if scroll > 0 { canvas.draw("▲", x: box.maxX - 1, y: box.y + 1, style: .frameFocused) }
        if scroll + visible < contentHeight { canvas.draw("▼", x: box.maxX - 1, y: box.y + visible, style: .frameFocused) }
        for (offset, note) in notes.enumerated() where box.y + 1 + visible + offset < box.maxY - 2 {
            canvas.draw(note.0, x: box.x + 2, y: box.y + 1 + visible + offset, style: note.1, maxWidth: width - 4)
        }
        canvas.draw(hint(app.language), x: box.x + 2, y: box.maxY - 2, style: .secondary, maxWidth: width - 4)
        canvas.cursor = cursor
    }

    /// The keys of the focused field: how to choose, how to break a line, how to complete a
    /// name, how to save.
    private func hint(_ language: Language) -> String {
        if case .choice = fields[focus].content {
            return UIText.formNextField.text(language) + " · " + UIText.formSaveHint.text(language)
        }
        if isMultilineFocused { return UIText.formNewLineHint.text(language) + " · " + UIText.formSaveHint.text(language) }
        return (fields[focus].completion == nil ? UIText.formSaveHint : UIText.formCompleteHint).text(language)
    }
}
