import WorkshopModel

/// One profile form, filled in live: title, funnel, moderators and number at the top, then
/// every field of its template with its text and its notes, then the assessment grid.
/// ↑/↓ choose a part, Enter edits it (a field in the editor, a title in a form); digits rate
/// the chosen criterion.
final class ProfileScreen: Screen {
    let profileID: EntityID
    /// The chosen part, kept by identity: when another terminal adds a field or a criterion,
    /// the same part stays chosen. `index` is where it was, for when it is removed.
    private var selected: Part = .title
    private var index = 0
    private var scroll = 0

    init(profileID: EntityID) { self.profileID = profileID }

    /// A part of the form that can be chosen; parts are equal when they are the same field or
    /// criterion, whatever its current name.
    enum Part: Equatable {
        case title
        case field(ProfileField)
        case criterion(AssessmentCriterion)

        static func == (lhs: Part, rhs: Part) -> Bool {
            switch (lhs, rhs) {
            case (.title, .title): true
            case let (.field(a), .field(b)): a.id == b.id
            case let (.criterion(a), .criterion(b)): a.id == b.id
            default: false
            }
        }
    }

    func title(_ language: Language) -> String { UIText.profile.text(language) }

    func projection(app: App) -> Projection? { .profile(profileID, from: 0) }

    let keymap = Keymap([
        KeyBinding([.enter, .character("e")], .edit, .keyEditField),
        KeyBinding([.tab], .down, .keyNextField),
        KeyBinding([.backTab], .up, .keyPreviousField),
        KeyBinding([.character("t")], .setFunnel, .keyFunnel),
        KeyBinding([.character("M")], .setModerators, .keyProfileModerators),
        KeyBinding([.character("#")], .setNumber, .keyProfileNumber),
        KeyBinding([.character("T")], .editTitle, .keyProfileTitle),
        KeyBinding([.character("n")], .addNote, .keyAddNote),
        KeyBinding([.character("N")], .adoptNotes, .keyAdoptNote),
        KeyBinding([.character("X")], .removeNote, .keyRemoveNote),
        KeyBinding([.character("p")], .present, .keyPoster),
        KeyBinding([.character("1")], .rate, .keyRateHelp),
        KeyBinding([.character("0"), .backspace], .clearRating, .keyClearRating),
        KeyBinding([.up], .up, .keyUp),
        KeyBinding([.down], .down, .keyDown),
        KeyBinding([.home], .top, .keyTop),
        KeyBinding([.end], .bottom, .keyBottom),
    ])

    static func parts(of profile: Profile, in workshop: Workshop, _ language: Language) -> [Part] {
        let fields = workshop.profileTemplate(profile.templateID, in: language)?.fields ?? []
        return [.title] + fields.map { .field($0) } + workshop.assessmentGrid.criteria.map { .criterion($0) }
    }

    /// The profile and the chosen part (re-found by identity, or the part now at its place).
    private func selectedPart(_ app: App) -> (Profile, Part, [Part])? {
        guard let profile = app.workshop.profile(profileID) else { return nil }
        let parts = Self.parts(of: profile, in: app.workshop, app.language)
        index = parts.firstIndex(of: selected) ?? min(max(index, 0), parts.count - 1)
        selected = parts[index]
        return (profile, selected, parts)
    }

    private func select(_ newIndex: Int, in parts: [Part]) {
        index = min(max(newIndex, 0), parts.count - 1)
        selected = parts[index]
    }

    /// Digits 1…n rate the chosen criterion.
    func consume(_ key: Key, app: App) -> Bool {
        guard case let .character(c) = key, let digit = c.wholeNumberValue, digit >= 1,
              let (profile, part, _) = selectedPart(app), case let .criterion(criterion) = part else { return false }
        let levels = app.workshop.assessmentGrid.levels
        app.execute(.profile(.setAssessment(id: profile.id, criterionID: criterion.id, level: digit - 1)),
                    success: digit <= levels.count ? "\(criterion.name): \(levels[digit - 1])" : nil)
        return true
    }

