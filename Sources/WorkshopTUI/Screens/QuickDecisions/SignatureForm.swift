import WorkshopModel

/// The form that adds a signature to a signature list.
enum SignatureForm {
    static func make(_ app: App, decision: QuickDecision) -> FormOverlay {
        FormOverlay(title: decision.title, fields: [.text(UIText.fieldName.text(app.language))]) { values, app in
            app.tryExecute(.quick(.addSignature(id: decision.id, name: values[0])),
                           success: UIText.saved.format(app.language, TextSanitizer.clean(values[0], multiline: false)))
        }
    }
}
