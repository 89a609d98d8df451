import WorkshopModel

/// The form that adds or renames a heading of a board.
enum HeadingForm {
    static func make(_ app: App, boardID: EntityID, heading: Heading?) -> FormOverlay {
        let language = app.language
        return FormOverlay(title: (heading == nil ? UIText.keyAddHeading : UIText.keyRenameHeading).text(language), fields: [
            .text(UIText.fieldHeading.text(language), heading?.title ?? ""),
        ]) { values, app in
            let command: BoardCommand = if let heading {
                .renameHeading(id: heading.id, title: values[0])
            } else {
                .addHeading(boardID: boardID, title: values[0])
            }
            return app.trySave(.board(command), name: values[0])
        }
    }
}