    func perform(_ action: Action, app: App) {
        guard let (profile, part, parts) = selectedPart(app) else { return }
        switch action {
        case .up: select(index - 1, in: parts)
        case .down: select(index + 1, in: parts)
        case .top: select(0, in: parts)
        case .bottom: select(parts.count - 1, in: parts)
        case .rate: app.show(UIText.keyRate.format(app.language, app.workshop.assessmentGrid.levels.count))
        case .edit: edit(part, profile, app)
        case .setFunnel: app.present(ProfileForms.funnel(app, profile: profile))
        case .setModerators: app.present(ProfileForms.moderators(app, profile: profile))
        case .setNumber: app.present(ProfileForms.number(app, profile: profile))
        case .editTitle: app.present(ProfileForms.title(app, profile: profile))
        case .present: app.push(PosterScreen(profileID: profile.id, sequence: app.workshop.catalog().map(\.id)))
        case .addNote, .adoptNotes, .removeNote:
            guard case let .field(field) = part else { return }
            notes(action, field, profile, app)
        case .clearRating:
            guard case let .criterion(criterion) = part else { return }
            app.execute(.profile(.setAssessment(id: profile.id, criterionID: criterion.id, level: nil)))
        default: break
        }
    }

    private func edit(_ part: Part, _ profile: Profile, _ app: App) {
        switch part {
        case .title: app.present(ProfileForms.title(app, profile: profile))
        case let .field(field): app.present(ProfileFieldEditor.opening(profileID: profile.id, field: field, screen: self, app: app))
        case .criterion: app.show(UIText.keyRate.format(app.language, app.workshop.assessmentGrid.levels.count))
        }
    }

    private func notes(_ action: Action, _ field: ProfileField, _ profile: Profile, _ app: App) {
        let notes = profile.notes(on: field.id)
        switch action {
        case .addNote:
            app.present(ProfileForms.note(app, profile: profile, field: field))
        case .removeNote:
            guard let last = notes.last else { return }
            app.execute(.profile(.removeNote(id: profile.id, noteID: last.id)),
                        success: UIText.removed.format(app.language, last.text))
        default:
            guard !notes.isEmpty else { return }
            app.execute(.profile(.adoptNotes(id: profile.id, fieldID: field.id)),
                        success: UIText.profileNoteAdopted.format(app.language, field.name))
        }
    }

    /// Moves the selection to the field after `field` (the editor's Tab); returns it.
    func select(after field: ProfileField, by offset: Int, app: App) -> ProfileField? {
        guard let profile = app.workshop.profile(profileID) else { return nil }
        let parts = Self.parts(of: profile, in: app.workshop, app.language)
        guard let at = parts.firstIndex(of: .field(field)), parts.indices.contains(at + offset),
              case let .field(next) = parts[at + offset] else { return nil }
        select(at + offset, in: parts)
        return next
    }

    // MARK: Rendering

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let language = app.language
        guard let profile = app.workshop.profile(profileID) else {
            canvas.draw(" " + UIText.errorUnknownItem.text(language), x: area.x, y: area.y, style: .error)
            return
        }
        guard let (_, selected, _) = selectedPart(app) else { return }
        let lines = ProfileFormLayout(profile: profile, workshop: app.workshop, language: language,
                                      width: area.width - 2, selected: selected).lines
        let owned = lines.indices.filter { lines[$0].part == selected }
        if let first = owned.first, let last = owned.last {
            if first < scroll { scroll = first }
            if last >= scroll + area.height { scroll = min(first, last - area.height + 1) }
        }
        scroll = max(0, min(scroll, max(lines.count - area.height, 0)))
        for (row, line) in lines.dropFirst(scroll).prefix(area.height).enumerated() {
            let isSelected = line.part == selected
            if isSelected { canvas.draw("▌", x: area.x, y: area.y + row, style: .frameFocused) }
            canvas.draw(line.text, x: area.x + 2, y: area.y + row, style: line.style, maxWidth: area.width - 2)
        }
        if scroll > 0 { canvas.draw("▲", x: area.maxX - 1, y: area.y, style: .frameFocused) }
        if scroll + area.height < lines.count { canvas.draw("▼", x: area.maxX - 1, y: area.maxY - 1, style: .frameFocused) }
    }
}
