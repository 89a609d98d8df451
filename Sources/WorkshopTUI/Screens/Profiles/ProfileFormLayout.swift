import WorkshopModel

/// The lines of a profile form at a width: each line knows which part of the form it
/// belongs to, so the screen can mark and scroll to the chosen part.
struct ProfileFormLayout {
    struct Line {
        let text: String
        let style: Style
        let part: ProfileScreen.Part?
    }

    private(set) var lines: [Line] = []

    /// Lines of a field's text shown while another part is chosen.
    static let collapsedLines = 4

    init(profile: Profile, workshop: Workshop, language: Language, width: Int, selected: ProfileScreen.Part) {
        let template = workshop.profileTemplate(profile.templateID, in: language)
        let width = max(width, 10)
        add("\(UIText.catalogNumber.text(language)) \(profile.number) · \(profile.title)", .heading, .title)
        let moderators = workshop.moderatorNames(of: profile)
        let facts = [
            "\(UIText.fieldTemplate.text(language)): \(template?.name ?? "?") · \(UIText.catalogFunnel.text(language)): \(profile.funnel.label(language))",
            "\(UIText.catalogModerators.text(language)): \(moderators.isEmpty ? "–" : moderators.joined(separator: ", "))",
        ]
        let source = profile.sourceTopicID.flatMap { workshop.topic($0)?.label }
            ?? profile.sourceCardID.flatMap { id in workshop.cards.first { $0.id == id }?.text.split(separator: "\n").first.map(String.init) }
        let lines = facts + (source.map { [UIText.profileSource.format(language, "„\($0)“")] } ?? [])
        for line in lines.flatMap({ TextWrapper.wrap($0, width: width) }) { add(line, .secondary, .title) }
        let missingIDs = Set(workshop.missingRequiredFields(of: profile).map(\.id))
        let missing = (template?.fields ?? []).filter { missingIDs.contains($0.id) }.map(\.name)
        if !missing.isEmpty {
            for line in TextWrapper.wrap(UIText.profileMissing.format(language, missing.joined(separator: ", ")), width: width) {
                add(line, .error, .title)
            }
        }
        for field in template?.fields ?? [] {
            add("", .normal, nil)
            addField(field, profile, language, width: width, isSelected: selected == .field(field))
        }
        add("", .normal, nil)
        add(UIText.profileAssessmentTitle.text(language), .heading, nil)
        let grid = workshop.assessmentGrid
        let nameWidth = min(grid.criteria.map { DisplayWidth.of($0.name) }.max() ?? 10, width / 2)
        for criterion in grid.criteria {
            let level = profile.assessment[criterion.id]
            let word = level.flatMap { grid.levels.indices.contains($0) ? grid.levels[$0] : nil }
                ?? UIText.profileNotRated.text(language)
            let text = criterion.name.truncated(toWidth: nameWidth).padded(toWidth: nameWidth) + "  "
                + AssessmentText.dots(level, levels: grid.levels.count) + "  " + word
            add(text, selected == .criterion(criterion) ? .selection : .normal, .criterion(criterion))
        }
        if !profile.illustrativeFieldIDs.isEmpty {
            add("", .normal, nil)
            add(UIText.profileIllustrative.text(language), .secondary, nil)
        }
    }

    private mutating func add(_ text: String, _ style: Style, _ part: ProfileScreen.Part?) {
        lines.append(Line(text: text, style: style, part: part))
    }

    private mutating func addField(_ field: ProfileField, _ profile: Profile, _ language: Language, width: Int,
                                   isSelected: Bool) {
        let part = ProfileScreen.Part.field(field)
        let text = profile.value(field.id)
        let marker = profile.illustrativeFieldIDs.contains(field.id) ? " *" : ""
        let required = field.isRequired && text.isEmpty ? "  ! " + UIText.profileRequired.text(language) : ""
        add(field.name + marker + required, isSelected ? .selection : (text.isEmpty && field.isRequired ? .error : .heading), part)
        if text.isEmpty {
            let hint = field.hint.isEmpty ? UIText.profileEmptyField.text(language) : field.hint
            for line in TextWrapper.wrap(hint, width: width - 2) { add("  " + line, .secondary, part) }
        } else {
            let wrapped = TextWrapper.wrap(text, width: width - 2)
            let shown = isSelected ? wrapped : Array(wrapped.prefix(Self.collapsedLines))
            for line in shown { add("  " + line, .normal, part) }
            if shown.count < wrapped.count { add("  … (+\(wrapped.count - shown.count))", .secondary, part) }
        }
        for note in profile.notes(on: field.id) {
            for (index, line) in TextWrapper.wrap(note.text, width: width - 4).enumerated() {
                add((index == 0 ? "  ◇ " : "    ") + line, .prepared, part)
            }
        }
    }
}
