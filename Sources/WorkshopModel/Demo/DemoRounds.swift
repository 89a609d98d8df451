/// The consensing round of the alliance's fourth meeting (§4.1.4): four of six prepared
/// real-world labs were chosen by systemic consensing. The seed names the four chosen labs;
/// the two others, the raters and every value are illustrative, chosen so that the tally
/// reproduces the seed's choice.
enum DemoRounds {
    static let roundID = EntityID("demo-round-1")

    /// Proposals with the base resistance the illustrative values start from.
    private static let proposals: [(Proposal, base: Int)] = [
        (Proposal(id: EntityID("demo-proposal-1"), title: "City-Logistik unter Nachhaltigkeitsgesichtspunkten",
                  description: "Reallabor: Lieferverkehr in der Innenstadt bündeln und emissionsarm gestalten."), 0),
        (Proposal(id: EntityID("demo-proposal-2"), title: "Hybride Formen des Handels",
                  description: "Reallabor: stationären und Online-Handel in der Innenstadt verbinden."), 1),
        (Proposal(id: EntityID("demo-proposal-3"), title: "Bottroper Unternehmen wirtschaften nachhaltig",
                  description: "Reallabor: Unternehmen erproben nachhaltiges Wirtschaften gemeinsam."), 2),
        (Proposal(id: EntityID("demo-proposal-4"), title: "Digitale Koproduktion im Handwerk",
                  description: "Reallabor: Handwerksbetriebe produzieren digital vernetzt."), 3),
        // Illustrative: the seed does not name the two labs that were not chosen.
        (Proposal(id: EntityID("demo-proposal-5"), title: "Leerstandsmanagement als Reallabor (illustrativ)",
                  description: "Illustrativ: Zwischennutzung leerer Ladenlokale."), 5),
        (Proposal(id: EntityID("demo-proposal-6"), title: "Gründungscampus an der Hochschule (illustrativ)",
                  description: "Illustrativ: Gründungsberatung und Räume auf dem Campus."), 6),
        (Proposal(id: EntityID("demo-proposal-passive"), title: ConsensingRound.defaultPassiveTitle,
                  description: "Keines der Reallabore startet.", isPassive: true), 7),
    ]

    /// Twelve anonymous raters (illustrative).
    private static let raters = (1...12).map { Rater(id: EntityID("demo-rater-\($0)"), name: "Person \($0)") }

    static let rounds = [
        ConsensingRound(id: roundID, question: "Welche vier Reallabore starten wir? (Werte illustrativ)",
                        proposals: proposals.map(\.0), raters: raters, scaleMaximum: 10, chooseCount: 4),
    ]

    /// Every rater's value for every proposal: the base plus a spread of 0–3 (illustrative).
    static let ratings: [Rating] = raters.enumerated().flatMap { raterIndex, rater in
        proposals.enumerated().map { proposalIndex, entry in
            Rating(roundID: roundID, raterID: rater.id, proposalID: entry.0.id,
                   value: min(10, entry.base + (raterIndex * 3 + proposalIndex * 5) % 4))
        }
    }
}
