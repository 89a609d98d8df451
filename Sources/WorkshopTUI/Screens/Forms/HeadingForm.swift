import WorkshopModel

/// The form that adds or renames a heading of a board.
enum HeadingForm {
    static func make(_ app: App, boardID: EntityID, heading: Heading?) -> FormOverlay {
        let language = app.language
        // The title the rename started from: when it was renamed at another seat meanwhile,
        // the form says so and takes the new title as its base, so Enter again overwrites it.
        let base = Base(heading?.title ?? "")
        return FormOverlay(title: (heading == nil ? UIText.keyAddHeading : UIText.keyRenameHeading).text(language),
                           draftKey: heading.map { .form("heading.rename", of: $0.id) } ?? .form("heading.add", of: boardID), fields: [
            .text(UIText.fieldHeading.text(language), heading?.title ?? "", limit: TextFieldKind.headingTitle.limit),
        ]) { values, app in
            guard let heading else { return app.trySave(.board(.addHeading(boardID: boardID, title: values[0])), name: values[0]) }
            let refusal = app.trySave(.board(.renameHeading(id: heading.id, title: values[0], basedOn: base.title)), name: values[0])
            guard refusal != nil, let current = app.workshop.headings.first(where: { $0.id == heading.id })?.title,
                  current != base.title else { return refusal }
            base.title = current
            return CommandError.editConflict(.heading, current: current).message(in: app.language)
                + " " + UIText.conflictSaveAnyway.text(app.language)
        }
    }

    private final class Base {
        var title: String
        init(_ title: String) { self.title = title }
    }
}
