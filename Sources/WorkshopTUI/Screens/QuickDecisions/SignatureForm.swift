import WorkshopModel

/// The form that adds a signature to a signature list; Tab completes the name from the
/// participants and moderators (anybody else may sign too).
enum SignatureForm {
    static func make(_ app: App, decision: QuickDecision) -> FormOverlay {
        FormOverlay(title: decision.title, draftKey: .form("quick.sign", of: decision.id), fields: [
            .text(UIText.fieldName.text(app.language), limit: TextFieldKind.personName.limit,
                  completion: .people(of: app.workshop)),
        ]) { values, app in
            app.trySave(.quick(.addSignature(id: decision.id, name: values[0])), name: values[0])
        }
    }
}
