import Foundation

/// Validates materiality commands and decides their events: inserts, replacements and removals
/// of ``MaterialityMatrix`` and ``MatrixTopic``. A command's events form one record, so one
/// undo reverses it.
enum MaterialityDecider {
    static func decide(_ command: MaterialityCommand, in workshop: Workshop,
                       makeID: () -> EntityID) throws(CommandError) -> [WorkshopEvent] {
        switch command {
        case let .addMatrix(title, xAxis, yAxis):
            let matrix = MaterialityMatrix(id: makeID(), title: try TextFieldKind.matrixTitle.validate(title),
                                           xAxis: try validate(xAxis, .x), yAxis: try validate(yAxis, .y))
            return [.matrices(change: .insert(item: matrix, at: workshop.matrices.count))]

        case let .editMatrix(id, title, xAxis, yAxis, quadrantNames):
            let old = try matrix(id, in: workshop)
            var new = old
            new.title = try TextFieldKind.matrixTitle.validate(title)
            new.xAxis = try validate(xAxis, .x)
            new.yAxis = try validate(yAxis, .y)
            guard quadrantNames.count == 4 else { throw .quadrantNameCount(quadrantNames.count) }
            var names: [String] = []
            for name in quadrantNames { names.append(try TextFieldKind.quadrantName.validate(name)) }
            new.quadrantNames = names
            return replace(old, with: new)

        case let .removeMatrix(id):
            let old = try matrix(id, in: workshop)
            // The matrix first (the log names the record by it), then its topics from the back,
            // so that every stored index is the one at its turn (and the undo, which inserts in
            // reverse, puts each back where it was).
            return [.matrices(change: .remove(item: old, at: workshop.matrices.firstIndex(of: old)!))]
                + workshop.topics.indices.reversed()
                .filter { workshop.topics[$0].matrixID == id }
                .map { .topics(change: .remove(item: workshop.topics[$0], at: $0)) }

        case let .addTopics(matrixID, rawLabels):
            _ = try matrix(matrixID, in: workshop)
            var existing = workshop.topics(of: matrixID).map(\.label)
            var labels: [String] = []
            for raw in rawLabels where !TextSanitizer.clean(raw, multiline: false).isEmpty {
                let label = try TextFieldKind.topicLabel.validate(raw)
                if let clash = existing.first(where: { sameText($0, label) }) { throw .duplicateTopic(clash) }
                existing.append(label)
                labels.append(label)
            }
            guard !labels.isEmpty else { throw .emptyText(.topicLabel) }
            try requireRoom(for: labels.count, in: matrixID, workshop)
            return insertTopics(labels.map { MatrixTopic(id: makeID(), matrixID: matrixID, label: $0) }, in: workshop)

        case let .addTopicsFromCards(matrixID, cardIDs):
            _ = try matrix(matrixID, in: workshop)
            let present = workshop.topics(of: matrixID)
            var sources = Set(present.compactMap(\.sourceCardID))
            var labels = present.map(\.label)
            var topics: [MatrixTopic] = []
            for cardID in cardIDs {
                guard let card = workshop.cards.first(where: { $0.id == cardID }) else { throw .unknownItem }
                let label = topicLabel(fromCard: card.text)
                guard !label.isEmpty, !sources.contains(cardID), !labels.contains(where: { sameText($0, label) })
                else { continue }
                sources.insert(cardID)
                labels.append(label)
                topics.append(MatrixTopic(id: makeID(), matrixID: matrixID, label: label, sourceCardID: cardID))
            }
            try requireRoom(for: topics.count, in: matrixID, workshop)
            return insertTopics(topics, in: workshop)

        case let .renameTopic(id, rawLabel):
            let old = try topic(id, in: workshop)
            let label = try TextFieldKind.topicLabel.validate(rawLabel)
            if let clash = workshop.topics(of: old.matrixID).first(where: { $0.id != id && sameText($0.label, label) }) {
                throw .duplicateTopic(clash.label)
            }
            var new = old
            new.label = label
            return new == old ? [] : [.topics(change: .replace(old: old, new: new))]

        case let .removeTopic(id):
            let old = try topic(id, in: workshop)
            var events: [WorkshopEvent] = [.topics(change: .remove(item: old, at: workshop.topics.firstIndex(of: old)!))]
            if let matrix = workshop.matrix(old.matrixID) {
                var cleared = matrix
                cleared.sortings.removeAll { $0.topicIDs.contains(id) }
                events += replace(matrix, with: cleared)
            }
            return events

        case let .startSorting(matrixID, axis):
            let old = try matrix(matrixID, in: workshop)
            let topicIDs = workshop.topics(of: matrixID).map(\.id)
            guard topicIDs.count >= 2 else { throw .sortingNeedsTwoTopics(topicIDs.count) }
            var new = old
            new.sortings.removeAll { $0.axis == axis }
            new.sortings.append(AxisSorting(axis: axis, topicIDs: topicIDs))
            new.sortings.sort { $0.axis.rawValue < $1.axis.rawValue }
            return replace(old, with: new)

        case let .answer(matrixID, axis, answer):
            let (old, index) = try sorting(axis, of: matrixID, in: workshop)
            guard !old.sortings[index].sort.isFinished else { throw .sortingFinished(old.axis(axis).name) }
            var new = old
            new.sortings[index].answers.append(answer)
            return replace(old, with: new)

        case let .takeBackAnswer(matrixID, axis):
            let (old, index) = try sorting(axis, of: matrixID, in: workshop)
            guard !old.sortings[index].answers.isEmpty else { throw .noAnswerToTakeBack(old.axis(axis).name) }
            var new = old
            new.sortings[index].answers.removeLast()
            return replace(old, with: new)

        case let .applySorting(matrixID, axis):
            let (matrix, index) = try sorting(axis, of: matrixID, in: workshop)
            let sort = matrix.sortings[index].sort
            guard sort.isFinished else {
                throw .sortingNotFinished(matrix.axis(axis).name, remaining: sort.remainingQuestions)
            }
            var events: [WorkshopEvent] = []
            for old in workshop.topics(of: matrixID) {
                guard let position = sort.position(of: old.id) else { continue }
                var new = old
                let value = (Double(position.rank) + 0.5) / Double(position.groupCount)
                switch axis {
                case .x: new.x = value
                case .y: new.y = value
                }
                if new != old { events.append(.topics(change: .replace(old: old, new: new))) }
            }
            return events

        case let .placeTopic(id, x, y):
            let old = try topic(id, in: workshop)
            var new = old
            new.x = try coordinate(x)
            new.y = try coordinate(y)
            return new == old ? [] : [.topics(change: .replace(old: old, new: new))]

        case let .createProfilePlaceholders(matrixID):
            let matrix = try self.matrix(matrixID, in: workshop)
            let prioritised = workshop.prioritisedTopics(of: matrixID)
            guard !prioritised.isEmpty else { throw .nothingPrioritised(matrix.title) }
            let title = TextSanitizer.clean("\(MaterialityMatrix.placeholderBoardPrefix)\(matrix.title)", multiline: false)
            let board = Board(id: makeID(), title: String(title.prefix(TextFieldKind.boardTitle.limit)), kind: .themeTable)
            let heading = Heading(id: makeID(), boardID: board.id, title: MaterialityMatrix.placeholderHeading)
            var events: [WorkshopEvent] = [.boards(change: .insert(item: board, at: workshop.boards.count)),
                                           .headings(change: .insert(item: heading, at: workshop.headings.count))]
            for (offset, topic) in prioritised.enumerated() {
                let card = Card(id: makeID(), boardID: board.id, headingID: heading.id, text: topic.label,
                                tags: [MaterialityMatrix.placeholderTag], isPrepared: true,
                                links: topic.sourceCardID.map { [$0] } ?? [])
                events.append(.cards(change: .insert(item: card, at: workshop.cards.count + offset)))
            }
            return events
        }
    }

