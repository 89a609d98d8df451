import WorkshopModel

/// A profile as a poster for the projector: the title large, funnel and moderators, the
/// fields in columns, the assessment at the bottom. No menus; Space/PgDn pages when a
/// profile is longer than the screen, ←/→ go to the previous/next profile of the catalog.
final class PosterScreen: Screen {
    private var profileID: EntityID
    private let sequence: [EntityID]
    private var page = 0

    init(profileID: EntityID, sequence: [EntityID], page: Int = 0) {
        self.profileID = profileID
        self.sequence = sequence
        self.page = page
    }

    var isPresentation: Bool { true }

    func title(_ language: Language) -> String { UIText.keyPoster.text(language) }

    func projection(app: App) -> Projection? { .profile(profileID, page: page) }

    let keymap = Keymap([
        KeyBinding([.character(" "), .pageDown], .pageDown, .keyNextPage),
        KeyBinding([.pageUp], .pageUp, .keyPreviousPage),
        KeyBinding([.right, .character("l")], .right, .keyNextProfile),
        KeyBinding([.left, .character("h")], .left, .keyPreviousProfile),
    ])

    func perform(_ action: Action, app: App) {
        let wasProjected: Bool
        if case .profile(profileID, _) = app.workshop.projection { wasProjected = true } else { wasProjected = false }
        defer {
            // While this poster is on the projector, the projector follows the pages and profiles.
            if wasProjected { app.project(.profile(profileID, page: page), announce: false) }
        }
        switch action {
        case .pageDown: page += 1
        case .pageUp: page = max(page - 1, 0)
        case .left, .right:
            guard let index = sequence.firstIndex(of: profileID) else { return }
            let next = index + (action == .right ? 1 : -1)
            guard sequence.indices.contains(next) else { return }
            profileID = sequence[next]
            page = 0
        default: break
        }
    }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let language = app.language
        let workshop = app.workshop
        guard let profile = workshop.profile(profileID) else { return }
        let template = workshop.profileTemplate(profile.templateID, in: language)
        let inner = Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: area.height)
        var y = inner.y
        canvas.draw("\(UIText.profile.text(language)) \(UIText.catalogNumber.text(language)) \(profile.number) · \(template?.name ?? "")",
                    x: inner.x, y: y, style: .secondary, maxWidth: inner.width)
        y += 1
        let titleHeight = min(max(inner.height / 4, 1), 11)
        // The title in block letters as large as the room allows (plain when they do not fit).
        y += BigText.draw(profile.title, into: &canvas, rect: Rect(x: inner.x, y: y, width: inner.width, height: titleHeight),
                          style: .heading, alignment: .left).height + 1
        let moderators = workshop.moderatorNames(of: profile)
        let mark = { (id: String) in profile.illustrativeFieldIDs.contains(id) ? " *" : "" }
        let funnel = profile.funnel.primary.map { "\(profile.funnel.label(language)) – \($0.label(language))" }
            ?? profile.funnel.label(language)
        let facts = ["\(UIText.catalogFunnel.text(language)): \(funnel)",
                     "\(UIText.catalogModerators.text(language)): "
                         + (moderators.isEmpty ? "–" : moderators.joined(separator: ", ")) + mark("moderators")]
        // Side by side when they fit, else one under the other.
        let lines = DisplayWidth.of(facts.joined(separator: "   ")) <= inner.width ? [facts.joined(separator: "   ")] : facts
        for line in lines {
            canvas.draw(line, x: inner.x, y: y, style: .heading, maxWidth: inner.width)
            y += 1
        }
        y += 1

        let grid = workshop.assessmentGrid
        var footer: [String] = []
        if !profile.assessment.isEmpty {
            let label = "\(UIText.catalogAssessment.text(language))\(mark("assessment")): "
            let full = label + grid.criteria.map {
                "\($0.name) \(AssessmentText.dots(profile.assessment[$0.id], levels: grid.levels.count))"
            }.joined(separator: "  ")
            footer.append(DisplayWidth.of(full) <= inner.width ? full : label + AssessmentText.compact(profile, grid: grid))
        }
        if !profile.illustrativeFieldIDs.isEmpty { footer.append(UIText.profileIllustrative.text(language)) }

        let body = Rect(x: inner.x, y: y, width: inner.width, height: max(inner.maxY - y - footer.count - 1, 1))
        let columnCount = body.width >= 120 ? 2 : 1
        let columns = body.columns(columnCount, gap: 4)
        let blocks = (template?.fields ?? []).map { field -> [PosterLine] in
            let text = profile.value(field.id)
            let lines = text.isEmpty ? [PosterLine(text: UIText.profileEmptyField.text(language), style: .secondary)]
                : TextWrapper.wrap(text, width: columns[0].width).map { PosterLine(text: $0, style: .normal) }
            return [PosterLine(text: field.name + mark(field.id), style: .heading)] + lines + [PosterLine(text: "", style: .normal)]
        }
        let pages = PosterLine.pages(blocks, height: body.height, columns: columnCount)
        page = min(page, pages.count - 1)
        for (column, lines) in zip(columns, pages[page]) {
            for (row, line) in lines.enumerated() {
                canvas.draw(line.text, x: column.x, y: column.y + row, style: line.style, maxWidth: column.width)
            }
        }
        if pages.count > 1 {
            let more = "\(page + 1)/\(pages.count)" + (page + 1 < pages.count ? " ▼" : "")
            canvas.draw(more, x: inner.maxX - DisplayWidth.of(more), y: body.maxY, style: .secondary)
        }
        for (index, line) in footer.enumerated() {
            canvas.draw(line, x: inner.x, y: inner.maxY - footer.count + index, style: index == 0 && !profile.assessment.isEmpty ? .normal : .secondary,
                        maxWidth: inner.width)
        }
    }
}

/// A line of a poster column.
struct PosterLine {
    let text: String
    let style: Style

    /// Flows blocks of lines into columns of `height` and the columns into pages of
    /// `columns`; a block that does not fit the rest of a column starts the next one, and a
    /// block taller than a column is split. When everything fits on one page, the columns are
    /// balanced instead of filling the first one.
    static func pages(_ blocks: [[PosterLine]], height: Int, columns: Int) -> [[[PosterLine]]] {
        let total = blocks.reduce(0) { $0 + $1.count }
        if total <= height * columns {
            for balanced in max((total + columns - 1) / columns, 1)...max(height, 1) {
                let filled = flow(blocks, height: balanced)
                if filled.count <= columns { return [filled] }
            }
        }
        let filled = flow(blocks, height: height)
        return stride(from: 0, to: filled.count, by: columns).map { Array(filled[$0..<min($0 + columns, filled.count)]) }
    }

    private static func flow(_ blocks: [[PosterLine]], height: Int) -> [[PosterLine]] {
        var filled: [[PosterLine]] = [[]]
        for block in blocks {
            var rest = block[...]
            if filled[filled.count - 1].count + rest.count > height, !filled[filled.count - 1].isEmpty,
               rest.count <= height {
                filled.append([])
            }
            while !rest.isEmpty {
                let room = height - filled[filled.count - 1].count
                if room <= 0 { filled.append([]); continue }
                filled[filled.count - 1] += rest.prefix(room)
                rest = rest.dropFirst(room)
            }
        }
        return filled
    }
}
