import WorkshopModel

/// Choosing a template, and creating profiles, for the screens that start profile forms
/// (catalog, a card on a board, a priority list).
enum ProfilePickers {
    /// A list of the workshop's templates; `onPick` gets the chosen one.
    static func template(_ app: App, onPick: @escaping (ProfileTemplate, App) -> Void) -> PickerOverlay {
        let templates = app.workshop.allProfileTemplates
        return PickerOverlay(title: UIText.chooseTemplate.text(app.language),
                             items: templates.map { .init(id: $0.id, label: $0.name) },
                             emptyText: UIText.chooseTemplate.text(app.language)) { id, app in
            guard let template = app.workshop.profileTemplate(id) else { return }
            onPick(template, app)
        }
    }

    /// Creates one profile and opens its form; returns the refusal for a form to show.
    static func create(_ app: App, _ command: ProfileCommand) -> String? {
        let before = app.workshop.profiles.count
        if let refusal = app.tryExecute(.profile(command)) { return refusal }
        guard app.workshop.profiles.count > before, let profile = app.workshop.profiles.last else { return nil }
        app.show(UIText.profileCreated.format(app.language, profile.number, profile.title), kind: .success)
        app.push(ProfileScreen(profileID: profile.id))
        return nil
    }
}
