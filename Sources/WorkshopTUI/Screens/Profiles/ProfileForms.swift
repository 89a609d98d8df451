import WorkshopModel

/// The small forms of the profile instrument: title, funnel, moderators, number, a note,
/// the assessment grid and a new profile's title.
enum ProfileForms {
    /// Renames a profile. When the title was changed at another seat meanwhile, the form says
    /// so and takes the new title as its base: Enter again overwrites it on purpose.
    static func title(_ app: App, profile: Profile) -> FormOverlay {
        var base = profile.title
        return FormOverlay(title: UIText.keyProfileTitle.text(app.language), draftKey: .form("profile.title", of: profile.id), fields: [
            .text(UIText.fieldProfileTitle.text(app.language), profile.title, limit: TextFieldKind.profileTitle.limit),
        ]) { values, app in
            let refusal = app.trySave(.profile(.setTitle(id: profile.id, title: values[0], basedOn: base)), name: values[0])
            guard refusal != nil, let current = app.workshop.profile(profile.id)?.title, current != base else { return refusal }
            base = current
            return CommandError.editConflict(.profileTitle, current: current).message(in: app.language)
                + " " + UIText.conflictSaveAnyway.text(app.language)
        }
    }

    /// The funnel is chosen from its valid values (←/→ or the first letter).
    static func funnel(_ app: App, profile: Profile) -> FormOverlay {
        let values = Funnel.allValues
        return FormOverlay(title: UIText.keyFunnel.text(app.language), draftKey: .form("profile.funnel", of: profile.id), fields: [
            .choice(UIText.fieldFunnel.text(app.language), options: values.map { option($0, app.language) },
                    selected: values.firstIndex(of: profile.funnel) ?? 0),
        ]) { chosen, app in
            let funnel = values[Int(chosen[0]) ?? 0]
            return app.trySave(.profile(.setFunnel(id: profile.id, funnel: funnel)), name: funnel.label(app.language))
        }
    }

    /// A funnel value as the list offers it: "RL – Reallabor", "OK/RL – OK bzw. in RL integrieren", "offen".
    private static func option(_ funnel: Funnel, _ language: Language) -> String {
        guard let primary = funnel.primary else { return funnel.label(language) }
        return funnel.code + " – " + (funnel.alternative == nil ? primary.label(language) : funnel.label(language))
    }

    static func moderators(_ app: App, profile: Profile) -> FormOverlay {
        let present = app.workshop.moderatorNames(of: profile).joined(separator: ", ")
        return FormOverlay(title: UIText.keyProfileModerators.text(app.language), draftKey: .form("profile.moderators", of: profile.id),
                           fields: [
            .text(UIText.fieldProfileModerators.text(app.language), present,
                  completion: NameCompletion(names: app.workshop.moderators.map(\.name), separator: ",")),
        ]) { values, app in
            let names = values[0].split(separator: ",").map(String.init)
            // The message names the moderators as found on the list ("Fr. Lupp" → "Fr. Lupprian").
            return app.tryExecute(.profile(.setModerators(id: profile.id, names: names))) { _ in
                guard let saved = app.workshop.profile(profile.id) else { return }
                app.show(UIText.saved.format(app.language, app.workshop.moderatorNames(of: saved).joined(separator: ", ")),
                         kind: .success)
            }
        }
    }

    static func number(_ app: App, profile: Profile) -> FormOverlay {
        FormOverlay(title: UIText.keyProfileNumber.text(app.language), draftKey: .form("profile.number", of: profile.id), fields: [
            .text(UIText.fieldProfileNumber.text(app.language), String(profile.number)),
        ]) { values, app in
            let text = TextSanitizer.clean(values[0], multiline: false)
            guard let number = Int(text), text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                return UIText.errorNotANumber.format(app.language, text)
            }
            return app.trySave(.profile(.setNumber(id: profile.id, number: number)), name: "\(number)")
        }
    }

    static func note(_ app: App, profile: Profile, field: ProfileField) -> FormOverlay {
        FormOverlay(title: UIText.keyAddNote.text(app.language) + ": " + field.name,
                    draftKey: .form("profile.note", of: "\(profile.id)/\(field.id)"), fields: [
            .text(UIText.fieldProfileNote.text(app.language), lines: 3, limit: TextFieldKind.profileNote.limit),
        ]) { values, app in
            app.trySave(.profile(.addNote(id: profile.id, fieldID: field.id, text: values[0])), name: values[0])
        }
    }

    static func assessmentGrid(_ app: App) -> FormOverlay {
        let grid = app.workshop.assessmentGrid
        return FormOverlay(title: UIText.keyAssessmentGrid.text(app.language), draftKey: .form("assessment.grid"), fields: [
            .text(UIText.fieldCriteriaList.text(app.language), grid.criteria.map(\.name).joined(separator: "\n"), lines: 6),
            .text(UIText.fieldLevelList.text(app.language), grid.levels.joined(separator: ", ")),
        ]) { values, app in
            let criteria = values[0].split(separator: "\n").map(String.init)
            let levels = values[1].split(separator: ",").map(String.init)
            return app.trySave(.profile(.setAssessmentGrid(criteria: criteria, levels: levels)),
                               name: UIText.profileAssessmentTitle.text(app.language))
        }
    }

    /// Asks for the title of a new profile of `template`, creates it and opens it.
    static func newProfile(_ app: App, template: ProfileTemplate) -> FormOverlay {
        FormOverlay(title: UIText.keyNewProfile.text(app.language) + " · " + template.name,
                    draftKey: .form("profile.add", of: template.id), fields: [
            .text(UIText.fieldProfileTitle.text(app.language), limit: TextFieldKind.profileTitle.limit),
        ]) { values, app in
            ProfilePickers.create(app, .addProfile(templateID: template.id, title: values[0], source: .fresh))
        }
    }
}
