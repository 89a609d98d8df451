import WorkshopModel

/// The form that adds a signature to a signature list.
enum SignatureForm {
    static func make(_ app: App, decision: QuickDecision) -> FormOverlay {
        FormOverlay(title: decision.title, fields: [.text(UIText.fieldName.text(app.language))]) { values, app in
            app.trySave(.quick(.addSignature(id: decision.id, name: values[0])), name: values[0])
        }
    }
}