    // MARK: Helpers

    /// The label a card gives as a topic: its first line, cut to the label limit with "…".
    static func topicLabel(fromCard text: String) -> String {
        let firstLine = TextSanitizer.clean(String(text.split(separator: "\n").first ?? ""), multiline: false)
        let limit = TextFieldKind.topicLabel.limit
        guard firstLine.count > limit else { return firstLine }
        let cut = firstLine.prefix(limit - 1).trimmingCharacters(in: .whitespaces)
        return cut + "…"
    }

    /// Equal ignoring case.
    private static func sameText(_ first: String, _ second: String) -> Bool {
        first.caseInsensitiveCompare(second) == .orderedSame
    }

    private static func validate(_ axis: MatrixAxis, _ kind: MatrixAxisKind) throws(CommandError) -> MatrixAxis {
        guard !TextSanitizer.clean(axis.name, multiline: false).isEmpty else { throw .axisNameMissing(kind) }
        return MatrixAxis(name: try TextFieldKind.axisName.validate(axis.name),
                          low: try TextFieldKind.axisPole.validate(axis.low),
                          high: try TextFieldKind.axisPole.validate(axis.high))
    }

    /// A coordinate clamped to 0…1; not-a-number is refused (it cannot be stored).
    private static func coordinate(_ value: Double?) throws(CommandError) -> Double? {
        guard let value else { return nil }
        guard !value.isNaN else { throw .invalidPosition }
        return min(max(value, 0), 1)
    }

    private static func requireRoom(for count: Int, in matrixID: EntityID, _ workshop: Workshop) throws(CommandError) {
        let present = workshop.topics(of: matrixID).count
        if present + count > MaterialityMatrix.topicLimit {
            throw .tooManyTopics(limit: MaterialityMatrix.topicLimit, present: present)
        }
    }

    private static func insertTopics(_ topics: [MatrixTopic], in workshop: Workshop) -> [WorkshopEvent] {
        topics.enumerated().map { .topics(change: .insert(item: $1, at: workshop.topics.count + $0)) }
    }

    private static func replace(_ old: MaterialityMatrix, with new: MaterialityMatrix) -> [WorkshopEvent] {
        new == old ? [] : [.matrices(change: .replace(old: old, new: new))]
    }

    private static func matrix(_ id: EntityID, in workshop: Workshop) throws(CommandError) -> MaterialityMatrix {
        guard let matrix = workshop.matrix(id) else { throw .unknownItem }
        return matrix
    }

    private static func topic(_ id: EntityID, in workshop: Workshop) throws(CommandError) -> MatrixTopic {
        guard let topic = workshop.topic(id) else { throw .unknownItem }
        return topic
    }

    /// The matrix and the index of its sorting of `axis`; refused when none was started.
    private static func sorting(_ axis: MatrixAxisKind, of matrixID: EntityID,
                                in workshop: Workshop) throws(CommandError) -> (MaterialityMatrix, Int) {
        let matrix = try matrix(matrixID, in: workshop)
        guard let index = matrix.sortings.firstIndex(where: { $0.axis == axis }) else {
            throw .noSorting(matrix.axis(axis).name)
        }
        return (matrix, index)
    }
}
