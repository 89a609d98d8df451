import WorkshopModel

/// The form that adds participants or moderators, or edits one. Adding takes one person per
/// line ("Name – Organisation", typed or pasted as a list; the organisation field fills the
/// lines without one): all lines are checked and added in one step, or none when a line is
/// refused (the message names its line).
enum PersonForm {
    static func make(_ app: App, list: PersonList, person: Person?) -> FormOverlay {
        let language = app.language
        guard let person else { return add(app, list: list) }
        return FormOverlay(title: UIText.homeEditPerson.format(language, list.label(language)),
                           draftKey: .form("person.edit", of: person.id), fields: [
            .text(UIText.fieldName.text(language), person.name, limit: TextFieldKind.personName.limit),
            .text(UIText.fieldOrganisation.text(language), person.organisation ?? "", limit: TextFieldKind.organisation.limit),
        ]) { values, app in
            app.trySave(.editPerson(list: list, id: person.id, name: values[0], organisation: values[1]), name: values[0])
        }
    }

    private static func add(_ app: App, list: PersonList) -> FormOverlay {
        let language = app.language
        return FormOverlay(title: UIText.homeAddPerson.format(language, list.label(language)),
                           draftKey: .form("people.add", of: list.rawValue), fields: [
            .text(UIText.fieldPersonLines.text(language), lines: 4),
            .text(UIText.fieldOrganisation.text(language), limit: TextFieldKind.organisation.limit),
        ]) { values, app in
            let lines = PersonLines.parse(values[0], organisation: values[1])
            guard lines.count > 1 else {
                return app.trySave(.addPeople(list: list, lines: lines), name: lines.first?.name ?? values[0])
            }
            return app.tryExecute(.addPeople(list: list, lines: lines),
                                  success: UIText.homePeopleAdded.format(app.language, lines.count, list.label(app.language)))
        }
    }
}
