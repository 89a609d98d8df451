extension EventDescription {
    /// What changed in a profile: the first differing part, named.
    static func describeProfile(old: Profile, new: Profile, _ language: Language, in workshop: Workshop?) -> String {
        if old.title != new.title { return UIText.logProfileTitle.format(language, old.title, new.title) }
        if old.values != new.values {
            let template = workshop?.profileTemplate(new.templateID)
            let changed = Set(old.values.keys).union(new.values.keys).filter { old.values[$0] != new.values[$0] }
            let names = changed.sorted().map { id in template?.field(id)?.name ?? id }
            return UIText.logProfileField.format(language, new.title, names.joined(separator: ", "))
        }
        if old.funnel != new.funnel { return UIText.logProfileFunnel.format(language, new.title, new.funnel.label(language)) }
        if old.moderatorIDs != new.moderatorIDs {
            let names = workshop.map { $0.moderatorNames(of: new) } ?? new.moderatorIDs.map(\.rawValue)
            return UIText.logProfileModerators.format(language, new.title, names.joined(separator: ", "))
        }
        if old.number != new.number { return UIText.logProfileNumber.format(language, new.title, new.number) }
        if old.assessment != new.assessment {
            let grid = workshop?.assessmentGrid ?? .standard
            let ratings = grid.criteria.compactMap { criterion in
                new.assessment[criterion.id].map { level in
                    "\(criterion.name) \(grid.levels.indices.contains(level) ? grid.levels[level] : String(level + 1))"
                }
            }
            return UIText.logProfileAssessment.format(language, new.title, ratings.joined(separator: ", "))
        }
        return UIText.logProfileNotes.format(language, new.title)
    }
}
