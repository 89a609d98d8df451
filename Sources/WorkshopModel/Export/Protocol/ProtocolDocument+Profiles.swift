extension ProtocolDocument {
    /// The profile forms (Steckbriefe): the project-idea catalog in the shape of the report's
    /// appendix Table 2 (number, idea, short description, funnel, moderators; every profile,
    /// by number) with the funnel legend, then one subsection for each profile that holds more
    /// than its catalog row shows (see ``hasDetails(_:in:)``): its facts, every filled field
    /// with its notes, the fields still empty, and the assessment. Content marked illustrative
    /// carries a `*` and a remark.
    static func profilesSection(_ workshop: Workshop, _ language: Language) -> ProtocolSection? {
        let catalog = workshop.catalog(order: .number)
        guard !catalog.isEmpty else { return nil }
        var marksIllustrative = false
        let rows = catalog.map { profile in
            let summary = workshop.summary(of: profile)
            let summaryID = workshop.profileTemplate(profile.templateID)?.summaryFieldID ?? ""
            let moderators = workshop.moderatorNames(of: profile).joined(separator: ", ")
            let summaryMarked = !summary.isEmpty && profile.illustrativeFieldIDs.contains(summaryID)
            let moderatorsMarked = !moderators.isEmpty && profile.illustrativeFieldIDs.contains(Profile.moderatorsMarkID)
            marksIllustrative = marksIllustrative || summaryMarked || moderatorsMarked
            return ProtocolTable.Row(["\(profile.number)", profile.title, summary + (summaryMarked ? illustrativeMark : ""),
                                      profile.funnel.label(language), moderators + (moderatorsMarked ? illustrativeMark : "")])
        }
        var blocks: [ProtocolBlock] = [
            .table(ProtocolTable(columns: [ProtocolTable.Column(UIText.catalogNumber.text(language), numeric: true),
                                           ProtocolTable.Column(UIText.catalogIdea.text(language)),
                                           ProtocolTable.Column(UIText.catalogSummary.text(language)),
                                           ProtocolTable.Column(UIText.catalogFunnel.text(language)),
                                           ProtocolTable.Column(UIText.catalogModerators.text(language))],
                                 rows: rows)),
            .note(UIText.funnelLegend.text(language)),
        ]
        if marksIllustrative { blocks.append(.note(UIText.profileIllustrative.text(language))) }
        let detailed = catalog.filter { hasDetails($0, in: workshop) }
        if !detailed.isEmpty {
            blocks.append(.note(UIText.protocolProfilesFollow.format(language, numberRanges(detailed.map(\.number)))))
        }
        return ProtocolSection(title: UIText.protocolProfiles.text(language), blocks: blocks,
                               subsections: detailed.map { profileSection($0, in: workshop, language) })
    }

    /// Whether a profile holds more than its catalog row shows (title, summary, funnel,
    /// moderators): another field filled, a note, or a rating. Only such profiles get a
    /// subsection of their own; a catalog of ideas with a short description each is the table.
    static func hasDetails(_ profile: Profile, in workshop: Workshop) -> Bool {
        let summaryID = workshop.profileTemplate(profile.templateID)?.summaryFieldID
        return profile.values.contains { $0.key != summaryID && !$0.value.isEmpty } || !profile.notes.isEmpty
            || workshop.assessmentGrid.criteria.contains { profile.assessment[$0.id] != nil }
    }

    /// The fields of a profile in form order: its template's fields, or (for a template that
    /// no longer exists) the stored texts by key.
    static func fields(of profile: Profile, in workshop: Workshop, _ language: Language) -> [ProfileField] {
        workshop.profileTemplate(profile.templateID, in: language)?.fields
            ?? profile.values.keys.sorted().map { ProfileField(id: $0, name: $0) }
    }

    /// The funnel in words: "RL – Reallabor", "OK bzw. in RL integrieren – ohne Kümmerer /
    /// Reallabor", "offen".
    static func funnelInWords(_ funnel: Funnel, _ language: Language) -> String {
        guard let primary = funnel.primary else { return funnel.label(language) }
        return funnel.label(language) + " – "
            + ([primary] + (funnel.alternative.map { [$0] } ?? [])).map { $0.label(language) }.joined(separator: " / ")
    }

    /// The assessment level of `profile` on `criterion` in words, nil when not rated.
    static func assessmentLevel(_ profile: Profile, _ criterion: AssessmentCriterion, _ grid: AssessmentGrid) -> String? {
        profile.assessment[criterion.id].flatMap { grid.levels.indices.contains($0) ? grid.levels[$0] : nil }
    }

    /// What follows a piece of illustrative content.
    static let illustrativeMark = " *"

    private static func profileSection(_ profile: Profile, in workshop: Workshop, _ language: Language) -> ProtocolSection {
        let illustrative = Set(profile.illustrativeFieldIDs)
        let grid = workshop.assessmentGrid
        let isRated = grid.criteria.contains { profile.assessment[$0.id] != nil }
        // What the section shows that can be illustrative. When all of it is, one remark says
        // so instead of a star on every line.
        let shownIDs = fields(of: profile, in: workshop, language).map(\.id).filter { !profile.value($0).isEmpty }
            + (workshop.moderatorNames(of: profile).isEmpty ? [] : [Profile.moderatorsMarkID])
            + (isRated ? [Profile.assessmentMarkID] : [])
        let allIllustrative = !shownIDs.isEmpty && shownIDs.allSatisfy(illustrative.contains)
        var marksIllustrative = false
        func marked(_ label: String, _ id: String) -> String {
            guard illustrative.contains(id), !allIllustrative else { return label }
            marksIllustrative = true
            return label + illustrativeMark
        }

        var facts = [ProtocolFact(UIText.fieldProfileNumber.text(language), "\(profile.number)")]
        if let template = workshop.profileTemplate(profile.templateID, in: language) {
            facts.append(ProtocolFact(UIText.fieldTemplate.text(language), template.name))
        }
        facts.append(ProtocolFact(UIText.catalogFunnel.text(language), funnelInWords(profile.funnel, language)))
        let moderators = workshop.moderatorNames(of: profile)
        if !moderators.isEmpty {
            facts.append(ProtocolFact(UIText.catalogModerators.text(language),
                                      marked(moderators.joined(separator: ", "), Profile.moderatorsMarkID)))
        }

        var filled: [ProtocolField] = []
        var empty: [String] = []
        for field in fields(of: profile, in: workshop, language) {
            let text = profile.value(field.id)
            let notes = profile.notes(on: field.id).map { UIText.protocolProfileNote.format(language, $0.text) }
            if text.isEmpty && notes.isEmpty {
                empty.append(field.name + (field.isRequired ? " (" + UIText.templateRequired.text(language) + ")" : ""))
            } else {
                filled.append(ProtocolField(text.isEmpty ? field.name : marked(field.name, field.id), text, remarks: notes))
            }
        }

        var after: [ProtocolBlock] = []
        if !filled.isEmpty { after.append(.fields(filled)) }
        if !empty.isEmpty { after.append(.note(UIText.protocolProfileStillEmpty.format(language, empty.joined(separator: ", ")))) }
        if isRated {
            let rows = grid.criteria.map { criterion in
                let level = assessmentLevel(profile, criterion, grid)
                return ProtocolTable.Row([criterion.name, level ?? UIText.profileNotRated.text(language)],
                                         style: level == nil ? .muted : .normal)
            }
            let title = marked(UIText.profileAssessmentTitle.text(language), Profile.assessmentMarkID)
            after.append(.table(ProtocolTable(columns: [ProtocolTable.Column(title),
                                                        ProtocolTable.Column(UIText.fieldLevel.text(language) + " ("
                                                            + grid.levels.joined(separator: " < ") + ")")],
                                              rows: rows, compact: true)))
        }
        // The remark comes before the marked content, so the reader knows what the stars mean.
        let remark: [ProtocolBlock] = allIllustrative ? [.note(UIText.protocolProfileAllIllustrative.text(language))]
            : marksIllustrative ? [.note(UIText.profileIllustrative.text(language))] : []
        return ProtocolSection(title: profile.title, blocks: [.facts(facts)] + remark + after)
    }

    /// Catalog numbers with runs of three or more joined: "3, 5, 25–28".
    static func numberRanges(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var start = 0
        let sorted = numbers.sorted()
        while start < sorted.count {
            var end = start
            while end + 1 < sorted.count && sorted[end + 1] == sorted[end] + 1 { end += 1 }
            if end - start >= 2 {
                parts.append("\(sorted[start])–\(sorted[end])")
            } else {
                parts += sorted[start...end].map(String.init)
            }
            start = end + 1
        }
        return parts.joined(separator: ", ")
    }
}

extension Profile {
    /// The entry of ``illustrativeFieldIDs`` that marks the moderators as illustrative.
    static let moderatorsMarkID = "moderators"
    /// The entry of ``illustrativeFieldIDs`` that marks the ratings as illustrative.
    static let assessmentMarkID = "assessment"
}
