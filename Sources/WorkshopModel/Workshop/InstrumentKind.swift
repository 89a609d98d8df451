/// The kinds of agenda items a workshop of the alliance uses (domain §1–§5).
public enum InstrumentKind: String, Codable, Sendable, CaseIterable {
    /// Welcome, keynotes, talks: nothing to record but time.
    case plenary
    /// Parallel theme tables with moderation cards.
    case themeTables
    /// SWOT board: strengths, weaknesses, opportunities, risks.
    case swot
    /// Guiding statement and goals (Leitbild / Leitziele).
    case guidingGoals
    /// Four-field materiality matrix with pairwise comparison.
    case materiality
    /// Profile forms (Steckbriefe) of project ideas and real-world labs.
    case profileForms
    /// Systemic consensing and other decisions.
    case consensing
    /// Break.
    case pause

    /// The kinds of board this instrument works with (empty for instruments without boards).
    public var boardKinds: Set<BoardKind> {
        switch self {
        case .themeTables: [.themeTable, .mindMap, .strategyCards]
        case .swot: [.swot]
        case .guidingGoals: [.guidingGoals]
        case .plenary, .pause, .materiality, .profileForms, .consensing: []
        }
    }
}
