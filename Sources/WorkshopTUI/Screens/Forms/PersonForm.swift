import WorkshopModel

/// The form that adds or edits a participant or moderator.
enum PersonForm {
    static func make(_ app: App, list: PersonList, person: Person?) -> FormOverlay {
        let language = app.language
        let title = (person == nil ? UIText.homeAddPerson : UIText.homeEditPerson).format(language, list.label(language))
        return FormOverlay(title: title, fields: [
            .text(UIText.fieldName.text(language), person?.name ?? ""),
            .text(UIText.fieldOrganisation.text(language), person?.organisation ?? ""),
        ]) { values, app in
            let command: WorkshopCommand = if let person {
                .editPerson(list: list, id: person.id, name: values[0], organisation: values[1])
            } else {
                .addPerson(list: list, name: values[0], organisation: values[1])
            }
            return app.trySave(command, name: values[0])
        }
    }
}
