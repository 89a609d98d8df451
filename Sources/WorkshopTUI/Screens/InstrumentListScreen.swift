import WorkshopModel

/// A list of one instrument's items (consensing rounds, materiality matrices): each with a
/// short status on the right; Enter opens one, `n` creates one, `d` removes one after asking.
final class InstrumentListScreen: Screen {
    /// What the list shows and does; one value per instrument.
    struct Configuration {
        let title: UIText
        let empty: UIText
        let newItem: UIText
        let removeItem: UIText
        let removeQuestion: UIText
        /// The items: id, title and the status shown on the right.
        let items: (App) -> [(id: EntityID, title: String, status: String)]
        let form: (App) -> Overlay
        let open: (EntityID) -> Screen
        let remove: (EntityID) -> WorkshopCommand
    }

    private let configuration: Configuration
    private var selection = ListSelection()
    private var visibleRows = 10
    let keymap: Keymap

    init(_ configuration: Configuration) {
        self.configuration = configuration
        keymap = Keymap([
            KeyBinding([.enter], .open, .keyOpen),
            KeyBinding([.character("n"), .character("a")], .add, configuration.newItem),
            KeyBinding([.character("d"), .delete], .delete, configuration.removeItem),
        ] + Keymap.verticalNavigation)
    }

    func title(_ language: Language) -> String { configuration.title.text(language) }

    func perform(_ action: Action, app: App) {
        let items = configuration.items(app)
        if selection.handle(action, count: items.count, visible: visibleRows) { return }
        switch action {
        case .add:
            app.present(configuration.form(app))
        case .open where !items.isEmpty:
            app.push(configuration.open(items[selection.index].id))
        case .delete where !items.isEmpty:
            let item = items[selection.index]
            let command = configuration.remove(item.id)
            app.present(ConfirmOverlay(question: configuration.removeQuestion.format(app.language, item.title)) { app in
                app.execute(command, success: UIText.removed.format(app.language, item.title))
            })
        default:
            break
        }
    }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let items = configuration.items(app)
        let language = app.language
        visibleRows = ListPane.visibleRows(in: area)
        selection.clamp(count: items.count, visible: visibleRows)
        ListPane(title: "\(configuration.title.text(language)) (\(items.count))", count: items.count, isFocused: true,
                 emptyText: configuration.empty.text(language))
            .render(into: &canvas, rect: area, selection: selection) { index, canvas, row, style in
                let item = items[index]
                let statusWidth = DisplayWidth.of(item.status)
                canvas.draw(" " + item.title.truncated(toWidth: row.width - statusWidth - 4), x: row.x, y: row.y, style: style)
                canvas.draw(item.status, x: row.maxX - statusWidth - 1, y: row.y, style: style == .normal ? .secondary : style)
            }
    }
}

extension InstrumentListScreen {
    /// The consensing rounds: question, progress and status of each.
    static var rounds: InstrumentListScreen {
        InstrumentListScreen(Configuration(
            title: .roundsTitle, empty: .roundsEmpty, newItem: .keyNewRound, removeItem: .keyRemoveRound,
            removeQuestion: .removeRoundQuestion,
            items: { app in
                app.workshop.rounds.map { round in
                    let result = app.workshop.result(for: round)
                    return (round.id, round.question,
                            UIText.roundProgress.format(app.language, result.completeRaters, result.raterCount)
                                + " · " + round.status.label(app.language))
                }
            },
            form: { RoundForm.make($0) },
            open: { RoundScreen(roundID: $0) },
            remove: { .consensing(.removeRound(id: $0)) }))
    }

    /// The materiality matrices: title and number of topics.
    static var matrices: InstrumentListScreen {
        InstrumentListScreen(Configuration(
            title: .matricesTitle, empty: .matricesEmpty, newItem: .keyNewMatrix, removeItem: .keyRemoveMatrix,
            removeQuestion: .removeMatrixQuestion,
            items: { app in
                app.workshop.matrices.map { matrix in
                    (matrix.id, matrix.title, UIText.topicCount.format(app.language, app.workshop.topics(of: matrix.id).count))
                }
            },
            form: { MatrixForm.make($0, matrix: nil) },
            open: { MatrixScreen(matrixID: $0) },
            remove: { .materiality(.removeMatrix(id: $0)) }))
    }
}
