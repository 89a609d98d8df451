extension ProfileTemplate {
    /// The template as shown in `language`: the built-in templates' names and hints come from
    /// the string table; custom templates are shown as the moderator typed them.
    public func localized(_ language: Language) -> ProfileTemplate {
        guard language != .de, isBuiltIn else { return self }
        var shown = self
        shown.name = Self.text(id.rawValue).map { $0.text(language) } ?? name
        shown.fields = fields.map { field in
            var field = field
            field.name = Self.text(field.id).map { $0.text(language) } ?? field.name
            if !field.hint.isEmpty { field.hint = Self.text(field.id + ".hint").map { $0.text(language) } ?? field.hint }
            return field
        }
        return shown
    }

    /// The string-table entry of a built-in template, field or hint.
    private static func text(_ key: String) -> UIText? {
        switch key {
        case "template-project-idea": .templateProjectIdea
        case "template-real-lab": .templateRealLab
        case "description": .builtInDescription
        case "description.hint": .builtInDescriptionHint
        case "interfaces": .builtInInterfaces
        case "interfaces.hint": .builtInInterfacesHint
        case "schedule": .builtInSchedule
        case "lead": .builtInLead
        case "lead.hint": .builtInLeadHint
        case "partners": .builtInPartners
        case "resources": .builtInResources
        case "resources.hint": .builtInResourcesHint
        case "support": .builtInSupport
        case "support.hint": .builtInSupportHint
        case "targetGroup": .builtInTargetGroup
        case "assessmentNotes": .builtInAssessmentNotes
        case "assessmentNotes.hint": .builtInAssessmentNotesHint
        case "mandate": .builtInMandate
        case "mandate.hint": .builtInMandateHint
        case "research": .builtInResearch
        case "transdisciplinarity": .builtInTransdisciplinarity
        case "transdisciplinarity.hint": .builtInTransdisciplinarityHint
        case "timeline": .builtInTimeline
        case "targetState": .builtInTargetState
        default: nil
        }
    }
}

extension Workshop {
    /// The template with `id` as shown in `language` (see ``ProfileTemplate/localized(_:)``).
    public func profileTemplate(_ id: EntityID, in language: Language) -> ProfileTemplate? {
        profileTemplate(id)?.localized(language)
    }
}
