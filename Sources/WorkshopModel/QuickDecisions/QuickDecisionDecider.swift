import Foundation

/// Validates quick-decision commands and decides their events: each is one insert, replace
/// or remove of a ``QuickDecision``, so one undo reverses it.
enum QuickDecisionDecider {
    static func decide(_ command: QuickDecisionCommand, in workshop: Workshop,
                       makeID: () -> EntityID) throws(CommandError) -> [WorkshopEvent] {
        switch command {
        case let .addShowOfHands(title):
            let decision = QuickDecision(id: makeID(), kind: .showOfHands,
                                         title: try TextFieldKind.decisionTitle.validate(title),
                                         options: QuickDecision.showOfHandsOptions)
            return insert(decision, in: workshop)

        case let .addDotVoting(title, rawOptions, dotsPerPerson, stackingAllowed):
            let title = try TextFieldKind.decisionTitle.validate(title)
            var options: [String] = []
            for raw in rawOptions where !TextSanitizer.clean(raw, multiline: false).isEmpty {
                let option = try TextFieldKind.optionLabel.validate(raw)
                if options.contains(where: { sameText($0, option) }) { throw .duplicateOption(option) }
                options.append(option)
            }
            guard QuickDecision.optionCountRange.contains(options.count) else { throw .invalidOptionCount(options.count) }
            guard QuickDecision.dotsPerPersonRange.contains(dotsPerPerson) else { throw .invalidDotsPerPerson(dotsPerPerson) }
            let decision = QuickDecision(id: makeID(), kind: .dotVoting, title: title, options: options,
                                         dotsPerPerson: dotsPerPerson, stackingAllowed: stackingAllowed)
            return insert(decision, in: workshop)

        case let .addPositioning(title, poleA, poleB, segments):
            let title = try TextFieldKind.decisionTitle.validate(title)
            guard !TextSanitizer.clean(poleA, multiline: false).isEmpty,
                  !TextSanitizer.clean(poleB, multiline: false).isEmpty else { throw .poleMissing }
            let poles = [try TextFieldKind.optionLabel.validate(poleA), try TextFieldKind.optionLabel.validate(poleB)]
            guard QuickDecision.segmentRange.contains(segments) else { throw .invalidSegmentCount(segments) }
            let decision = QuickDecision(id: makeID(), kind: .positioning, title: title,
                                         options: QuickDecision.segmentLabels(poleA: poles[0], poleB: poles[1], segments: segments),
                                         poles: poles)
            return insert(decision, in: workshop)

        case let .addSignatureList(document):
            let decision = QuickDecision(id: makeID(), kind: .signatures,
                                         title: try TextFieldKind.decisionTitle.validate(document))
            return insert(decision, in: workshop)

        case let .setCount(id, index, count):
            let old = try openDecision(id, in: workshop)
            guard old.counts.indices.contains(index) else { throw .optionIndexOutOfRange(index, count: old.counts.count) }
            guard QuickDecision.countRange.contains(count) else { throw .countOutOfRange(count) }
            var new = old
            new.counts[index] = count
            return replace(old, with: new)

        case let .addSignature(id, name):
            let old = try signatureList(id, in: workshop)
            let name = try TextFieldKind.personName.validate(name)
            if let existing = old.signatures.first(where: { sameText($0, name) }) { throw .duplicateSignature(existing) }
            var new = old
            new.signatures.append(name)
            return replace(old, with: new)

        case let .removeSignature(id, name):
            let old = try signatureList(id, in: workshop)
            let cleaned = TextSanitizer.clean(name, multiline: false)
            guard let index = old.signatures.firstIndex(of: cleaned) ?? old.signatures.firstIndex(where: { sameText($0, cleaned) })
            else { throw .unknownSignature(cleaned) }
            var new = old
            new.signatures.remove(at: index)
            return replace(old, with: new)

        case let .record(id, date):
            let old = try openDecision(id, in: workshop)
            var new = old
            // Stored to the second: the log keeps dates as ISO 8601 without fractions, so
            // the state read back from disk is the same as the one in memory.
            new.recordedAt = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
            return replace(old, with: new)

        case let .reopen(id):
            let old = try decision(id, in: workshop)
            var new = old
            new.recordedAt = nil
            return replace(old, with: new)

        case let .remove(id):
            let old = try decision(id, in: workshop)
            return [.quickDecisions(change: .remove(item: old, at: workshop.quickDecisions.firstIndex(of: old)!))]
        }
    }

    // MARK: Helpers

    /// Equal ignoring case (signatures, dot-voting options).
    static func sameText(_ first: String, _ second: String) -> Bool {
        first.caseInsensitiveCompare(second) == .orderedSame
    }

    private static func insert(_ decision: QuickDecision, in workshop: Workshop) -> [WorkshopEvent] {
        [.quickDecisions(change: .insert(item: decision, at: workshop.quickDecisions.count))]
    }

    private static func replace(_ old: QuickDecision, with new: QuickDecision) -> [WorkshopEvent] {
        new == old ? [] : [.quickDecisions(change: .replace(old: old, new: new))]
    }

    private static func decision(_ id: EntityID, in workshop: Workshop) throws(CommandError) -> QuickDecision {
        guard let decision = workshop.quickDecision(id) else { throw .unknownItem }
        return decision
    }

    /// The decision, refused when its result is recorded.
    private static func openDecision(_ id: EntityID, in workshop: Workshop) throws(CommandError) -> QuickDecision {
        let decision = try decision(id, in: workshop)
        if decision.isRecorded { throw .decisionRecorded(decision.title) }
        return decision
    }

    /// An open signature list.
    private static func signatureList(_ id: EntityID, in workshop: Workshop) throws(CommandError) -> QuickDecision {
        let decision = try openDecision(id, in: workshop)
        guard decision.kind == .signatures else { throw .notASignatureList(decision.title) }
        return decision
    }
}
