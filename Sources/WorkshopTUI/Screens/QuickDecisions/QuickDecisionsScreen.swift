import WorkshopModel

/// The quick decisions of a meeting: show of hands, dot voting, positioning in the room and
/// signature lists. The list is on the left, the selected decision with its counts on the
/// right; `+`/`-` count live, `=` types an exact number, `r` records the result.
final class QuickDecisionsScreen: Screen {
    private var selection = ListSelection()
    private var option = 0
    private var visibleRows = 10

    func title(_ language: Language) -> String { UIText.quickTitle.text(language) }

    let keymap = Keymap([
        KeyBinding([.character("n"), .character("a")], .add, .keyNewQuick),
        KeyBinding([.up, .character("k")], .up, .keyUp),
        KeyBinding([.down, .character("j")], .down, .keyDown),
        KeyBinding([.left, .character("h")], .left, .keyPreviousOption),
        KeyBinding([.right, .character("l")], .right, .keyNextOption),
        KeyBinding([.character("+")], .increment, .keyIncrement),
        KeyBinding([.character("-")], .decrement, .keyDecrement),
        KeyBinding([.character("=")], .edit, .keySetCount),
        KeyBinding([.character("s")], .addSignature, .keyAddSignature),
        KeyBinding([.character("x")], .removeSignature, .keyRemoveSignature),
        KeyBinding([.character("r")], .record, .keyRecord),
        KeyBinding([.character("o")], .reopen, .keyReopenQuick),
        KeyBinding([.character("d"), .delete], .delete, .keyRemoveQuick),
    ])

    private func selected(_ app: App) -> QuickDecision? {
        let decisions = app.workshop.quickDecisions
        return decisions.indices.contains(selection.index) ? decisions[selection.index] : nil
    }

    func perform(_ action: Action, app: App) {
        let decisions = app.workshop.quickDecisions
        if selection.handle(action, count: decisions.count, visible: visibleRows) {
            option = 0
            return
        }
        if action == .add { return app.present(QuickDecisionForm.make(app)) }
        guard let decision = selected(app) else { return }
        let optionCount = decision.kind == .signatures ? decision.signatures.count : decision.options.count
        option = min(max(option, 0), max(optionCount - 1, 0))
        switch action {
        case .left: option = max(option - 1, 0)
        case .right: option = min(option + 1, max(optionCount - 1, 0))
        case .increment, .decrement:
            guard decision.counts.indices.contains(option) else { return }
            let count = max(decision.counts[option] + (action == .increment ? 1 : -1), 0)
            app.execute(.quick(.setCount(id: decision.id, index: option, count: count)))
        case .edit:
            guard decision.counts.indices.contains(option) else { return }
            app.present(CountForm.make(app, decision: decision, index: option))
        case .addSignature where decision.kind == .signatures:
            app.present(SignatureForm.make(app, decision: decision))
        case .removeSignature where decision.kind == .signatures && !decision.signatures.isEmpty:
            let name = decision.signatures[option]
            app.execute(.quick(.removeSignature(id: decision.id, name: name)), success: UIText.removed.format(app.language, name))
        case .record:
            app.execute(.quick(.record(id: decision.id, at: app.now)), success: UIText.quickRecorded.text(app.language))
        case .reopen:
            app.execute(.quick(.reopen(id: decision.id)), success: UIText.quickReopened.text(app.language))
        case .delete:
            app.present(ConfirmOverlay(question: UIText.removeQuickQuestion.format(app.language, decision.title)) { app in
                app.execute(.quick(.remove(id: decision.id)), success: UIText.removed.format(app.language, decision.title))
            })
        default:
            break
        }
    }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let language = app.language
        let decisions = app.workshop.quickDecisions
        let columns = area.columns(weights: [2, 3], gap: 1)
        visibleRows = ListPane.visibleRows(in: columns[0])
        selection.clamp(count: decisions.count, visible: visibleRows)
        ListPane(title: "\(UIText.quickTitle.text(language)) (\(decisions.count))", count: decisions.count, isFocused: true,
                 emptyText: UIText.quickEmpty.text(language))
            .render(into: &canvas, rect: columns[0], selection: selection) { index, canvas, row, style in
                let decision = decisions[index]
                let mark = decision.recordedAt == nil ? "" : " ✓"
                // The mark stays when the title is cut.
                canvas.draw(" " + decision.title.truncated(toWidth: row.width - 2 - DisplayWidth.of(mark)) + mark,
                            x: row.x, y: row.y, style: style)
            }
        guard let decision = selected(app) else { return }
        QuickDecisionView(decision: decision, selectedOption: option, language: language)
            .render(into: &canvas, rect: columns[1])
    }
}
