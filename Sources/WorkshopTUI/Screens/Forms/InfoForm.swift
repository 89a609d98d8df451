import WorkshopModel

/// The form that edits the workshop's title, date and place. The date shows as the program
/// shows it (23.03.2017 in German) and may be typed as TT.MM.JJJJ or ISO (``MeetingDate``).
enum InfoForm {
    static func make(_ app: App) -> FormOverlay {
        let language = app.language
        let info = app.workshop.info
        return FormOverlay(title: UIText.homeEditInfoTitle.text(language), draftKey: .form("info"), fields: [
            .text(UIText.fieldTitle.text(language), info.title, limit: TextFieldKind.workshopTitle.limit),
            .text(UIText.fieldDate.text(language), DateText.meetingDate(info.date, language)),
            .text(UIText.fieldPlace.text(language), info.place, limit: TextFieldKind.place.limit),
        ]) { values, app in
            app.tryExecute(.editInfo(title: values[0], date: values[1], place: values[2]),
                           success: UIText.saved.format(app.language, UIText.homeEditInfoTitle.text(app.language)))
        }
    }
}
