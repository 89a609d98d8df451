import Foundation

/// Validates board commands and decides their events. Every multi-step change (removing a
/// board with its cards, moving a card) is a list of invertible events, so one undo
/// reverses all of it.
enum BoardDecider {
    /// The most tags a card may carry.
    static let maximumTags = 8

    static func decide(_ command: BoardCommand, in workshop: Workshop,
                       makeID: () -> EntityID) throws(CommandError) -> [WorkshopEvent] {
        switch command {
        case let .addBoard(kind, title, moderatorID):
            let board = Board(id: makeID(), title: try TextFieldKind.boardTitle.validate(title), kind: kind,
                              moderatorID: try validModerator(moderatorID, in: workshop))
            var events: [WorkshopEvent] = [.boards(change: .insert(item: board, at: workshop.boards.count))]
            for (offset, title) in kind.templateHeadings.enumerated() {
                let heading = Heading(id: makeID(), boardID: board.id, title: title, isFixed: kind.hasFixedHeadings)
                events.append(.headings(change: .insert(item: heading, at: workshop.headings.count + offset)))
            }
            return events

        case let .editBoard(id, title, moderatorID):
            let old = try board(id, in: workshop)
            var new = old
            new.title = try TextFieldKind.boardTitle.validate(title)
            new.moderatorID = try validModerator(moderatorID, in: workshop)
            return new == old ? [] : [.boards(change: .replace(old: old, new: new))]

        case let .removeBoard(id):
            let old = try board(id, in: workshop)
            var scratch = workshop
            var events = removeCards(where: { $0.boardID == id }, from: &scratch)
            for (index, heading) in scratch.headings.enumerated().reversed() where heading.boardID == id {
                events.append(.headings(change: .remove(item: heading, at: index)))
            }
            let index = workshop.boards.firstIndex(of: old)!
            events.append(.boards(change: .remove(item: old, at: index)))
            return events

        case let .addHeading(boardID, title):
            _ = try board(boardID, in: workshop)
            let heading = Heading(id: makeID(), boardID: boardID, title: try TextFieldKind.headingTitle.validate(title))
            return [.headings(change: .insert(item: heading, at: workshop.headings.count))]

        case let .renameHeading(id, title, basedOn):
            let old = try heading(id, in: workshop)
            var new = old
            new.title = try TextFieldKind.headingTitle.validate(title)
            guard new != old else { return [] }
            if let basedOn, basedOn != old.title { throw .editConflict(.heading, current: old.title) }
            return [.headings(change: .replace(old: old, new: new))]

        case let .removeHeading(id):
            let old = try heading(id, in: workshop)
            if old.isFixed { throw .fixedHeading(old.title) }
            var scratch = workshop
            var events = removeCards(where: { $0.headingID == id }, from: &scratch)
            events.append(.headings(change: .remove(item: old, at: scratch.headings.firstIndex(of: old)!)))
            return events

        case let .moveHeading(id, offset):
            let moved = try heading(id, in: workshop)
            let siblings = workshop.headings.indices.filter { workshop.headings[$0].boardID == moved.boardID }
            let position = siblings.firstIndex { workshop.headings[$0].id == id }!
            let target = min(max(position + offset.clamped(), 0), siblings.count - 1)
            guard target != position else { return [] }
            return [.headings(change: .move(id: id, from: siblings[position], to: siblings[target]))]

        case let .addCard(headingID, text, author, tags, isPrepared, isCluster):
            let heading = try heading(headingID, in: workshop)
            let card = Card(id: makeID(), boardID: heading.boardID, headingID: headingID,
                            text: try TextFieldKind.cardText.validate(text),
                            author: try optionalAuthor(author), tags: try parseTags(tags),
                            isPrepared: isPrepared, isCluster: isCluster)
            return [.cards(change: .insert(item: card, at: workshop.cards.count))]

        case let .editCard(id, text, author, tags, basedOn):
            let old = try card(id, in: workshop)
            var new = old
            new.text = try TextFieldKind.cardText.validate(text)
            new.author = try optionalAuthor(author)
            new.tags = try parseTags(tags)
            guard new != old else { return [] }
            // Only what the editor shows counts: a card moved or grouped meanwhile keeps that.
            if let basedOn, !old.hasSameWording(as: basedOn) { throw .editConflict(.card, current: old.conflictSummary) }
            return [.cards(change: .replace(old: old, new: new))]

        case let .setPrepared(id, isPrepared):
            let old = try card(id, in: workshop)
            var new = old
            new.isPrepared = isPrepared
            return new == old ? [] : [.cards(change: .replace(old: old, new: new))]

        case let .removeCard(id):
            _ = try card(id, in: workshop)
            var scratch = workshop
            return removeCards(where: { $0.id == id }, from: &scratch)

        case let .moveCard(id, toHeadingID):
            let old = try card(id, in: workshop)
            let target = try heading(toHeadingID, in: workshop)
            guard target.id != old.headingID else { return [] }
            var scratch = workshop
            var events = release(members: old, in: &scratch)
            var new = scratch.cards.first { $0.id == id }!
            new.headingID = target.id
            new.boardID = target.boardID
            new.clusterID = nil
            events.append(.cards(change: .replace(old: scratch.cards.first { $0.id == id }!, new: new)))
            let from = scratch.cards.firstIndex { $0.id == id }!
            if from != scratch.cards.count - 1 {
                events.append(.cards(change: .move(id: id, from: from, to: scratch.cards.count - 1)))
            }
            return events

        case let .reorderCard(id, offset):
            let moved = try card(id, in: workshop)
            let siblings = workshop.cards.indices.filter { workshop.cards[$0].headingID == moved.headingID }
            let position = siblings.firstIndex { workshop.cards[$0].id == id }!
            let target = min(max(position + offset.clamped(), 0), siblings.count - 1)
            guard target != position else { return [] }
            return [.cards(change: .move(id: id, from: siblings[position], to: siblings[target]))]

        case let .setCluster(cardID, clusterID):
            let old = try card(cardID, in: workshop)
            if let clusterID {
                let head = try card(clusterID, in: workshop)
                guard head.isCluster, head.headingID == old.headingID, head.id != old.id, !old.isCluster else {
                    throw .invalidCardRelation
                }
            }
            var new = old
            new.clusterID = clusterID
            return new == old ? [] : [.cards(change: .replace(old: old, new: new))]

        case let .formCluster(cardID, memberID):
            let old = try card(cardID, in: workshop)
            let member = try card(memberID, in: workshop)
            guard member.headingID == old.headingID, member.id != old.id, !member.isCluster else { throw .invalidCardRelation }
            var head = old
            head.isCluster = true
            head.clusterID = nil
            var grouped = member
            grouped.clusterID = head.id
            return [(old, head), (member, grouped)].filter { $0.0 != $0.1 }.map { .cards(change: .replace(old: $0.0, new: $0.1)) }

        case let .toggleLink(from, to):
            let old = try card(from, in: workshop)
            _ = try card(to, in: workshop)
            guard from != to else { throw .invalidCardRelation }
            var new = old
            if let index = new.links.firstIndex(of: to) { new.links.remove(at: index) } else { new.links.append(to) }
            return [.cards(change: .replace(old: old, new: new))]
        }
    }

