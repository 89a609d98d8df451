import WorkshopModel

/// The materiality matrices of the workshop; Enter opens one, `n` defines a new one.
final class MatricesScreen: Screen {
    private var selection = ListSelection()
    private var visibleRows = 10

    func title(_ language: Language) -> String { UIText.matricesTitle.text(language) }

    let keymap = Keymap([
        KeyBinding([.enter], .open, .keyOpen),
        KeyBinding([.character("n"), .character("a")], .add, .keyNewMatrix),
        KeyBinding([.character("d"), .delete], .delete, .keyRemoveMatrix),
    ] + Keymap.verticalNavigation)

    func perform(_ action: Action, app: App) {
        let matrices = app.workshop.matrices
        if selection.handle(action, count: matrices.count, visible: visibleRows) { return }
        switch action {
        case .add:
            app.present(MatrixForm.make(app, matrix: nil))
        case .open where !matrices.isEmpty:
            app.push(MatrixScreen(matrixID: matrices[selection.index].id))
        case .delete where !matrices.isEmpty:
            let matrix = matrices[selection.index]
            app.present(ConfirmOverlay(question: UIText.removeMatrixQuestion.format(app.language, matrix.title)) { app in
                app.execute(.materiality(.removeMatrix(id: matrix.id)), success: UIText.removed.format(app.language, matrix.title))
            })
        default:
            break
        }
    }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let matrices = app.workshop.matrices
        let language = app.language
        visibleRows = ListPane.visibleRows(in: area)
        selection.clamp(count: matrices.count, visible: visibleRows)
        ListPane(title: "\(UIText.matricesTitle.text(language)) (\(matrices.count))", count: matrices.count, isFocused: true,
                 emptyText: UIText.matricesEmpty.text(language))
            .render(into: &canvas, rect: area, selection: selection) { index, canvas, row, style in
                let matrix = matrices[index]
                let count = UIText.topicCount.format(language, app.workshop.topics(of: matrix.id).count)
                canvas.draw(" " + matrix.title.truncated(toWidth: row.width - DisplayWidth.of(count) - 4), x: row.x, y: row.y, style: style)
                canvas.draw(count, x: row.maxX - DisplayWidth.of(count) - 1, y: row.y, style: style == .normal ? .secondary : style)
            }
    }
}
