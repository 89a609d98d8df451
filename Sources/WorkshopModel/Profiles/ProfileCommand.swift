/// What a moderator does with profile forms (issue 6, domain §3). Every command is one
/// undoable change: one record, reversed by one undo.
public enum ProfileCommand: Equatable, Sendable {
    /// A new profile with the next catalog number, started fresh, from a card (its first line
    /// becomes the title, the rest the summary field) or from a materiality topic.
    case addProfile(templateID: EntityID, title: String, source: ProfileSource)
    /// Profiles for every prioritised topic of a matrix that has none yet, in priority order.
    case addProfilesForPrioritised(matrixID: EntityID, templateID: EntityID)
    case removeProfile(id: EntityID)
    /// Renames a profile; with `basedOn` (the title the form started from) refused as an edit
    /// conflict when the title was changed at another seat meanwhile.
    case setTitle(id: EntityID, title: String, basedOn: String? = nil)
    /// Replaces a field's text; blank clears it. Drafts are always savable: required fields
    /// are flagged on the form, not refused. `basedOn`: the text the editor started from; when
    /// the stored text differs (changed at another seat meanwhile), the command is refused with
    /// ``CommandError/editConflict(_:current:)`` (`nil`: no check, e.g. for the demo).
    case setField(id: EntityID, fieldID: String, text: String, basedOn: String? = nil)
    case addNote(id: EntityID, fieldID: String, text: String)
    case removeNote(id: EntityID, noteID: EntityID)
    /// Writes all notes of a field into it (each appended as a new line) and removes them.
    case adoptNotes(id: EntityID, fieldID: String)
    case setFunnel(id: EntityID, funnel: Funnel)
    /// Sets the moderators by name; every name must be on the workshop's moderator list
    /// (ignoring case and accents, or a unique beginning of a name); at most two.
    case setModerators(id: EntityID, names: [String])
    case setNumber(id: EntityID, number: Int)
    /// Rates a criterion with a step of the scale (0 = lowest); nil clears the rating.
    case setAssessment(id: EntityID, criterionID: String, level: Int?)
    /// Replaces the assessment grid: criteria names (ids are kept for equal names) and the
    /// scale's steps from lowest to highest.
    case setAssessmentGrid(criteria: [String], levels: [String])
    case addTemplate(name: String, fields: [ProfileFieldSpec])
    /// Changes a custom template; fields keep their id (and so their texts) when the name stays.
    case editTemplate(id: EntityID, name: String, fields: [ProfileFieldSpec])
    /// Removes a custom template that no profile uses.
    case removeTemplate(id: EntityID)
}

/// Where a new profile comes from.
public enum ProfileSource: Equatable, Sendable {
    case fresh
    case card(EntityID)
    case topic(EntityID)
}

/// A field of a custom template as the moderator typed it.
public struct ProfileFieldSpec: Equatable, Sendable {
    public var name: String
    public var hint: String
    public var isMultiline: Bool
    public var isRequired: Bool

    public init(name: String, hint: String = "", isMultiline: Bool = true, isRequired: Bool = false) {
        self.name = name
        self.hint = hint
        self.isMultiline = isMultiline
        self.isRequired = isRequired
    }
}
