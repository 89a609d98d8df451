/// The materiality matrix of the built-in demo workshop (issue 4, item 7; domain §2).
///
/// The report says that at the alliance workshop about 50 participants prioritised about 15 of
/// 30 topics with a materiality analysis (lines 539–545), and describes the method: a
/// four-field matrix over two axes the group defines, placement by pairwise comparison, top
/// right the top priority, bottom left not prioritised (lines 1262–1281). It prints neither
/// the axes nor the filled-in matrix (only photos, Figs. 7 and 12). The 30 topics here are from
/// the report (line numbers refer to seed/wirtschaftsallianz-bottrop-bericht.txt):
///
/// - 18 of the 24 project ideas of Table 2 "Ergebnisse Allianz-Workshop: Projektideen"
///   (lines 2061–2622), by their titles, in the catalogue's order (numbers 7, 14, 16, 20, 21
///   and 22 are left out);
/// - 12 of the 16 challenges of Table 1 (lines 1476–1620), taken from the cards of the demo's
///   challenges board, so that each of these topics points to its card.
///
/// The axes and every position are illustrative, and the matrix is marked so
/// (``MaterialityMatrix/isIllustrative``). The positions put 15 topics into the top-right
/// quadrant, among them the ideas behind three of the four real-world labs the alliance later
/// chose (§4.1.4, see ``DemoRounds``): the City-Hub, hybrid retail and cooperative production
/// in the crafts.
enum DemoMatrices {
    static let matrixID = EntityID("demo-matrix-1")

    static let matrices = [
        MaterialityMatrix(id: matrixID,
                          title: "Priorisierung der Themen (Achsen und Platzierung illustrativ)",
                          xAxis: MatrixAxis(name: "Handlungsfähigkeit der Allianz", low: "gering", high: "hoch"),
                          yAxis: MatrixAxis(name: "Relevanz für den Standort", low: "gering", high: "hoch"),
                          isIllustrative: true),
    ]

    /// Project ideas of Table 2 with their catalogue number and an illustrative position.
    private static let ideas: [(number: Int, title: String, x: Double, y: Double)] = [
        (1, "Elektromobiler City-Hub", 0.78, 0.82),
        (2, "WLAN in der Innenstadt", 0.82, 0.38),
        (3, "Hybride Formen des Einzelhandels – „Die Bottrop-Plattform“", 0.85, 0.88),
        (4, "Einzelhandel Bottrop – „Die Bottrop Card“", 0.76, 0.55),
        (5, "Freizeit- und Aufenthaltsqualität in der Innenstadt verbessern", 0.62, 0.58),
        (6, "Nachhaltige Transportdienstleistungen aus der Innenstadt", 0.72, 0.42),
        (8, "Nachhaltige Mobilität zu den großen Freizeitdestinationen", 0.34, 0.40),
        (9, "Markenentwicklung für Bottrop", 0.60, 0.72),
        (10, "Coaching / Anwenderinfo zum Thema Digitalisierung", 0.88, 0.62),
        (11, "Gemeinsames Bottroper Fachkräfteportal/Ausschreibungs-/Informationsplattform für Bottroper Unternehmen",
         0.72, 0.90),
        (12, "Projektplattform zwischen Unternehmen und Hochschule (starke Partnerschaften)", 0.70, 0.68),
        (13, "Allianz/Verbund von Ausbildungsbetrieben", 0.66, 0.84),
        (15, "Kultur der Selbstständigkeit in die Berufsschulen bringen", 0.64, 0.30),
        (17, "Patenschaften/Partnerschaften für Gründer mit bestehenden Unternehmen (neue kooperative Geschäftsmodelle)",
         0.58, 0.44),
        (18, "Bottroper Gründer Fonds – Jede Idee zählt", 0.76, 0.22),
        (19, "Ideen Garage Bottrop – Vom Hinterhof zur Produktion", 0.68, 0.52),
        (23, "Unternehmensnachfolge: Portal und Patenschaften", 0.57, 0.66),
        (24, "Kooperative Produktion im Handwerk", 0.80, 0.76),
    ]

    /// Challenges of Table 1 (the text of their cards) with an illustrative position.
    private static let challenges: [(text: String, x: Double, y: Double)] = [
        ("Reduzierung des Ressourcenverbrauchs", 0.35, 0.57),
        ("Ausbau nachhaltiger Freizeitinfrastruktur", 0.40, 0.28),
        ("Mangelnde Flächenverfügbarkeit", 0.18, 0.86),
        ("Wettbewerb mit umliegenden Städten", 0.30, 0.62),
        ("Geringer Grad der Kooperation und Vernetzung", 0.92, 0.80),
        ("Fachkräftemangel/mangelnde Bindung der Beschäftigten an die Unternehmen", 0.42, 0.93),
        ("Identifikation der Region", 0.45, 0.35),
        ("Geringe Übernachtungsquote und -zahlen", 0.22, 0.20),
        ("Überalterung", 0.12, 0.74),
        ("Innovationsschwäche", 0.38, 0.70),
        ("Rückgang des inhabergeführten Einzelhandels", 0.53, 0.78),
        ("Digitalisierung", 0.55, 0.94),
    ]

    /// The card of a challenge on the challenges board (the first demo board).
    private static func challengeCard(_ text: String) -> EntityID? {
        let board = DemoBoards.boards.first?.id
        return DemoBoards.cards.first { $0.boardID == board && $0.text == text }?.id
    }

    static let topics: [MatrixTopic] = {
        let entries = ideas.map { (label: $0.title, x: $0.x, y: $0.y, card: EntityID?.none) }
            + challenges.map { (label: $0.text, x: $0.x, y: $0.y, card: challengeCard($0.text)) }
        return entries.enumerated().map { index, entry in
            MatrixTopic(id: EntityID("demo-topic-\(index + 1)"), matrixID: matrixID, label: entry.label,
                        x: entry.x, y: entry.y, sourceCardID: entry.card)
        }
    }()
}
