/// The rough assessment grid (Grob-Raster) of a workshop: criteria × an ordered scale.
///
/// The source report names the grid but not its criteria, so it is configurable; the default
/// rates the contribution to the alliance's three pillars, feasibility and the resources needed.
public struct AssessmentGrid: Codable, Equatable, Sendable {
    public var criteria: [AssessmentCriterion]
    /// The scale's steps from lowest to highest, e.g. "gering", "mittel", "hoch".
    public var levels: [String]

    public init(criteria: [AssessmentCriterion], levels: [String]) {
        self.criteria = criteria
        self.levels = levels
    }

    /// The grid a new workshop starts with.
    public static let standard = AssessmentGrid(
        criteria: [
            AssessmentCriterion(id: "together", name: "Gemeinsam"),
            AssessmentCriterion(id: "innovative", name: "Innovativ"),
            AssessmentCriterion(id: "sustainable", name: "Nachhaltig"),
            AssessmentCriterion(id: "feasibility", name: "Umsetzbarkeit"),
            AssessmentCriterion(id: "resources", name: "Ressourcenbedarf"),
        ],
        levels: ["gering", "mittel", "hoch"])

    /// How many criteria a grid may have.
    public static let criteriaRange = 1...12
    /// How many steps a scale may have.
    public static let levelRange = 2...7
}

/// One row of the assessment grid.
public struct AssessmentCriterion: Codable, Equatable, Sendable {
    /// Stable key; profiles store their rating under it.
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
