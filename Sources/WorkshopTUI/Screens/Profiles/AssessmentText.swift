import WorkshopModel

/// A profile's rating on the assessment grid as compact text: one group of dots per
/// criterion, filled up to the rated level ("●●○"), "·" when not rated.
enum AssessmentText {
    /// The dots for one criterion.
    static func dots(_ level: Int?, levels: Int) -> String {
        guard let level else { return String(repeating: "·", count: levels) }
        let filled = min(max(level + 1, 0), levels)
        return String(repeating: "●", count: filled) + String(repeating: "○", count: levels - filled)
    }

    /// All criteria in one line, each introduced by its initial: "G●●○ I●○○ N●●●".
    static func compact(_ profile: Profile, grid: AssessmentGrid) -> String {
        grid.criteria.map { criterion in
            String(criterion.name.prefix(1)) + dots(profile.assessment[criterion.id], levels: grid.levels.count)
        }.joined(separator: " ")
    }
}
