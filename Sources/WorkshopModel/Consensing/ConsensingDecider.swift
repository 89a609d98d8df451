import Foundation

/// Validates consensing commands and decides their events. Every change is a list of
/// invertible events, so one undo reverses all of it (a round with its values, an import).
enum ConsensingDecider {
    static func decide(_ command: ConsensingCommand, in workshop: Workshop,
                       makeID: () -> EntityID) throws(CommandError) -> [WorkshopEvent] {
        switch command {
        case let .addRound(question, drafts, passiveTitle, raterNames, scaleMaximum, chooseCount, missingRule):
            let question = try TextFieldKind.question.validate(question)
            guard ConsensingRound.allowedScales.contains(scaleMaximum) else { throw .invalidScale(scaleMaximum) }
            var proposals: [Proposal] = []
            for draft in drafts {
                let description = try TextFieldKind.proposalDescription.validate(draft.description)
                if TextSanitizer.clean(draft.title, multiline: false).isEmpty && description.isEmpty { continue }
                let title = try TextFieldKind.proposalTitle.validate(draft.title)
                try requireUniqueTitle(title, among: proposals, except: nil)
                proposals.append(Proposal(id: makeID(), title: title, description: description))
            }
            guard !proposals.isEmpty else { throw .roundNeedsProposals }
            let cleanedPassive = TextSanitizer.clean(passiveTitle, multiline: false)
            let passive = try TextFieldKind.proposalTitle.validate(
                cleanedPassive.isEmpty ? ConsensingRound.defaultPassiveTitle : cleanedPassive)
            try requireUniqueTitle(passive, among: proposals, except: nil)
            guard !raterNames.isEmpty else { throw .roundNeedsRaters }
            let raters = try makeRaters(raterNames, after: [], makeID: makeID)
            guard (1...proposals.count).contains(chooseCount) else {
                throw .invalidChooseCount(chooseCount, maximum: proposals.count)
            }
            proposals.append(Proposal(id: makeID(), title: passive, isPassive: true))
            let round = ConsensingRound(id: makeID(), question: question, proposals: proposals, raters: raters,
                                        scaleMaximum: scaleMaximum, chooseCount: chooseCount, missingRule: missingRule)
            return [.rounds(change: .insert(item: round, at: workshop.rounds.count))]

        case let .editRound(id, question, chooseCount, missingRule):
            let old = try round(id, in: workshop)
            var new = old
            new.question = try TextFieldKind.question.validate(question)
            let available = old.activeProposals.count
            guard (1...max(available, 1)).contains(chooseCount) else {
                throw .invalidChooseCount(chooseCount, maximum: available)
            }
            new.chooseCount = chooseCount
            new.missingRule = missingRule
            if old.status == .closed && (new.chooseCount != old.chooseCount || new.missingRule != old.missingRule) {
                throw .roundClosed
            }
            return replace(old, with: new)

        case let .addProposal(roundID, title, description):
            let old = try openRound(roundID, in: workshop)
            let proposal = Proposal(id: makeID(), title: try TextFieldKind.proposalTitle.validate(title),
                                    description: try TextFieldKind.proposalDescription.validate(description))
            try requireUniqueTitle(proposal.title, among: old.proposals, except: nil)
            var new = old
            new.proposals.insert(proposal, at: new.proposals.firstIndex(where: \.isPassive) ?? new.proposals.count)
            return replace(old, with: new)

        case let .renameProposal(roundID, proposalID, title, description):
            let old = try openRound(roundID, in: workshop)
            guard let index = old.proposals.firstIndex(where: { $0.id == proposalID }) else { throw .unknownItem }
            var new = old
            new.proposals[index].title = try TextFieldKind.proposalTitle.validate(title)
            new.proposals[index].description = try TextFieldKind.proposalDescription.validate(description)
            try requireUniqueTitle(new.proposals[index].title, among: old.proposals, except: proposalID)
            return replace(old, with: new)

        case let .removeProposal(roundID, proposalID, force):
            let old = try openRound(roundID, in: workshop)
            guard let proposal = old.proposals.first(where: { $0.id == proposalID }) else { throw .unknownItem }
            if proposal.isPassive && !force { throw .passiveSolutionRemoval(proposal.title) }
            var new = old
            new.proposals.removeAll { $0.id == proposalID }
            let remaining = new.activeProposals.count
            guard remaining > 0 else { throw .roundNeedsProposals }
            new.chooseCount = min(new.chooseCount, remaining)
            var events = removeRatings(in: workshop) { $0.roundID == roundID && $0.proposalID == proposalID }
            events += replace(old, with: new)
            return events

        case let .addRaters(roundID, names):
            let old = try openRound(roundID, in: workshop)
            guard !names.isEmpty else { return [] }
            var new = old
            new.raters += try makeRaters(names, after: old.raters, makeID: makeID)
            return replace(old, with: new)

        case let .removeRater(roundID, raterID):
            let old = try openRound(roundID, in: workshop)
            guard old.raters.contains(where: { $0.id == raterID }) else { throw .unknownItem }
            var new = old
            new.raters.removeAll { $0.id == raterID }
            guard !new.raters.isEmpty else { throw .roundNeedsRaters }
            var events = removeRatings(in: workshop) { $0.roundID == roundID && $0.raterID == raterID }
            events += replace(old, with: new)
            return events

        case let .setRating(roundID, raterID, proposalID, value):
            let round = try openRound(roundID, in: workshop)
            guard round.raters.contains(where: { $0.id == raterID }),
                  round.proposals.contains(where: { $0.id == proposalID }) else { throw .unknownItem }
            if let value, !round.scale.contains(value) { throw .ratingOutOfRange(value, maximum: round.scaleMaximum) }
            return ratingEvents(round: roundID, rater: raterID, proposal: proposalID, value: value, in: workshop.ratings)

        case let .importRatings(roundID, rows):
            return try importEvents(roundID: roundID, rows: rows, in: workshop, makeID: makeID)

        case let .reveal(roundID):
            let old = try openRound(roundID, in: workshop)
            var new = old
            new.status = .revealed
            return replace(old, with: new)

        case let .close(roundID, date):
            let old = try openRound(roundID, in: workshop)
            var new = old
            new.status = .closed
            // Stored to the second: the log keeps dates as ISO 8601 without fractions, so
            // the state read back from disk is the same as the one in memory.
            new.closedAt = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
            new.frozenResult = ConsensingTally.result(for: old, ratings: workshop.ratings(for: roundID))
            return replace(old, with: new)

        case let .reopen(roundID):
            let old = try round(roundID, in: workshop)
            var new = old
            new.status = .collecting
            new.closedAt = nil
            new.frozenResult = nil
            return replace(old, with: new)

        case let .removeRound(id):
            let old = try round(id, in: workshop)
            var events = removeRatings(in: workshop) { $0.roundID == id }
            events.append(.rounds(change: .remove(item: old, at: workshop.rounds.firstIndex(of: old)!)))
            return events
        }
    }

