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
            ["Rahmenbedingungen", "Nahtstellen oder Abgrenzungen zu anderen Handlungsfeldern",
             "Einzubindende Stakeholder", "Bedarfe / Ideen im Handlungsfeld",
             "Nutzen / Wertschöpfung durch das erfolgreiche Umsetzen des Handlungsfeldes",
             "Zielgruppen des Handlungsfeldes", "Wissenschaftliche, transdisziplinäre Fragestellungen"]
        case .strategyCards:
            ["Finanzen", "Kunden und Anspruchsgruppen", "Prozesse und Strukturen", "Potenziale und Kompetenzen"]
        case .guidingGoals:
            // By pillar of the Leitbild: Gemeinsam (Fig. 17), Innovativ and Nachhaltig (Figs. 23–24).
            ["Kooperation", "Arbeit und Beschäftigung", "Lebensqualität", "Teilhabe und Integration",
             "Internationale Verantwortung",
             "Innovation", "Aus-/Bildung", "Standortattraktivität",
             "Klima schützen und Energie sparsam einsetzen", "Ressourcen schonen", "Nachhaltige Mobilität"]
        }
    }

    /// Whether the template headings are fixed: they can be renamed, but not removed.
    public var hasFixedHeadings: Bool { self == .swot }
}
