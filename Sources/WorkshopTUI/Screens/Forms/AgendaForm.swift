import WorkshopModel

/// The form that adds or edits an agenda item: title, instrument, planned minutes.
enum AgendaForm {
    static func make(_ app: App, item: AgendaItem?) -> FormOverlay {
        let language = app.language
        let kinds = InstrumentKind.allCases
        return FormOverlay(title: (item == nil ? UIText.homeAddAgenda : UIText.homeEditAgenda).text(language),
                           draftKey: item.map { .form("agenda.edit", of: $0.id) } ?? .form("agenda.add"), fields: [
            .text(UIText.fieldAgendaTitle.text(language), item?.title ?? "", limit: TextFieldKind.agendaTitle.limit),
            .choice(UIText.fieldKind.text(language), options: kinds.map { $0.label(language) },
                    selected: kinds.firstIndex(of: item?.kind ?? .plenary) ?? 0),
            .text(UIText.fieldMinutes.text(language), "\(item?.plannedMinutes ?? 15)"),
        ]) { values, app in
            let minutesText = values[2].trimmingCharacters(in: .whitespaces)
            guard let minutes = Int(minutesText) else {
                return UIText.errorNotANumber.format(app.language, TextSanitizer.clean(minutesText, multiline: false))
            }
            let kind = kinds[Int(values[1]) ?? 0]
            let command: WorkshopCommand = if let item {
                .editAgendaItem(id: item.id, title: values[0], kind: kind, minutes: minutes)
            } else {
                .addAgendaItem(title: values[0], kind: kind, minutes: minutes)
            }
            return app.trySave(command, name: values[0])
        }
    }
}