    // MARK: Import

    private static func importEvents(roundID: EntityID, rows: [ImportedRow], in workshop: Workshop,
                                     makeID: () -> EntityID) throws(CommandError) -> [WorkshopEvent] {
        let old = try openRound(roundID, in: workshop)
        let proposalIDs = Set(old.proposals.map(\.id))
        let ratedRaters = Set(workshop.ratings(for: roundID).map(\.raterID))
        var new = old
        var seen: [String] = []
        var assignments: [(raterID: EntityID, values: [EntityID: Int])] = []
        for row in rows {
            let name = try TextFieldKind.raterName.validate(row.name)
            if seen.contains(where: { sameName($0, name) }) { throw .duplicateRater(name) }
            seen.append(name)
            for (proposalID, value) in row.values {
                guard proposalIDs.contains(proposalID) else { throw .unknownItem }
                guard old.scale.contains(value) else { throw .ratingOutOfRange(value, maximum: old.scaleMaximum) }
            }
            let raterID: EntityID
            if let existing = old.raters.first(where: { sameName($0.name, name) }) {
                if ratedRaters.contains(existing.id) { throw .raterAlreadyRated(existing.name) }
                raterID = existing.id
            } else {
                raterID = makeID()
                new.raters.append(Rater(id: raterID, name: name))
            }
            assignments.append((raterID, row.values))
        }
        var events = replace(old, with: new)
        var ratings = workshop.ratings
        for assignment in assignments {
            // In the round's proposal order, so the events do not depend on dictionary order.
            for proposal in old.proposals {
                guard let value = assignment.values[proposal.id] else { continue }
                let rating = Rating(roundID: roundID, raterID: assignment.raterID, proposalID: proposal.id, value: value)
                events.append(.ratings(change: .insert(item: rating, at: ratings.count)))
                ratings.append(rating)
            }
        }
        return events
    }

