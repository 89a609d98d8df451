/// What was typed into forms that were closed with a second Esc because they could not be
/// saved: kept in memory by form (its title and the values it opened with), so that opening
/// the same form again brings the typed values back. Nothing here survives a restart.
public final class FormDrafts {
    private var drafts: [String: [FormField.Content]] = [:]

    public init() {}

    /// Keeps `contents` for the form `key`, replacing an older draft of it.
    func keep(_ contents: [FormField.Content], for key: String) {
        drafts[key] = contents
    }

    /// The draft of the form `key`, if there is one; it is handed out once.
    func take(for key: String) -> [FormField.Content]? {
        drafts.removeValue(forKey: key)
    }
}
