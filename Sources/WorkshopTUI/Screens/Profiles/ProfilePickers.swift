import WorkshopModel

/// Choosing a template, and creating profiles, for the screens that start profile forms
/// (catalog, a card on a board, a priority list).
enum ProfilePickers {
    /// A list of the workshop's templates; `onPick` gets the chosen one.
    static func template(_ app: App, onPick: @escaping (ProfileTemplate, App) -> Void) -> PickerOverlay {
        let templates = app.workshop.allProfileTemplates.map { $0.localized(app.language) }
        return PickerOverlay(title: UIText.chooseTemplate.text(app.language),
                             items: templates.map { .init(id: $0.id, label: $0.name) },
                             emptyText: UIText.chooseTemplate.text(app.language)) { id, app in
            guard let template = app.workshop.profileTemplate(id, in: app.language) else { return }
            onPick(template, app)
        }
    }

    /// The profiles a record inserted, in order.
    static func insertedProfiles(_ record: EventRecord) -> [Profile] {
        record.events.compactMap { event in
            guard case let .profiles(.insert(profile, _)) = event else { return nil }
            return profile
        }
    }

    /// Creates one profile and opens its form; returns the refusal for a form to show.
    static func create(_ app: App, _ command: ProfileCommand) -> String? {
        var record: EventRecord?
        if let refusal = app.tryExecute(.profile(command), saved: { record = $0 }) { return refusal }
        guard let profile = record.flatMap(insertedProfiles).flatMap(\.first) else { return nil }
        app.show(UIText.profileCreated.format(app.language, profile.number, profile.title), kind: .success)
        app.push(ProfileScreen(profileID: profile.id))
        return nil
    }
}