    // MARK: Helpers

    /// The events that set (insert or replace) or clear one value; none when nothing changes.
    private static func ratingEvents(round: EntityID, rater: EntityID, proposal: EntityID, value: Int?,
                                     in ratings: [Rating]) -> [WorkshopEvent] {
        let id = Rating.id(roundID: round, raterID: rater, proposalID: proposal)
        let index = ratings.firstIndex { $0.id == id }
        switch (index, value) {
        case (nil, nil):
            return []
        case let (nil, value?):
            let rating = Rating(roundID: round, raterID: rater, proposalID: proposal, value: value)
            return [.ratings(change: .insert(item: rating, at: ratings.count))]
        case let (index?, nil):
            return [.ratings(change: .remove(item: ratings[index], at: index))]
        case let (index?, value?):
            let old = ratings[index]
            var new = old
            new.value = value
            return new == old ? [] : [.ratings(change: .replace(old: old, new: new))]
        }
    }

    /// Events that remove the matching values, last first so every stored index stays valid.
    private static func removeRatings(in workshop: Workshop, where matches: (Rating) -> Bool) -> [WorkshopEvent] {
        workshop.ratings.enumerated().reversed().filter { matches($0.element) }.map {
            .ratings(change: .remove(item: $0.element, at: $0.offset))
        }
    }

    private static func replace(_ old: ConsensingRound, with new: ConsensingRound) -> [WorkshopEvent] {
        new == old ? [] : [.rounds(change: .replace(old: old, new: new))]
    }

    /// Raters for `names`, numbering empty names "Person n" on from `existing` and refusing
    /// names already taken (ignoring case and accents).
    private static func makeRaters(_ names: [String], after existing: [Rater],
                                   makeID: () -> EntityID) throws(CommandError) -> [Rater] {
        var taken = existing.map(\.name)
        var raters: [Rater] = []
        for (offset, raw) in names.enumerated() {
            var name = TextSanitizer.clean(raw, multiline: false)
            if name.isEmpty {
                var number = existing.count + offset + 1
                while taken.contains(where: { sameName($0, "Person \(number)") }) { number += 1 }
                name = "Person \(number)"
            }
            name = try TextFieldKind.raterName.validate(name)
            if taken.contains(where: { sameName($0, name) }) { throw .duplicateRater(name) }
            taken.append(name)
            raters.append(Rater(id: makeID(), name: name))
        }
        return raters
    }

    private static func requireUniqueTitle(_ title: String, among proposals: [Proposal],
                                           except id: EntityID?) throws(CommandError) {
        if proposals.contains(where: { $0.id != id && sameName($0.title, title) }) { throw .duplicateProposal(title) }
    }

    /// Names and titles are the same when they differ only in case or accents.
    static func sameName(_ first: String, _ second: String) -> Bool {
        first.compare(second, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame
    }

    private static func round(_ id: EntityID, in workshop: Workshop) throws(CommandError) -> ConsensingRound {
        guard let round = workshop.round(id) else { throw .unknownItem }
        return round
    }

    /// A round that still takes changes (collecting or revealed).
    private static func openRound(_ id: EntityID, in workshop: Workshop) throws(CommandError) -> ConsensingRound {
        let round = try round(id, in: workshop)
        guard round.acceptsValues else { throw .roundClosed }
        return round
    }
}
