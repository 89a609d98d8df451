/// The rules every state of a workshop keeps, whatever commands ran: checked by the monkey
/// test after every event and usable by any check of a file.
extension Workshop {
    /// Every broken rule, described for a developer; empty when the workshop is sound.
    public var invariantViolations: [String] {
        var problems: [String] = []
        func unique(_ name: String, _ ids: [EntityID]) {
            if Set(ids).count != ids.count { problems.append("duplicate \(name) ids") }
        }
        unique("board", boards.map(\.id))
        unique("heading", headings.map(\.id))
        unique("card", cards.map(\.id))
        unique("round", rounds.map(\.id))
        unique("rating", ratings.map(\.id))
        unique("matrix", matrices.map(\.id))
        unique("topic", topics.map(\.id))
        unique("profile", profiles.map(\.id))
        unique("agenda item", agenda.map(\.id))
        let boardIDs = Set(boards.map(\.id))
        let headingBoards = Dictionary(headings.map { ($0.id, $0.boardID) }, uniquingKeysWith: { first, _ in first })
        let cardsByID = Dictionary(cards.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for heading in headings where !boardIDs.contains(heading.boardID) {
            problems.append("heading \(heading.id) on missing board \(heading.boardID)")
        }
        for card in cards {
            if headingBoards[card.headingID] != card.boardID {
                problems.append("card \(card.id) under heading \(card.headingID) not on its board \(card.boardID)")
            }
            if let clusterID = card.clusterID, cardsByID[clusterID]?.isCluster != true {
                problems.append("card \(card.id) in missing round card \(clusterID)")
            }
            for link in card.links where cardsByID[link] == nil {
                problems.append("card \(card.id) links to missing card \(link)")
            }
            if card.text.isEmpty { problems.append("card \(card.id) without text") }
        }
        let roundsByID = Dictionary(rounds.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for rating in ratings {
            guard let round = roundsByID[rating.roundID] else {
                problems.append("rating \(rating.id) of missing round \(rating.roundID)")
                continue
            }
            if !round.scale.contains(rating.value) { problems.append("rating \(rating.id) value \(rating.value) outside the scale") }
            if !round.proposals.contains(where: { $0.id == rating.proposalID }) { problems.append("rating \(rating.id) of missing proposal") }
            if !round.raters.contains(where: { $0.id == rating.raterID }) { problems.append("rating \(rating.id) of missing rater") }
        }
        let matrixIDs = Set(matrices.map(\.id))
        for topic in topics where !matrixIDs.contains(topic.matrixID) {
            problems.append("topic \(topic.id) of missing matrix \(topic.matrixID)")
        }
        return problems
    }
}
