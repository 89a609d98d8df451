/// The workshop as CSV tables, one file per kind of content (`--format csv`).
///
/// Each table is built by one function (see ``tableBuilders``); adding a file to the export
/// is adding one function to that list.
public enum ProtocolCSV {
    /// Builds one CSV file from the workshop, with the header in `language`.
    public typealias TableBuilder = @Sendable (Workshop, Language) -> CSVTable

    /// The files in export order: cards, topics, votes, decisions, profiles.
    public static let tableBuilders: [TableBuilder] = [cards, topics, votes, decisions, profiles]

    /// The tables of `workshop`.
    public static func tables(_ workshop: Workshop, _ language: Language) -> [CSVTable] {
        tableBuilders.map { $0(workshop, language) }
    }

    /// `cards.csv`: every card of every board in display order (a round card followed by the
    /// cards grouped under it), with the texts of the cards it links to, one per line.
    static func cards(_ workshop: Workshop, _ language: Language) -> CSVTable {
        let texts = Dictionary(workshop.cards.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        let yes = UIText.yes.text(language), no = UIText.no.text(language)
        var rows: [[CSVTable.Cell]] = []
        for board in workshop.boards {
            for column in BoardContent(board: board, in: workshop).columns {
                for entry in column.entries {
                    let card = entry.card
                    rows.append([.text(board.title), .text(column.heading.title), .text(card.text), .text(card.author ?? ""),
                                 .text(card.tags.joined(separator: ", ")), .text(card.isPrepared ? yes : no),
                                 .text(card.links.compactMap { texts[$0] }.joined(separator: "\n"))])
                }
            }
        }
        return CSVTable(name: "cards.csv",
                        header: [UIText.protocolColumnBoard, .fieldHeading, .card, .protocolColumnAuthor, .protocolColumnTags,
                                 .protocolPrepared, .protocolLinkedCards].map { $0.text(language) },
                        rows: rows)
    }

    /// `topics.csv`: the topics of every matrix in priority order, with position, quadrant,
    /// rank and whether they are prioritised.
    static func topics(_ workshop: Workshop, _ language: Language) -> CSVTable {
        var rows: [[CSVTable.Cell]] = []
        for matrix in workshop.matrices {
            let prioritised = workshop.prioritisedTopics(of: matrix.id).count
            for (index, topic) in workshop.priorityList(of: matrix.id).enumerated() {
                rows.append([.text(matrix.title), .text(topic.label), topic.x.map(CSVTable.Cell.decimal) ?? .empty,
                             topic.y.map(CSVTable.Cell.decimal) ?? .empty,
                             .text(topic.quadrant.map(matrix.quadrantName) ?? UIText.notPlaced.text(language)),
                             .integer(index + 1), .text((index < prioritised ? UIText.yes : UIText.no).text(language))])
            }
        }
        return CSVTable(name: "topics.csv",
                        header: [UIText.matrixTitle, .protocolColumnTopic, .protocolColumnX, .protocolColumnY,
                                 .protocolColumnQuadrant, .columnRank, .protocolPrioritised].map { $0.text(language) },
                        rows: rows)
    }

    /// `votes.csv`: every rater's value for every proposal, empty where missing. Rounds still
    /// collecting are left out, as in the protocol: their values are not revealed yet.
    static func votes(_ workshop: Workshop, _ language: Language) -> CSVTable {
        var rows: [[CSVTable.Cell]] = []
        for round in workshop.rounds where round.status != .collecting {
            var values: [EntityID: Int] = [:]
            for rating in workshop.ratings(for: round.id) { values[rating.id] = rating.value }
            for rater in round.raters {
                for proposal in round.proposals {
                    let value = values[Rating.id(roundID: round.id, raterID: rater.id, proposalID: proposal.id)]
                    rows.append([.text(round.question), .text(rater.name), .text(proposal.title),
                                 value.map(CSVTable.Cell.integer) ?? .empty])
                }
            }
        }
        return CSVTable(name: "votes.csv",
                        header: [UIText.protocolColumnRound, .protocolColumnRater, .columnProposal, .columnResistance]
                            .map { $0.text(language) },
                        rows: rows)
    }

    /// `decisions.csv`: the consensing rounds and the quick decisions with their status and
    /// result in words.
    static func decisions(_ workshop: Workshop, _ language: Language) -> CSVTable {
        var rows: [[CSVTable.Cell]] = []
        for round in workshop.rounds {
            let outcome = ProtocolDocument.roundOutcome(round, workshop.result(for: round), language)
            rows.append([.text(round.question), .text(UIText.kindConsensing.text(language)),
                         .text(ProtocolDocument.roundStatus(round, language)), .text(outcome.joined(separator: " – "))])
        }
        for decision in workshop.quickDecisions {
            let summary: String
            if decision.kind == .signatures {
                summary = UIText.protocolSignatureCount.format(language, decision.signatures.count)
                    + (decision.signatures.isEmpty ? "" : ": " + decision.signatures.joined(separator: ", "))
            } else {
                summary = decision.options.indices.map { "\(decision.optionLabel($0, language)): \(decision.count($0))" }
                    .joined(separator: ", ") + (decision.outcome(language).map { " – " + $0 } ?? "")
            }
            rows.append([.text(decision.title), .text(decision.kind.label(language)),
                         .text(ProtocolDocument.decisionStatus(decision, language)), .text(summary)])
        }
        return CSVTable(name: "decisions.csv",
                        header: [UIText.fieldQuestion, .protocolColumnKind, .protocolStatus, .protocolColumnOutcome]
                            .map { $0.text(language) },
                        rows: rows)
    }

    /// `profiles.csv`: the profile forms in long form, by catalog number. One row per filled
    /// field, per note and per rating, each repeating the profile's number, template, title,
    /// funnel code and moderators, so that one filter (funnel "RL", field "Zeitplan", kind
    /// "Bewertung") finds across templates what the forms say. A profile with nothing filled
    /// in has one row with kind, field, text and the illustrative flag empty.
    static func profiles(_ workshop: Workshop, _ language: Language) -> CSVTable {
        let yes = UIText.yes.text(language), no = UIText.no.text(language)
        let grid = workshop.assessmentGrid
        var rows: [[CSVTable.Cell]] = []
        for profile in workshop.catalog(order: .number) {
            let illustrative = Set(profile.illustrativeFieldIDs)
            let profileCells: [CSVTable.Cell] = [
                .integer(profile.number), .text(workshop.profileTemplate(profile.templateID, in: language)?.name ?? ""), .text(profile.title),
                .text(profile.funnel.code), .text(workshop.moderatorNames(of: profile).joined(separator: ", ")),
            ]
            var lines: [[CSVTable.Cell]] = []
            func add(_ kind: UIText, _ name: String, _ text: String, illustrativeID: String?) {
                let isIllustrative = illustrativeID.map(illustrative.contains) ?? false
                lines.append([.text(kind.text(language)), .text(name), .text(text), .text(isIllustrative ? yes : no)])
            }
            for field in ProtocolDocument.fields(of: profile, in: workshop, language) {
                let text = profile.value(field.id)
                if !text.isEmpty { add(.protocolColumnField, field.name, text, illustrativeID: field.id) }
                for note in profile.notes(on: field.id) { add(.fieldProfileNote, field.name, note.text, illustrativeID: nil) }
            }
            for criterion in grid.criteria {
                guard let level = ProtocolDocument.assessmentLevel(profile, criterion, grid) else { continue }
                add(.catalogAssessment, criterion.name, level, illustrativeID: Profile.assessmentMarkID)
            }
            if lines.isEmpty { lines = [[.empty, .empty, .empty, .empty]] }
            rows += lines.map { profileCells + $0 }
        }
        return CSVTable(name: "profiles.csv",
                        header: [UIText.catalogNumber, .fieldTemplate, .fieldTitle, .catalogFunnel, .catalogModerators,
                                 .protocolColumnKind, .protocolColumnField, .protocolColumnText, .protocolColumnIllustrative]
                            .map { $0.text(language) },
                        rows: rows)
    }
}
