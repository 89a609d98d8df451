import WorkshopModel

/// The form that edits the workshop's title, date and place.
enum InfoForm {
    static func make(_ app: App) -> FormOverlay {
        let language = app.language
        let info = app.workshop.info
        return FormOverlay(title: UIText.homeEditInfoTitle.text(language), fields: [
            .text(UIText.fieldTitle.text(language), info.title),
            .text(UIText.fieldDate.text(language), info.date),
            .text(UIText.fieldPlace.text(language), info.place),
        ]) { values, app in
            app.tryExecute(.editInfo(title: values[0], date: values[1], place: values[2]),
                           success: UIText.saved.format(app.language, UIText.homeEditInfoTitle.text(app.language)))
        }
    }
}
