import Foundation

/// Human-readable descriptions of events and records, for the `log` command and for
/// messages like "Undone: …".
public enum EventDescription {
    /// One line describing `event`. With `workshop` (the state the names are read from) a
    /// value is described with its proposal and rater ("Wert 7 für „X“ von Person 3");
    /// without it, or when the round is gone, just with the value.
    public static func describe(_ event: WorkshopEvent, _ language: Language, in workshop: Workshop? = nil) -> String {
        switch event {
        case let .info(old, new):
            var changes: [String] = []
            if old.title != new.title { changes.append("\(UIText.fieldTitle.text(language)) „\(new.title)“") }
            if old.date != new.date { changes.append("\(UIText.logDate.text(language)) \(new.date)") }
            if old.place != new.place { changes.append("\(UIText.fieldPlace.text(language)) „\(new.place)“") }
            return UIText.logInfoChanged.format(language, changes.joined(separator: ", "))
        case let .people(list, change):
            return describe(change, in: list.label(language), name: { person in
                person.organisation.map { "\(person.name) (\($0))" } ?? person.name
            }, language)
        case let .agenda(change):
            return describe(change, in: UIText.agenda.text(language), name: { item in
                "\(item.title), \(item.kind.label(language)), \(item.plannedMinutes) min"
            }, language)
        case let .boards(change):
            return describe(change, in: UIText.boards.text(language), name: \.title, language)
        case let .headings(change):
            return describe(change, in: UIText.fieldHeading.text(language), name: \.title, language)
        case let .cards(.replace(old, new)) where old.text == new.text && old.headingID != new.headingID:
            return UIText.logCardMoved.format(language, new.text.replacingOccurrences(of: "\n", with: " "))
        case let .cards(change):
            return describe(change, in: UIText.card.text(language), name: { card in
                card.text.replacingOccurrences(of: "\n", with: " ")
            }, language)
        case let .rounds(.replace(old, new)):
            return describeRound(old: old, new: new, language)
        case let .rounds(change):
            return describe(change, in: UIText.kindConsensing.text(language), name: \.question, language)
        case let .ratings(change):
            return describeRating(change, language, in: workshop)
        case let .quickDecisions(.replace(old, new)):
            return describeQuickDecision(old: old, new: new, language)
        case let .quickDecisions(change):
            switch change {
            case let .insert(item, _), let .remove(item, _):
                return describe(change, in: item.kind.label(language), name: \.title, language)
            case .replace, .move:
                return describe(change, in: UIText.quickTitle.text(language), name: \.title, language)
            }
        case let .matrices(.replace(old, new)):
            return describeMatrix(old: old, new: new, language)
        case let .matrices(change):
            return describe(change, in: UIText.kindMateriality.text(language), name: \.title, language)
        case let .topics(.replace(old, new)) where old.label == new.label:
            return describePlacement(new, language)
        case let .topics(change):
            return describe(change, in: UIText.fieldTopic.text(language), name: \.label, language)
        case let .profiles(.replace(old, new)):
            return describeProfile(old: old, new: new, language, in: workshop)
        case let .profiles(change):
            return describe(change, in: UIText.profile.text(language), name: { "\($0.number) \($0.title)" }, language)
        case let .profileTemplates(change):
            return describe(change, in: UIText.template.text(language), name: \.name, language)
        case let .projection(_, new):
            return UIText.logProjection.format(language, describe(new, language, in: workshop))
        case let .timer(old, new):
            return describeTimer(old: old, new: new, language, in: workshop)
        case let .assessmentGrid(_, new):
            return UIText.logAssessmentGrid.format(language, new.criteria.map(\.name).joined(separator: ", "),
                                                   new.levels.joined(separator: " < "))
        }
    }

    /// A one-line summary of a record: its first event, and how many more there are.
    /// An undo is summarised by the change it reverses. `workshop` supplies names (see
    /// ``describe(_:_:in:)``).
    public static func summary(_ record: EventRecord, _ language: Language, in workshop: Workshop? = nil) -> String {
        let events = record.kind == .undo ? record.events.reversed().map(\.inverse) : record.events
        guard let first = events.first else { return "" }
        let head = describe(first, language, in: workshop)
        return events.count > 1 ? UIText.logMoreEvents.format(language, head, events.count - 1) : head
    }

