import WorkshopModel

/// The topics ranked: the top-right quadrant first, then the others, with a marked cut line
/// under the prioritised topics.
final class PriorityListScreen: Screen {
    private let matrixID: EntityID
    private var selection = ListSelection()
    private var visibleRows = 10

    init(matrixID: EntityID) { self.matrixID = matrixID }

    func title(_ language: Language) -> String { UIText.priorityTitle.text(language) }

    func projection(app: App) -> Projection? { .matrix(matrixID) }

    let keymap = Keymap([
        KeyBinding([.character("P")], .profilePlaceholders, .keyProfilePlaceholders),
        KeyBinding([.character("S")], .profilesFromPriority, .keyProfilesFromMatrix),
    ] + Keymap.verticalNavigation)

    func perform(_ action: Action, app: App) {
        if action == .profilesFromPriority {
            let matrixID = matrixID
            app.present(ProfilePickers.template(app) { template, app in
                let command = WorkshopCommand.profile(.addProfilesForPrioritised(matrixID: matrixID, templateID: template.id))
                var record: EventRecord?
                if let refusal = app.tryExecute(command, saved: { record = $0 }) { return app.show(refusal, kind: .error) }
                let created = record.map(ProfilePickers.insertedProfiles)?.count ?? 0
                guard created > 0 else { return app.show(UIText.profilesAllDescribed.text(app.language)) }
                app.show(UIText.profilesCreated.format(app.language, created), kind: .success)
                app.push(CatalogScreen())
            })
            return
        }
        if action == .profilePlaceholders {
            let count = app.workshop.prioritisedTopics(of: matrixID).count
            guard let record = app.execute(.materiality(.createProfilePlaceholders(matrixID: matrixID))),
                  case let .boards(.insert(board, _))? = record.events.first else { return }
            app.show(UIText.placeholdersCreated.format(app.language, board.title, count), kind: .success)
            return
        }
        _ = selection.handle(action, count: app.workshop.priorityList(of: matrixID).count + 1, visible: visibleRows)
    }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let language = app.language
        guard let matrix = app.workshop.matrix(matrixID) else { return }
        let ranked = app.workshop.priorityList(of: matrixID)
        let prioritised = app.workshop.prioritisedTopics(of: matrixID).count
        // The cut line is one more row after the prioritised topics.
        let rows = ranked.count + 1
        visibleRows = ListPane.visibleRows(in: area)
        selection.clamp(count: rows, visible: visibleRows)
        ListPane(title: UIText.priorityTitle.text(language) + ": " + matrix.title, count: rows, isFocused: true,
                 emptyText: UIText.topicsEmpty.text(language))
            .render(into: &canvas, rect: area, selection: selection) { row, canvas, rect, style in
                if row == prioritised {
                    let cut = " " + UIText.priorityCut.format(language, prioritised) + " "
                    let line = String(repeating: "═", count: 2) + cut + String(repeating: "═", count: max(rect.width - DisplayWidth.of(cut) - 2, 0))
                    canvas.draw(line, x: rect.x, y: rect.y, style: .frameFocused, maxWidth: rect.width)
                    return
                }
                let topic = ranked[row < prioritised ? row : row - 1]
                let rank = row < prioritised ? row + 1 : row
                let quadrant = topic.quadrant.map { matrix.quadrantNames[$0] } ?? UIText.notPlaced.text(language)
                let number = "\(rank).".padded(toWidth: 4)
                canvas.draw(" " + number + topic.label.truncated(toWidth: rect.width - DisplayWidth.of(quadrant) - 9), x: rect.x, y: rect.y,
                            style: style == .normal && row < prioritised ? .success : style)
                canvas.draw(quadrant, x: rect.maxX - DisplayWidth.of(quadrant) - 1, y: rect.y, style: style == .normal ? .secondary : style)
            }
    }
}
