import WorkshopModel

/// The form that sets one count exactly (after counting a large room).
enum CountForm {
    static func make(_ app: App, decision: QuickDecision, index: Int) -> FormOverlay {
        FormOverlay(title: decision.optionLabel(index, app.language), draftKey: .form("quick.count", of: "\(decision.id)/\(index)"),
                    fields: [
            .text(UIText.fieldCount.text(app.language), "\(decision.counts[index])"),
        ]) { values, app in
            guard let count = Int(values[0].trimmingCharacters(in: .whitespaces)) else {
                return UIText.errorNotANumber.format(app.language, TextSanitizer.clean(values[0], multiline: false))
            }
            return app.tryExecute(.quick(.setCount(id: decision.id, index: index, count: count)))
        }
    }
}
