import WorkshopModel

/// A profile as a poster for the projector: the title large, funnel and moderators, the
/// fields in columns, the assessment at the bottom. No menus; Space/PgDn pages when a
/// profile is longer than the screen, ←/→ go to the previous/next profile of the catalog.
final class PosterScreen: Screen {
    private var profileID: EntityID
    private let sequence: [EntityID]
    private var page = 0
    /// The first field of the page shown (the projection's anchor); on the projector the page
    /// is chosen to hold `anchor`.
    private var firstField = 0
    private var anchor: Int?
    /// The first field of every page in the last frame's layout.
    private var firstFields = [0]

    /// `from`: the projector's anchor field, nil on the moderator's terminal.
    init(profileID: EntityID, sequence: [EntityID], from field: Int? = nil) {
        self.profileID = profileID
        self.sequence = sequence
        anchor = field
    }

    var isPresentation: Bool { true }

    func title(_ language: Language) -> String { UIText.keyPoster.text(language) }

    func projection(app: App) -> Projection? { .profile(profileID, from: firstField) }

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
            if wasProjected {
                // The page's first field comes from the layout of the frame after this key.
                app.project(.profile(profileID, from: firstFieldOfPage()), announce: false)
            }
        }
        anchor = nil
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

    /// The first field of the page a key just turned to (the layout is the last frame's; a
    /// new profile starts at its first field).
    private func firstFieldOfPage() -> Int {
        page = min(page, firstFields.count - 1)
        return firstFields[page]
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
        let layout = PosterLine.pages(blocks, height: body.height, columns: columnCount)
        let pages = layout.pages
        if let anchor { page = layout.firstBlocks.lastIndex { $0 <= anchor } ?? 0 }
        page = min(page, pages.count - 1)
        firstField = layout.firstBlocks[page]
        firstFields = layout.firstBlocks
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

    /// Pages of columns, and the index of the first block shown on each page.
    struct Pages {
        var pages: [[[PosterLine]]]
        var firstBlocks: [Int]
    }

    /// Flows blocks of lines into columns of `height` and the columns into pages of
    /// `columns`; a block that does not fit the rest of a column starts the next one, and a
    /// block taller than a column is split. When everything fits on one page, the columns are
    /// balanced instead of filling the first one.
    static func pages(_ blocks: [[PosterLine]], height: Int, columns: Int) -> Pages {
        let total = blocks.reduce(0) { $0 + $1.count }
        if total <= height * columns {
            for balanced in max((total + columns - 1) / columns, 1)...max(height, 1) {
                let filled = flow(blocks, height: balanced)
                if filled.columns.count <= columns { return Pages(pages: [filled.columns], firstBlocks: [0]) }
            }
        }
        let filled = flow(blocks, height: height)
        let starts = Array(stride(from: 0, to: filled.columns.count, by: columns))
        return Pages(pages: starts.map { Array(filled.columns[$0..<min($0 + columns, filled.columns.count)]) },
                     firstBlocks: starts.map { filled.firstBlocks[$0] })
    }

    /// The columns and, for each, the index of the block its first line belongs to.
    private static func flow(_ blocks: [[PosterLine]], height: Int) -> (columns: [[PosterLine]], firstBlocks: [Int]) {
        var filled: [[PosterLine]] = [[]]
        var firstBlocks = [0]
        for (index, block) in blocks.enumerated() {
            var rest = block[...]
            if filled[filled.count - 1].count + rest.count > height, !filled[filled.count - 1].isEmpty,
               rest.count <= height {
                filled.append([])
                firstBlocks.append(index)
            }
            while !rest.isEmpty {
                let room = height - filled[filled.count - 1].count
                if room <= 0 {
                    filled.append([])
                    firstBlocks.append(index)
                    continue
                }
                filled[filled.count - 1] += rest.prefix(room)
                rest = rest.dropFirst(room)
            }
        }
        return (filled, firstBlocks)
    }
}
