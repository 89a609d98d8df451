import WorkshopModel

/// The project-idea catalog: all profiles as a table in the shape of the source report's
/// Table 2 (number, idea, short description, funnel, moderators), filtered by funnel and
/// sorted; Enter opens a profile, `p` shows its poster.
final class CatalogScreen: Screen {
    private var selection = ListSelection()
    private var visibleRows = 10
    private var filterIndex = 0
    private var orderIndex = 0

    func title(_ language: Language) -> String { UIText.catalogTitle.text(language) }

    func projection(app: App) -> Projection? {
        let rows = rows(app.workshop)
        return rows.indices.contains(selection.index) ? .profile(rows[selection.index].id, from: 0) : nil
    }

    let keymap = Keymap([
        KeyBinding([.enter, .character("e")], .open, .keyOpen),
        KeyBinding([.character("n"), .character("a")], .add, .keyNewProfile),
        KeyBinding([.character("f")], .cycleFilter, .keyFilterFunnel),
        KeyBinding([.character("o")], .cycleOrder, .keySortCatalog),
        KeyBinding([.character("p")], .present, .keyPoster),
        KeyBinding([.character("d"), .delete], .delete, .keyRemoveProfile),
        KeyBinding([.character("r")], .assessmentGrid, .keyAssessmentGrid),
        KeyBinding([.character("t")], .templates, .keyTemplates),
    ] + Keymap.verticalNavigation)

    private var filter: CatalogFilter { CatalogFilter.allCases[filterIndex] }
    private var order: CatalogOrder { CatalogOrder.allCases[orderIndex] }

    private func rows(_ workshop: Workshop) -> [Profile] { workshop.catalog(filter: filter, order: order) }

    func perform(_ action: Action, app: App) {
        let rows = rows(app.workshop)
        if selection.handle(action, count: rows.count, visible: visibleRows) { return }
        let selected = rows.indices.contains(selection.index) ? rows[selection.index] : nil
        switch action {
        case .open:
            if let selected { app.push(ProfileScreen(profileID: selected.id)) }
        case .add:
            app.present(ProfilePickers.template(app) { template, app in
                app.present(ProfileForms.newProfile(app, template: template))
            })
        case .cycleFilter:
            filterIndex = (filterIndex + 1) % CatalogFilter.allCases.count
            selection = ListSelection()
        case .cycleOrder:
            orderIndex = (orderIndex + 1) % CatalogOrder.allCases.count
        case .present:
            if let selected { app.push(PosterScreen(profileID: selected.id, sequence: rows.map(\.id))) }
        case .delete:
            guard let selected else { return }
            app.present(ConfirmOverlay(question: UIText.profileRemoveQuestion.format(app.language, selected.title)) { app in
                app.execute(.profile(.removeProfile(id: selected.id)),
                            success: UIText.profileRemoved.format(app.language, selected.title))
            })
        case .assessmentGrid:
            app.present(ProfileForms.assessmentGrid(app))
        case .templates:
            app.push(TemplatesScreen())
        default:
            break
        }
    }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let language = app.language
        let workshop = app.workshop
        let rows = rows(workshop)
        let status = [UIText.catalogFilter.format(language, Self.label(filter, language)),
                      UIText.catalogOrder.format(language, Self.label(order, language)),
                      UIText.catalogCount.format(language, rows.count, workshop.profiles.count)].joined(separator: " · ")
        canvas.draw(" " + status, x: area.x, y: area.y, style: .secondary, maxWidth: area.width - 1)
        canvas.draw(" " + UIText.funnelLegend.text(language), x: area.x, y: area.maxY - 1, style: .secondary,
                    maxWidth: area.width - 1)
        let columns = CatalogColumns(width: area.width - 3, showsAssessment: area.width >= 140,
                                     grid: workshop.assessmentGrid)
        canvas.draw(columns.header(language), x: area.x + 2, y: area.y + 1, style: .heading, maxWidth: area.width - 3)
        let list = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 3)
        visibleRows = ListPane.visibleRows(in: list)
        selection.clamp(count: rows.count, visible: visibleRows)
        ListPane(title: UIText.catalogTitle.text(language), count: rows.count, isFocused: true,
                 emptyText: UIText.catalogEmpty.text(language))
            .render(into: &canvas, rect: list, selection: selection) { index, canvas, rect, style in
                canvas.draw(columns.row(rows[index], workshop, language), x: rect.x + 1, y: rect.y, style: style,
                            maxWidth: rect.width - 1)
            }
    }

    static func label(_ filter: CatalogFilter, _ language: Language) -> String {
        switch filter {
        case .all: UIText.filterAll.text(language)
        case let .category(category): "\(category.rawValue) (\(category.label(language)))"
        case .mixed: UIText.filterMixed.text(language)
        case .unsorted: UIText.filterUnsorted.text(language)
        }
    }

    static func label(_ order: CatalogOrder, _ language: Language) -> String {
        switch order {
        case .number: UIText.orderNumber.text(language)
        case .title: UIText.orderTitle.text(language)
        case .funnel: UIText.orderFunnel.text(language)
        }
    }
}

/// The column widths of the catalog table at a given width.
struct CatalogColumns {
    let number = 4
    let idea: Int
    let summary: Int
    let funnel: Int
    let moderators: Int
    let assessment: Int

    init(width: Int, showsAssessment: Bool, grid: AssessmentGrid) {
        funnel = 8
        assessment = showsAssessment ? grid.criteria.count * (grid.levels.count + 2) : 0
        let rest = max(width - number - funnel - assessment - 5, 10)
        moderators = min(max(rest / 5, 12), 26)
        // Below 100 columns the short description gives its room to the idea's title.
        let showsSummary = width >= 100
        idea = showsSummary ? max((rest - moderators) * 2 / 5, 8) : rest - moderators + 1
        summary = showsSummary ? max(rest - moderators - idea, 0) : 0
    }

    func header(_ language: Language) -> String {
        cells([UIText.catalogNumber.text(language), UIText.catalogIdea.text(language),
               UIText.catalogSummary.text(language), UIText.catalogFunnel.text(language),
               UIText.catalogModerators.text(language), UIText.catalogAssessment.text(language)])
    }

    func row(_ profile: Profile, _ workshop: Workshop, _ language: Language) -> String {
        let summary = workshop.summary(of: profile).replacingOccurrences(of: "\n", with: " ")
        let funnel = profile.funnel.primary == nil ? "–" : profile.funnel.code
        return cells(["\(profile.number)", profile.title, summary, funnel,
                      workshop.moderatorNames(of: profile).joined(separator: ", "),
                      AssessmentText.compact(profile, grid: workshop.assessmentGrid)])
    }

    private func cells(_ texts: [String]) -> String {
        let widths = [number, idea, summary, funnel, moderators, assessment]
        return zip(texts, widths).filter { $0.1 > 0 }.map { text, width in
            text.truncated(toWidth: width).padded(toWidth: width)
        }.joined(separator: " ")
    }
}
