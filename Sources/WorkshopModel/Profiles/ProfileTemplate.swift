/// The fields of a profile form (Steckbrief): the poster layout a table fills in.
///
/// Two templates are built in (the project-idea profile and the real-world-lab profile of the
/// source report, §4.1.3/§4.1.4); custom templates are made in the program and stored in the
/// workshop. Every profile also has a title, which is not one of the template's fields.
public struct ProfileTemplate: Identifiable, Codable, Equatable, Sendable {
    public let id: EntityID
    public var name: String
    public var fields: [ProfileField]
    /// The field whose text the catalog shows as the short description.
    public var summaryFieldID: String?

    public init(id: EntityID, name: String, fields: [ProfileField], summaryFieldID: String? = nil) {
        self.id = id
        self.name = name
        self.fields = fields
        self.summaryFieldID = summaryFieldID ?? fields.first?.id
    }

    /// The field with `id`, if the template has it.
    public func field(_ id: String) -> ProfileField? { fields.first { $0.id == id } }

    /// Whether the template ships with the program (it cannot be changed or removed).
    public var isBuiltIn: Bool { Self.builtIn.contains { $0.id == id } }

    /// The most fields a custom template can have.
    public static let fieldLimit = 30
}

/// One field of a profile form.
public struct ProfileField: Codable, Equatable, Sendable {
    /// Stable key of the field within its template; profiles store their texts under it.
    public var id: String
    public var name: String
    /// What belongs into the field, shown under its name while it is empty.
    public var hint: String
    public var isMultiline: Bool
    /// Flagged on the form while empty; a draft is savable anyway.
    public var isRequired: Bool

    public init(id: String, name: String, hint: String = "", isMultiline: Bool = true, isRequired: Bool = false) {
        self.id = id
        self.name = name
        self.hint = hint
        self.isMultiline = isMultiline
        self.isRequired = isRequired
    }
}

extension ProfileTemplate {
    /// The project-idea profile (Projekt-Steckbrief, §4.1.3, §7).
    public static let projectIdea = ProfileTemplate(
        id: EntityID("template-project-idea"), name: "Projektidee",
        fields: [
            ProfileField(id: "description", name: "Beschreibung",
                         hint: "Ziele, Maßnahmen, Nutzen, Erfolgskriterien", isRequired: true),
            ProfileField(id: "interfaces", name: "Schnittstellen",
                         hint: "zu anderen Projekten und Initiativen"),
            ProfileField(id: "schedule", name: "Zeitplan und Meilensteine"),
            ProfileField(id: "lead", name: "Projektleitung", hint: "Wer treibt die Idee voran?",
                         isMultiline: false, isRequired: true),
            ProfileField(id: "partners", name: "Partner und weitere Beteiligte"),
            ProfileField(id: "resources", name: "Ressourcen", hint: "Zeit, Geld, Kompetenzen, Wissen"),
            ProfileField(id: "support", name: "Unterstützungsbedarf",
                         hint: "durch die Geschäftsstelle und/oder die Wissenschaft"),
            ProfileField(id: "targetGroup", name: "Zielgruppe", isMultiline: false),
            ProfileField(id: "assessmentNotes", name: "Bewertung",
                         hint: "Anmerkungen zur Grob-Bewertung (Raster unten)"),
        ],
        summaryFieldID: "description")

    /// The real-world-lab profile (Reallabor-Steckbrief, §4.1.4).
    public static let realLab = ProfileTemplate(
        id: EntityID("template-real-lab"), name: "Reallabor",
        fields: [
            ProfileField(id: "mandate", name: "Kurzbeschreibung des Auftrags",
                         hint: "Beschreibung für die Außenkommunikation", isRequired: true),
            ProfileField(id: "research", name: "Forschungsfrage / Forschungsdesign / Lösungsansatz",
                         isRequired: true),
            ProfileField(id: "transdisciplinarity", name: "Transdisziplinarität",
                         hint: "Wer aus Praxis und Wissenschaft wirkt wie mit?"),
            ProfileField(id: "timeline", name: "Zeitliche Dimension"),
            ProfileField(id: "targetState", name: "Bewertung des angestrebten Zustandes"),
        ],
        summaryFieldID: "mandate")

    /// The templates every workshop has.
    public static let builtIn: [ProfileTemplate] = [.projectIdea, .realLab]
}