    /// The record's kind as a word: "Anlage", "Änderung", "Rückgängig #12", …
    public static func kind(_ record: EventRecord, _ language: Language) -> String {
        switch record.kind {
        case .creation: UIText.logKindCreation.text(language)
        case .change: UIText.logKindChange.text(language)
        case .undo: UIText.logKindUndo.format(language, record.target ?? 0)
        case .redo: UIText.logKindRedo.format(language, record.target ?? 0)
        case .session: UIText.logKindSession.text(language)
        }
    }

    private static func describe<Element>(_ change: ListChange<Element>, in list: String,
                                          name: (Element) -> String, _ language: Language) -> String {
        switch change {
        case let .insert(item, _): UIText.logAdded.format(language, list, name(item))
        case let .remove(item, _): UIText.logRemoved.format(language, list, name(item))
        case let .replace(old, new): UIText.logReplaced.format(language, list, name(old), name(new))
        case .move: UIText.logMoved.format(language, list)
        }
    }

    /// What changed in a round: its status, a proposal, the raters, or else its settings.
    private static func describeRound(old: ConsensingRound, new: ConsensingRound, _ language: Language) -> String {
        if old.status != new.status {
            switch new.status {
            case .revealed: return UIText.logRoundRevealed.format(language, new.question)
            case .collecting: return UIText.logRoundReopened.format(language, new.question)
            case .closed:
                let chosen = (new.frozenResult?.chosen ?? []).map { "„\($0.title)“" }
                return UIText.logRoundClosed.format(language, new.question,
                                                    chosen.isEmpty ? UIText.logNothingChosen.text(language) : chosen.joined(separator: ", "))
            }
        }
        let oldProposals = Dictionary(old.proposals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newProposals = Dictionary(new.proposals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        if let added = new.proposals.first(where: { oldProposals[$0.id] == nil }) {
            return UIText.logProposalAdded.format(language, added.title, new.question)
        }
        if let removed = old.proposals.first(where: { newProposals[$0.id] == nil }) {
            return UIText.logProposalRemoved.format(language, removed.title, new.question)
        }
        if let changed = new.proposals.first(where: { oldProposals[$0.id] != $0 }), let before = oldProposals[changed.id] {
            return UIText.logProposalChanged.format(language, before.title, changed.title)
        }
        let oldRaters = Set(old.raters.map(\.id))
        let newRaters = Set(new.raters.map(\.id))
        let addedRaters = new.raters.filter { !oldRaters.contains($0.id) }
        if !addedRaters.isEmpty {
            return UIText.logRatersAdded.format(language, new.question, addedRaters.map(\.name).joined(separator: ", "))
        }
        if let removed = old.raters.first(where: { !newRaters.contains($0.id) }) {
            return UIText.logRaterRemoved.format(language, removed.name, new.question)
        }
        if old.question != new.question {
            return UIText.logReplaced.format(language, UIText.kindConsensing.text(language), old.question, new.question)
        }
        return UIText.logRoundChanged.format(language, new.question)
    }

    /// What changed in a quick decision: recorded (with its result), reopened, a signature,
    /// a count, or else just that it changed.
    private static func describeQuickDecision(old: QuickDecision, new: QuickDecision, _ language: Language) -> String {
        if old.recordedAt == nil, new.recordedAt != nil {
            return UIText.logQuickRecorded.format(language, new.title, quickResult(new, language))
        }
        if old.recordedAt != nil, new.recordedAt == nil {
            return UIText.logQuickReopened.format(language, new.title)
        }
        if let signed = new.signatures.first(where: { !old.signatures.contains($0) }) {
            return UIText.logQuickSigned.format(language, signed, new.title)
        }
        if let removed = old.signatures.first(where: { !new.signatures.contains($0) }) {
            return UIText.logQuickUnsigned.format(language, removed, new.title)
        }
        if old.counts.count == new.counts.count,
           let index = new.counts.indices.first(where: { new.counts[$0] != old.counts[$0] }) {
            return UIText.logQuickCount.format(language, new.title, new.optionLabel(index, language),
                                               "\(old.counts[index]) → \(new.counts[index])")
        }
        return UIText.logQuickChanged.format(language, new.title)
    }

    /// What changed in a matrix: a comparison started, answered, taken back or dropped, or
    /// else its title or settings.
    private static func describeMatrix(old: MaterialityMatrix, new: MaterialityMatrix, _ language: Language) -> String {
        for axis in MatrixAxisKind.allCases {
            let before = old.sorting(axis)
            let after = new.sorting(axis)
            guard before != after else { continue }
            let axisName = new.axis(axis).name
            guard let after else { return UIText.logSortingDropped.format(language, new.title, axisName) }
            if let before, before.topicIDs == after.topicIDs {
                if after.answers.count == before.answers.count + 1, after.answers.starts(with: before.answers),
                   let answer = after.answers.last {
                    return UIText.logSortingAnswer.format(language, new.title, axisName, answer.label(language))
                }
                if !before.answers.isEmpty, after.answers == Array(before.answers.dropLast()) {
                    return UIText.logSortingTakenBack.format(language, new.title, axisName)
                }
            }
            return UIText.logSortingStarted.format(language, new.title, axisName)
        }
        if old.title != new.title {
            return UIText.logReplaced.format(language, UIText.kindMateriality.text(language), old.title, new.title)
        }
        return UIText.logMatrixChanged.format(language, new.title)
    }

    /// "Thema „X“ platziert: x 0,75 · y 0,25" (a coordinate not set is "–").
    private static func describePlacement(_ topic: MatrixTopic, _ language: Language) -> String {
        guard topic.x != nil || topic.y != nil else { return UIText.logTopicUnplaced.format(language, topic.label) }
        func value(_ coordinate: Double?) -> String {
            guard let coordinate else { return "–" }
            let text = String(format: "%.2f", coordinate)
            return language == .de ? text.replacingOccurrences(of: ".", with: ",") : text
        }
        return UIText.logTopicPlaced.format(language, topic.label, "x \(value(topic.x)) · y \(value(topic.y))")
    }

    /// "Dafür 12, Dagegen 3, Enthaltung 1 – angenommen"; "5 Unterschrift(en)".
    private static func quickResult(_ decision: QuickDecision, _ language: Language) -> String {
        if decision.kind == .signatures { return UIText.logQuickSignatureCount.format(language, decision.total) }
        let counts = decision.counts.indices.map { "\(decision.optionLabel($0, language)) \(decision.counts[$0])" }
            .joined(separator: ", ")
        guard decision.kind == .showOfHands else { return counts }
        let outcome = switch decision.isAdopted {
        case true?: UIText.logQuickAdopted
        case false?: UIText.logQuickRejected
        case nil: UIText.logQuickTie
        }
        return "\(counts) – \(outcome.text(language))"
    }

    /// "Wert 7 für „City-Logistik“ von Person 3", or "Wert 7 eingetragen" without names.
    private static func describeRating(_ change: ListChange<Rating>, _ language: Language,
                                       in workshop: Workshop?) -> String {
        let rating: Rating
        let value: String?
        switch change {
        case let .insert(item, _):
            (rating, value) = (item, "\(item.value)")
        case let .replace(old, new):
            (rating, value) = (new, old.value == new.value ? "\(new.value)" : "\(old.value) → \(new.value)")
        case let .remove(item, _):
            (rating, value) = (item, nil)
        case .move:
            return UIText.logMoved.format(language, UIText.kindConsensing.text(language))
        }
        let round = workshop?.round(rating.roundID)
        if let proposal = round?.proposals.first(where: { $0.id == rating.proposalID }),
           let rater = round?.raters.first(where: { $0.id == rating.raterID }) {
            if let value { return UIText.logRatingSet.format(language, value, proposal.title, rater.name) }
            return UIText.logRatingCleared.format(language, proposal.title, rater.name)
        }
        if let value { return UIText.logRatingSetShort.format(language, value) }
        return UIText.logRatingClearedShort.text(language)
    }
}