    // MARK: Helpers

    /// Events that remove the matching cards, release the members of removed round cards
    /// and drop links to removed cards. `workshop` is updated as the events are decided.
    private static func removeCards(where matches: (Card) -> Bool, from workshop: inout Workshop) -> [WorkshopEvent] {
        let removed = Set(workshop.cards.filter(matches).map(\.id))
        var events: [WorkshopEvent] = []
        for index in workshop.cards.indices {
            let card = workshop.cards[index]
            guard !removed.contains(card.id) else { continue }
            var new = card
            if let cluster = card.clusterID, removed.contains(cluster) { new.clusterID = nil }
            new.links.removeAll { removed.contains($0) }
            if new != card { events.append(.cards(change: .replace(old: card, new: new))) }
        }
        for event in events { WorkshopReducer.apply(event, to: &workshop) }
        for (index, card) in workshop.cards.enumerated().reversed() where removed.contains(card.id) {
            events.append(.cards(change: .remove(item: card, at: index)))
        }
        for event in events.suffix(removed.count) { WorkshopReducer.apply(event, to: &workshop) }
        return events
    }

    /// Events that release the cards grouped under `head` (when it leaves its heading).
    private static func release(members head: Card, in workshop: inout Workshop) -> [WorkshopEvent] {
        guard head.isCluster else { return [] }
        var events: [WorkshopEvent] = []
        for card in workshop.cards where card.clusterID == head.id {
            var new = card
            new.clusterID = nil
            events.append(.cards(change: .replace(old: card, new: new)))
        }
        for event in events { WorkshopReducer.apply(event, to: &workshop) }
        return events
    }

    private static func board(_ id: EntityID, in workshop: Workshop) throws(CommandError) -> Board {
        guard let board = workshop.boards.first(where: { $0.id == id }) else { throw .unknownItem }
        return board
    }

    private static func heading(_ id: EntityID, in workshop: Workshop) throws(CommandError) -> Heading {
        guard let heading = workshop.headings.first(where: { $0.id == id }) else { throw .unknownItem }
        return heading
    }

    private static func card(_ id: EntityID, in workshop: Workshop) throws(CommandError) -> Card {
        guard let card = workshop.cards.first(where: { $0.id == id }) else { throw .unknownItem }
        return card
    }

    private static func validModerator(_ id: EntityID?, in workshop: Workshop) throws(CommandError) -> EntityID? {
        guard let id else { return nil }
        guard workshop.moderators.contains(where: { $0.id == id }) else { throw .unknownItem }
        return id
    }

    private static func optionalAuthor(_ author: String) throws(CommandError) -> String? {
        let text = try TextFieldKind.cardAuthor.validate(author)
        return text.isEmpty ? nil : text
    }

    /// "Klimawandel, Governance" → ["Klimawandel", "Governance"]: trimmed, without empties
    /// and duplicates (ignoring case).
    static func parseTags(_ text: String) throws(CommandError) -> [String] {
        var tags: [String] = []
        for part in text.split(separator: ",") {
            let cleaned = TextSanitizer.clean(String(part), multiline: false)
            if cleaned.isEmpty || tags.contains(where: { $0.caseInsensitiveCompare(cleaned) == .orderedSame }) { continue }
            tags.append(try TextFieldKind.tag.validate(cleaned))
        }
        if tags.count > maximumTags { throw .tooManyTags(limit: maximumTags) }
        return tags
    }
}

private extension Int {
    /// Keeps offsets in a range where adding them to an index cannot overflow.
    func clamped() -> Int { Swift.min(Swift.max(self, -1_000_000), 1_000_000) }
}
