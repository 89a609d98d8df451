import WorkshopModel

/// The consensing rounds of the workshop: question, status and progress of each.
/// Enter opens a round's entry grid; `n` sets up a new round.
final class RoundsScreen: Screen {
    private var selection = ListSelection()
    private var visibleRows = 10

    func title(_ language: Language) -> String { UIText.roundsTitle.text(language) }

    let keymap = Keymap([
        KeyBinding([.enter], .open, .keyOpen),
        KeyBinding([.character("n"), .character("a")], .add, .keyNewRound),
        KeyBinding([.character("d"), .delete], .delete, .keyRemoveRound),
        KeyBinding([.up, .character("k")], .up, .keyUp),
        KeyBinding([.down, .character("j")], .down, .keyDown),
    ])

    func perform(_ action: Action, app: App) {
        let rounds = app.workshop.rounds
        if selection.handle(action, count: rounds.count, visible: visibleRows) { return }
        switch action {
        case .add:
            app.present(RoundForm.make(app))
        case .open where !rounds.isEmpty:
            app.push(RoundScreen(roundID: rounds[selection.index].id))
        case .delete where !rounds.isEmpty:
            let round = rounds[selection.index]
            app.present(ConfirmOverlay(question: UIText.removeRoundQuestion.format(app.language, round.question)) { app in
                app.execute(.consensing(.removeRound(id: round.id)), success: UIText.removed.format(app.language, round.question))
            })
        default:
            break
        }
    }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let rounds = app.workshop.rounds
        let language = app.language
        visibleRows = ListPane.visibleRows(in: area)
        selection.clamp(count: rounds.count, visible: visibleRows)
        let pane = ListPane(title: "\(UIText.roundsTitle.text(language)) (\(rounds.count))", count: rounds.count,
                            isFocused: true, emptyText: UIText.roundsEmpty.text(language))
        pane.render(into: &canvas, rect: area, selection: selection) { index, canvas, row, style in
            let round = rounds[index]
            let result = app.workshop.result(for: round)
            let status = UIText.roundProgress.format(language, result.completeRaters, result.raterCount)
                + " · " + round.status.label(language)
            let statusWidth = DisplayWidth.of(status)
            canvas.draw(" " + round.question.truncated(toWidth: row.width - statusWidth - 4), x: row.x, y: row.y, style: style)
            canvas.draw(status, x: row.maxX - statusWidth - 1, y: row.y, style: style == .normal ? .secondary : style)
        }
    }
}
