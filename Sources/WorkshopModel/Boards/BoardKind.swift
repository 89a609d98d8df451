/// The instruments that share the shape "cards under headings" (domain §1, §5).
public enum BoardKind: String, Codable, Sendable, CaseIterable {
    /// A theme table: free headings, prepared with a landscape of sub-aspects.
    case themeTable
    /// SWOT: four fixed fields, inside (strengths, weaknesses) and outside (opportunities, risks).
    case swot
    /// Mind map of a field of action: the seven branches of Fig. 25.
    case mindMap
    /// Strategy cards: the four Balanced-Scorecard perspectives (§4.2.1).
    case strategyCards
    /// Guiding goals: one heading per dimension (Fig. 17), each goal with its source as a tag.
    case guidingGoals

    /// The headings a new board of this kind starts with (German: the workshops are German).
    public var templateHeadings: [String] {
        switch self {
        case .themeTable:
            ["Beiträge"]
        case .swot:
            ["Stärken (intern)", "Schwächen (intern)", "Chancen (extern)", "Risiken (extern)"]
        case .mindMap:
            ["Rahmenbedingungen", "Schnittstellen zu anderen Handlungsfeldern", "Einzubindende Akteure",
             "Bedarfe und Ideen", "Nutzen", "Zielgruppen", "Wissenschaftliche Fragestellungen"]
        case .strategyCards:
            ["Finanzen", "Kunden und Anspruchsgruppen", "Prozesse und Strukturen", "Potenziale und Kompetenzen"]
        case .guidingGoals:
            ["Ökonomie", "Ökologie", "Soziales", "Governance"]
        }
    }

    /// Whether the template headings are fixed (cannot be renamed away or removed).
    public var hasFixedHeadings: Bool { self == .swot }
}
