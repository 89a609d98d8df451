import WorkshopModel

/// The profile-form templates: the two built-in ones and the workshop's own, which can be
/// made, changed and removed here.
final class TemplatesScreen: Screen {
    private var selection = ListSelection()
    private var visibleRows = 10
    /// The number of templates when the last one was added; the new one is selected once it shows.
    private var countBeforeAdd: Int?

    func title(_ language: Language) -> String { UIText.templatesTitle.text(language) }

    let keymap = Keymap([
        KeyBinding([.character("n"), .character("a")], .add, .keyNewTemplate),
        KeyBinding([.enter, .character("e")], .edit, .keyEditTemplate),
        KeyBinding([.character("d"), .delete], .delete, .keyRemoveTemplate),
    ] + Keymap.verticalNavigation)

    func perform(_ action: Action, app: App) {
        let templates = app.workshop.allProfileTemplates.map { $0.localized(app.language) }
        if selection.handle(action, count: templates.count, visible: visibleRows) { return }
        let selected = templates.indices.contains(selection.index) ? templates[selection.index] : nil
        switch action {
        case .add:
            countBeforeAdd = templates.count
            app.present(TemplateForm.make(app, template: nil))
        case .edit:
            guard let selected else { return }
            guard !selected.isBuiltIn else {
                return app.show(CommandError.builtInTemplate(selected.name).message(in: app.language), kind: .error)
            }
            app.present(TemplateForm.make(app, template: selected))
        case .delete:
            guard let selected else { return }
            app.present(ConfirmOverlay(question: UIText.templateRemoveQuestion.format(app.language, selected.name)) { app in
                app.execute(.profile(.removeTemplate(id: selected.id)),
                            success: UIText.templateRemoved.format(app.language, selected.name))
            })
        default:
            break
        }
    }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let language = app.language
        let templates = app.workshop.allProfileTemplates.map { $0.localized(app.language) }
        let panes = area.width >= 100 ? area.columns(weights: [2, 3]) : [area]
        visibleRows = ListPane.visibleRows(in: panes[0])
        if let before = countBeforeAdd, templates.count > before {
            selection.select(templates.count - 1, count: templates.count, visible: visibleRows)
            countBeforeAdd = nil
        }
        selection.clamp(count: templates.count, visible: visibleRows)
        ListPane(title: UIText.templatesTitle.text(language), count: templates.count, isFocused: true, emptyText: "")
            .render(into: &canvas, rect: panes[0], selection: selection) { index, canvas, rect, style in
                let template = templates[index]
                let facts = [template.isBuiltIn ? UIText.templateBuiltIn.text(language) : nil,
                             UIText.templateFieldCount.format(language, template.fields.count)].compactMap { $0 }
                canvas.draw(" \(template.name) (\(facts.joined(separator: ", ")))", x: rect.x, y: rect.y, style: style,
                            maxWidth: rect.width)
            }
        guard panes.count > 1, templates.indices.contains(selection.index) else { return }
        let template = templates[selection.index]
        canvas.drawFrame(panes[1], title: template.name, style: .frame)
        let inner = panes[1].inset(by: 1)
        let lines = template.fields.map { field in
            let options = TemplateForm.options(of: field, language)
            return "• \(field.name)" + (field.hint.isEmpty ? "" : " – \(field.hint)")
                + (options.isEmpty ? "" : " [\(options.joined(separator: ", "))]")
        }
        var y = inner.y
        for line in lines {
            for wrapped in TextWrapper.wrap(line, width: inner.width - 2) where y < inner.maxY {
                canvas.draw(" " + wrapped, x: inner.x, y: y)
                y += 1
            }
        }
    }
}
