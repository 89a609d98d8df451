import Foundation
import Testing
import WorkshopModel

// Materiality matrix (issue 4): matrices with two named axes, topics typed in or taken from
// cards, placement by pairwise comparison or by hand, and the priority list.

private func materiality(_ command: MaterialityCommand) -> WorkshopCommand { .materiality(command) }

private let relevance = MatrixAxis(name: "Relevanz für den Standort", low: "gering", high: "hoch")
private let capacity = MatrixAxis(name: "Handlungsfähigkeit der Allianz", low: "gering", high: "hoch")

private extension Session {
    /// Adds a matrix and returns its identifier.
    mutating func addMatrix(_ title: String = "Priorisierung") throws -> EntityID {
        _ = try #require(try run(materiality(.addMatrix(title: title, xAxis: capacity, yAxis: relevance))))
        return workshop.matrices[workshop.matrices.count - 1].id
    }

    /// Adds topics to a matrix and returns their identifiers.
    @discardableResult
    mutating func addTopics(_ labels: [String], to matrixID: EntityID) throws -> [EntityID] {
        let before = Set(workshop.topics.map(\.id))
        _ = try #require(try run(materiality(.addTopics(matrixID: matrixID, labels: labels))))
        return workshop.topics(of: matrixID).map(\.id).filter { !before.contains($0) }
    }

    func topic(_ id: EntityID) -> MatrixTopic? { workshop.topics.first { $0.id == id } }
}

/// Answers the comparisons of `axis` from a hidden value per topic, the way the room would;
/// returns how many questions were asked.
@discardableResult
private func answerFromHiddenOrder(_ store: WorkshopStore, matrixID: EntityID, axis: MatrixAxisKind,
                                   hidden: [EntityID: Int], limit: Int = 100) throws -> Int {
    var asked = 0
    while asked < limit, let question = store.state.workshop.matrix(matrixID)?.sorting(axis)?.sort.question {
        let candidate = try #require(hidden[question.candidate])
        let pivot = try #require(hidden[question.pivot])
        let answer: ComparisonAnswer = candidate > pivot ? .more : candidate < pivot ? .less : .equal
        let record = try #require(try store.execute(materiality(.answer(matrixID: matrixID, axis: axis, answer))))
        #expect(record.events.count == 1, "one answer is one event")
        asked += 1
        if asked > 100 { Issue.record("the comparisons do not end"); break }
    }
    return asked
}

/// ceil(log2(n!)).
private func questionBound(_ n: Int) -> Int {
    Int((1...max(n, 1)).reduce(0.0) { $0 + log2(Double($1)) }.rounded(.up))
}

@Suite struct MaterialityTests {
    // MARK: Matrices

    @Test func aNewMatrixHasCleanedAxesAndTheDefaultQuadrants() throws {
        var session = Session()
        let record = try #require(try session.run(materiality(.addMatrix(
            title: "  Priorisierung\tder Themen ",
            xAxis: MatrixAxis(name: " Handlungsfähigkeit ", low: "gering", high: "hoch"),
            yAxis: MatrixAxis(name: "Relevanz", low: "", high: " sehr\nhoch ")))))
        #expect(record.events.count == 1)
        let matrix = try #require(session.workshop.matrices.first)
        #expect(matrix.title == "Priorisierung der Themen")
        #expect(matrix.xAxis == MatrixAxis(name: "Handlungsfähigkeit", low: "gering", high: "hoch"))
        // An end may stay empty; text is cleaned like every single-line field.
        #expect(matrix.yAxis == MatrixAxis(name: "Relevanz", low: "", high: "sehr hoch"))
        #expect(matrix.axis(.x) == matrix.xAxis && matrix.axis(.y) == matrix.yAxis)
        #expect(matrix.quadrantNames == ["Top-Priorität", "Beobachten", "Prüfen", "Nicht priorisiert"])
        #expect(matrix.quadrantNames == MaterialityMatrix.defaultQuadrantNames)
        #expect(!matrix.isIllustrative)
        #expect(matrix.sortings.isEmpty && matrix.sorting(.x) == nil && matrix.sorting(.y) == nil)
        #expect(session.workshop.matrix(matrix.id) == matrix)
        #expect(session.workshop.matrix(EntityID("nichts")) == nil)
        #expect(session.workshop.topics(of: matrix.id).isEmpty)
    }

    @Test func aMatrixNeedsATitleAndNamedAxesWithinTheLimits() throws {
        var session = Session()
        let add = { (title: String, x: MatrixAxis, y: MatrixAxis) in materiality(.addMatrix(title: title, xAxis: x, yAxis: y)) }
        #expect(throws: CommandError.emptyText(.matrixTitle)) { try session.run(add(" \n ", capacity, relevance)) }
        #expect(throws: CommandError.axisNameMissing(.x)) { try session.run(add("M", MatrixAxis(name: "  ", low: "a", high: "b"), relevance)) }
        #expect(throws: CommandError.axisNameMissing(.y)) { try session.run(add("M", capacity, MatrixAxis(name: "", low: "a", high: "b"))) }
        #expect(throws: CommandError.textTooLong(.matrixTitle, limit: 120, length: 121)) {
            try session.run(add(String(repeating: "T", count: 121), capacity, relevance))
        }
        #expect(throws: CommandError.textTooLong(.axisName, limit: 60, length: 61)) {
            try session.run(add("M", MatrixAxis(name: String(repeating: "a", count: 61), low: "", high: ""), relevance))
        }
        #expect(throws: CommandError.textTooLong(.axisPole, limit: 40, length: 41)) {
            try session.run(add("M", capacity, MatrixAxis(name: "Relevanz", low: "", high: String(repeating: "h", count: 41))))
        }
        #expect(session.workshop.matrices.isEmpty)
        // Exactly at the limits is fine.
        try session.run(add(String(repeating: "T", count: 120),
                            MatrixAxis(name: String(repeating: "a", count: 60), low: String(repeating: "l", count: 40), high: ""),
                            relevance))
        #expect(session.workshop.matrices.count == 1)
    }

    @Test func editingChangesTitleAxesAndQuadrantNamesAndKeepsTheRest() throws {
        var session = Session()
        let id = try session.addMatrix()
        let topics = try session.addTopics(["A", "B"], to: id)
        try session.run(materiality(.startSorting(matrixID: id, axis: .x)))
        let names = ["Jetzt angehen", "Beobachten", "Ressourcen prüfen", "Zurückstellen"]
        let record = try #require(try session.run(materiality(.editMatrix(
            id: id, title: "Neue Priorisierung", xAxis: relevance, yAxis: MatrixAxis(name: "Aufwand", low: "klein", high: "groß"),
            quadrantNames: names.map { " \($0) " }))))
        #expect(record.events.count == 1)
        let matrix = try #require(session.workshop.matrix(id))
        #expect(matrix.title == "Neue Priorisierung")
        #expect(matrix.xAxis == relevance && matrix.yAxis.name == "Aufwand")
        #expect(matrix.quadrantNames == names)
        #expect(matrix.quadrantName(2) == "Ressourcen prüfen" && matrix.quadrantName(4) == "")
        #expect(matrix.sorting(.x)?.topicIDs == topics)
        #expect(session.workshop.topics(of: id).map(\.id) == topics)

        // The same values again change nothing.
        #expect(try session.run(materiality(.editMatrix(id: id, title: "Neue Priorisierung", xAxis: relevance,
                                                          yAxis: matrix.yAxis, quadrantNames: names))) == nil)
        let edit = { (names: [String]) in
            materiality(.editMatrix(id: id, title: "T", xAxis: capacity, yAxis: relevance, quadrantNames: names))
        }
        #expect(throws: CommandError.quadrantNameCount(3)) { try session.run(edit(["a", "b", "c"])) }
        #expect(throws: CommandError.quadrantNameCount(5)) { try session.run(edit(["a", "b", "c", "d", "e"])) }
        #expect(throws: CommandError.emptyText(.quadrantName)) { try session.run(edit(["a", " ", "c", "d"])) }
        #expect(throws: CommandError.textTooLong(.quadrantName, limit: 40, length: 41)) {
            try session.run(edit(["a", "b", String(repeating: "c", count: 41), "d"]))
        }
        #expect(throws: CommandError.axisNameMissing(.y)) {
            try session.run(materiality(.editMatrix(id: id, title: "T", xAxis: capacity, yAxis: MatrixAxis(name: "", low: "", high: ""),
                                                    quadrantNames: names)))
        }
        #expect(throws: CommandError.emptyText(.matrixTitle)) {
            try session.run(materiality(.editMatrix(id: id, title: "", xAxis: capacity, yAxis: relevance, quadrantNames: names)))
        }
        #expect(session.workshop.matrix(id) == matrix)
    }

    @Test func removingAMatrixTakesItsTopicsAndOneUndoBringsEverythingBackInPlace() throws {
        var session = Session()
        let first = try session.addMatrix("Erste")
        let second = try session.addMatrix("Zweite")
        // Interleaved topics of both matrices.
        try session.addTopics(["A1", "A2"], to: first)
        try session.addTopics(["B1"], to: second)
        try session.addTopics(["A3"], to: first)
        try session.addTopics(["B2"], to: second)
        let before = session.workshop

        let record = try #require(try session.run(materiality(.removeMatrix(id: first))))
        #expect(record.events.count == 4, "three topics and the matrix in one record")
        #expect(session.workshop.matrices.map(\.title) == ["Zweite"])
        #expect(session.workshop.topics.map(\.label) == ["B1", "B2"])
        try session.run(.undo)
        #expect(session.workshop == before)
        try session.run(.redo)
        #expect(session.workshop.topics.map(\.label) == ["B1", "B2"])
        try session.run(.undo)
        #expect(session.workshop == before)
        #expect(throws: CommandError.unknownItem) { try session.run(materiality(.removeMatrix(id: EntityID("weg")))) }
    }

    // MARK: Topics

    @Test func topicsAreAddedInOneStepWithBlankEntriesSkipped() throws {
        var session = Session()
        let id = try session.addMatrix()
        let record = try #require(try session.run(materiality(.addTopics(
            matrixID: id, labels: ["  City-Hub ", "", "Fach\nkräfte", "   ", "Leerstand"]))))
        #expect(record.events.count == 3, "one record, one event per topic")
        let topics = session.workshop.topics(of: id)
        #expect(topics.map(\.label) == ["City-Hub", "Fach kräfte", "Leerstand"])
        #expect(topics.allSatisfy { $0.matrixID == id && $0.x == nil && $0.y == nil && $0.sourceCardID == nil && $0.quadrant == nil })
        #expect(session.workshop.itemCount(for: .materiality) == 3)
        try session.run(.undo)
        #expect(session.workshop.topics.isEmpty)
        #expect(session.workshop.itemCount(for: .materiality) == 0)
    }

    @Test func duplicateTopicsAreRefusedNamingTheLabel() throws {
        var session = Session()
        let id = try session.addMatrix()
        let other = try session.addMatrix("Andere")
        try session.addTopics(["City-Hub", "Leerstand"], to: id)
        #expect(throws: CommandError.duplicateTopic("City-Hub")) {
            try session.run(materiality(.addTopics(matrixID: id, labels: ["Neu", "CITY-HUB"])))
        }
        #expect(throws: CommandError.duplicateTopic("Gründung")) {
            try session.run(materiality(.addTopics(matrixID: id, labels: ["Gründung", "Digital", "gründung"])))
        }
        #expect(session.workshop.topics(of: id).map(\.label) == ["City-Hub", "Leerstand"], "nothing of a refused batch is added")
        // The same label in another matrix is fine.
        try session.addTopics(["City-Hub"], to: other)
        #expect(session.workshop.topics(of: other).map(\.label) == ["City-Hub"])
    }

    @Test func badTopicInputIsRefused() throws {
        var session = Session()
        let id = try session.addMatrix()
        #expect(throws: CommandError.emptyText(.topicLabel)) { try session.run(materiality(.addTopics(matrixID: id, labels: ["", "  "]))) }
        #expect(throws: CommandError.emptyText(.topicLabel)) { try session.run(materiality(.addTopics(matrixID: id, labels: []))) }
        #expect(throws: CommandError.textTooLong(.topicLabel, limit: 120, length: 121)) {
            try session.run(materiality(.addTopics(matrixID: id, labels: [String(repeating: "x", count: 121)])))
        }
        #expect(throws: CommandError.unknownItem) { try session.run(materiality(.addTopics(matrixID: EntityID("weg"), labels: ["A"]))) }
        #expect(session.workshop.topics.isEmpty)
    }

    @Test func aMatrixHoldsUpTo200Topics() throws {
        var session = Session()
        let id = try session.addMatrix()
        try session.addTopics((1...150).map { "Thema \($0)" }, to: id)
        #expect(throws: CommandError.tooManyTopics(limit: 200, present: 150)) {
            try session.run(materiality(.addTopics(matrixID: id, labels: (151...201).map { "Thema \($0)" })))
        }
        try session.addTopics((151...200).map { "Thema \($0)" }, to: id)
        #expect(session.workshop.topics(of: id).count == 200)
        #expect(throws: CommandError.tooManyTopics(limit: 200, present: 200)) {
            try session.run(materiality(.addTopics(matrixID: id, labels: ["Eins zu viel"])))
        }
    }

    @Test func cardsBecomeTopicsWithTheirFirstLineAndTheirSource() throws {
        var session = Session()
        try session.run(.board(.addBoard(kind: .themeTable, title: "Herausforderungen", moderatorID: nil)))
        let heading = try #require(session.workshop.headings.last).id
        let long = String(repeating: "Sehr lange Karte ", count: 10) // 170 characters
        for text in ["Fachkräftemangel\nbesonders im Handwerk", "Leerstand", long, "city-hub"] {
            try session.run(.board(.addCard(headingID: heading, text: text, author: "", tags: "", isPrepared: false, isCluster: false)))
        }
        let cards = session.workshop.cards.map(\.id)
        let id = try session.addMatrix()
        try session.addTopics(["City-Hub"], to: id)

        let record = try #require(try session.run(materiality(.addTopicsFromCards(matrixID: id, cardIDs: [cards[0], cards[2], cards[0]]))))
        #expect(record.events.count == 2, "the repeated card is skipped")
        var topics = session.workshop.topics(of: id)
        #expect(topics.map(\.label) == ["City-Hub", "Fachkräftemangel", String(long.prefix(119)).trimmingCharacters(in: .whitespaces) + "…"])
        #expect(topics[2].label.count <= TextFieldKind.topicLabel.limit && topics[2].label.hasSuffix("…"))
        #expect(topics.map(\.sourceCardID) == [nil, cards[0], cards[2]])

        // Cards already in the matrix, and cards whose text is already a topic, are skipped.
        try session.run(materiality(.addTopicsFromCards(matrixID: id, cardIDs: [cards[0], cards[1], cards[3]])))
        topics = session.workshop.topics(of: id)
        #expect(topics.map(\.label) == ["City-Hub", "Fachkräftemangel", topics[2].label, "Leerstand"])
        #expect(topics[3].sourceCardID == cards[1])
        #expect(try session.run(materiality(.addTopicsFromCards(matrixID: id, cardIDs: cards))) == nil, "nothing new")
        #expect(try session.run(materiality(.addTopicsFromCards(matrixID: id, cardIDs: []))) == nil)

        #expect(throws: CommandError.unknownItem) {
            try session.run(materiality(.addTopicsFromCards(matrixID: id, cardIDs: [EntityID("keine-karte")])))
        }
        #expect(throws: CommandError.unknownItem) {
            try session.run(materiality(.addTopicsFromCards(matrixID: EntityID("weg"), cardIDs: [cards[1]])))
        }
        // The topic limit holds for cards too.
        let full = try session.addMatrix("Voll")
        try session.addTopics((1...200).map { "T\($0)" }, to: full)
        #expect(throws: CommandError.tooManyTopics(limit: 200, present: 200)) {
            try session.run(materiality(.addTopicsFromCards(matrixID: full, cardIDs: [cards[1]])))
        }
    }

    @Test func renamingATopicKeepsLabelsUnique() throws {
        var session = Session()
        let id = try session.addMatrix()
        let topics = try session.addTopics(["City-Hub", "Leerstand"], to: id)
        let record = try #require(try session.run(materiality(.renameTopic(id: topics[0], label: " Elektromobiler City-Hub "))))
        #expect(record.events.count == 1)
        #expect(session.topic(topics[0])?.label == "Elektromobiler City-Hub")
        // Its own label in other letters is fine; another topic's label is not.
        try session.run(materiality(.renameTopic(id: topics[1], label: "LEERSTAND")))
        #expect(session.topic(topics[1])?.label == "LEERSTAND")
        #expect(throws: CommandError.duplicateTopic("LEERSTAND")) { try session.run(materiality(.renameTopic(id: topics[0], label: "leerstand"))) }
        #expect(throws: CommandError.emptyText(.topicLabel)) { try session.run(materiality(.renameTopic(id: topics[0], label: "  "))) }
        #expect(throws: CommandError.unknownItem) { try session.run(materiality(.renameTopic(id: EntityID("weg"), label: "X"))) }
        #expect(try session.run(materiality(.renameTopic(id: topics[1], label: "LEERSTAND"))) == nil)
    }

    @Test func removingATopicDropsTheComparisonsItIsPartOf() throws {
        var session = Session()
        let id = try session.addMatrix()
        let topics = try session.addTopics(["A", "B", "C"], to: id)
        try session.run(materiality(.startSorting(matrixID: id, axis: .x)))
        try session.run(materiality(.answer(matrixID: id, axis: .x, .more)))
        let late = try session.addTopics(["D"], to: id)[0]
        try session.run(materiality(.startSorting(matrixID: id, axis: .y)))
        #expect(session.workshop.matrix(id)?.sorting(.y)?.topicIDs == topics + [late])

        // Removing a topic that only the y sorting contains keeps the x sorting.
        let before = session.workshop
        let record = try #require(try session.run(materiality(.removeTopic(id: late))))
        #expect(record.events.count == 2)
        #expect(session.workshop.topics(of: id).map(\.id) == topics)
        #expect(session.workshop.matrix(id)?.sorting(.y) == nil)
        #expect(session.workshop.matrix(id)?.sorting(.x)?.answers == [.more])
        try session.run(.undo)
        #expect(session.workshop == before)

        // A topic of both drops both; a topic in none just goes.
        try session.run(materiality(.removeTopic(id: topics[1])))
        #expect(session.workshop.matrix(id)?.sortings.isEmpty == true)
        let single = try #require(try session.run(materiality(.removeTopic(id: topics[0]))))
        #expect(single.events.count == 1)
        #expect(throws: CommandError.unknownItem) { try session.run(materiality(.removeTopic(id: topics[0]))) }
    }

    // MARK: Pairwise comparison

    @Test func sortingNeedsTwoTopicsAndUsesTheMatrixOrder() throws {
        var session = Session()
        let id = try session.addMatrix()
        #expect(throws: CommandError.sortingNeedsTwoTopics(0)) { try session.run(materiality(.startSorting(matrixID: id, axis: .x))) }
        try session.addTopics(["A"], to: id)
        #expect(throws: CommandError.sortingNeedsTwoTopics(1)) { try session.run(materiality(.startSorting(matrixID: id, axis: .y))) }
        #expect(throws: CommandError.unknownItem) { try session.run(materiality(.startSorting(matrixID: EntityID("weg"), axis: .x))) }
        try session.addTopics(["B", "C"], to: id)
        let other = try session.addMatrix("Andere")
        try session.addTopics(["Fremd 1", "Fremd 2"], to: other)

        try session.run(materiality(.startSorting(matrixID: id, axis: .y)))
        let topics = session.workshop.topics(of: id).map(\.id)
        let sorting = try #require(session.workshop.matrix(id)?.sorting(.y))
        #expect(sorting.axis == .y && sorting.topicIDs == topics && sorting.answers.isEmpty)
        #expect(session.workshop.matrix(id)?.sorting(.x) == nil)
        #expect(sorting.sort.question?.candidate == topics[1] && sorting.sort.question?.pivot == topics[0])

        // Starting again replaces the earlier sorting of that axis, and only that one.
        try session.run(materiality(.startSorting(matrixID: id, axis: .x)))
        try session.run(materiality(.answer(matrixID: id, axis: .y, .less)))
        try session.run(materiality(.answer(matrixID: id, axis: .x, .more)))
        try session.run(materiality(.startSorting(matrixID: id, axis: .y)))
        let matrix = try #require(session.workshop.matrix(id))
        #expect(matrix.sortings.count == 2)
        #expect(matrix.sorting(.y)?.answers == [])
        #expect(matrix.sorting(.x)?.answers == [.more])
        #expect(try session.run(materiality(.startSorting(matrixID: id, axis: .y))) == nil, "a fresh sorting again changes nothing")
    }

    @Test func answersAreRefusedWithoutASortingOrWhenItIsFinished() throws {
        var session = Session()
        let id = try session.addMatrix()
        try session.addTopics(["A", "B"], to: id)
        let xName = capacity.name
        #expect(throws: CommandError.noSorting(xName)) { try session.run(materiality(.answer(matrixID: id, axis: .x, .more))) }
        #expect(throws: CommandError.noSorting(xName)) { try session.run(materiality(.takeBackAnswer(matrixID: id, axis: .x))) }
        #expect(throws: CommandError.noSorting(relevance.name)) { try session.run(materiality(.applySorting(matrixID: id, axis: .y))) }
        #expect(throws: CommandError.unknownItem) { try session.run(materiality(.answer(matrixID: EntityID("weg"), axis: .x, .more))) }
        #expect(throws: CommandError.unknownItem) { try session.run(materiality(.takeBackAnswer(matrixID: EntityID("weg"), axis: .x))) }
        #expect(throws: CommandError.unknownItem) { try session.run(materiality(.applySorting(matrixID: EntityID("weg"), axis: .x))) }

        try session.run(materiality(.startSorting(matrixID: id, axis: .x)))
        #expect(throws: CommandError.noAnswerToTakeBack(xName)) { try session.run(materiality(.takeBackAnswer(matrixID: id, axis: .x))) }
        #expect(throws: CommandError.sortingNotFinished(xName, remaining: 1)) { try session.run(materiality(.applySorting(matrixID: id, axis: .x))) }
        try session.run(materiality(.answer(matrixID: id, axis: .x, .less)))
        #expect(session.workshop.matrix(id)?.sorting(.x)?.sort.isFinished == true)
        #expect(throws: CommandError.sortingFinished(xName)) { try session.run(materiality(.answer(matrixID: id, axis: .x, .more))) }
        // Taking back works on a finished sorting too, and takes back the last answer only.
        try session.run(materiality(.takeBackAnswer(matrixID: id, axis: .x)))
        #expect(session.workshop.matrix(id)?.sorting(.x)?.answers == [])
        try session.addTopics(["C"], to: id)
        try session.run(materiality(.startSorting(matrixID: id, axis: .x)))
        try session.run(materiality(.answer(matrixID: id, axis: .x, .less)))  // B < A
        try session.run(materiality(.answer(matrixID: id, axis: .x, .more)))  // C > A
        #expect(session.workshop.matrix(id)?.sorting(.x)?.sort.isFinished == true)
        try session.run(materiality(.takeBackAnswer(matrixID: id, axis: .x)))
        #expect(session.workshop.matrix(id)?.sorting(.x)?.answers == [.less])
    }

    @Test func applyingPlacesEachTopicByRankAndTiesShareAPosition() throws {
        var session = Session()
        let id = try session.addMatrix()
        let topics = try session.addTopics(["A", "B", "C", "D"], to: id)
        try session.run(materiality(.startSorting(matrixID: id, axis: .y)))
        // Hidden values: A 2, B 1, C 2, D 3 → groups [B], [A, C], [D].
        let hidden = [topics[0]: 2, topics[1]: 1, topics[2]: 2, topics[3]: 3]
        while let question = session.workshop.matrix(id)?.sorting(.y)?.sort.question {
            let (candidate, pivot) = (hidden[question.candidate]!, hidden[question.pivot]!)
            try session.run(materiality(.answer(matrixID: id, axis: .y, candidate > pivot ? .more : candidate < pivot ? .less : .equal)))
        }
        try session.run(materiality(.placeTopic(id: topics[3], x: 0.9, y: 0.1)))
        let record = try #require(try session.run(materiality(.applySorting(matrixID: id, axis: .y))))
        #expect(record.events.count == 4, "one record for all topics")
        let placed = session.workshop.topics(of: id)
        #expect(placed.map(\.y) == [0.5, 1.0 / 6.0, 0.5, 2.5 / 3.0])
        #expect(placed.map(\.x) == [nil, nil, nil, 0.9], "the other axis stays")
        #expect(try session.run(materiality(.applySorting(matrixID: id, axis: .y))) == nil, "applying again changes nothing")

        // Topics added after the sorting started keep their position.
        let late = try session.addTopics(["E"], to: id)[0]
        try session.run(materiality(.placeTopic(id: late, x: nil, y: 0.3)))
        try session.run(materiality(.placeTopic(id: topics[0], x: nil, y: 0.05)))
        try session.run(materiality(.applySorting(matrixID: id, axis: .y)))
        #expect(session.topic(late)?.y == 0.3)
        #expect(session.topic(topics[0])?.y == 0.5)
    }

    // MARK: Direct placement

    @Test func placingClampsToTheMatrixAndRefusesNotANumber() throws {
        var session = Session()
        let id = try session.addMatrix()
        let topic = try session.addTopics(["A"], to: id)[0]
        let record = try #require(try session.run(materiality(.placeTopic(id: topic, x: 0.25, y: 0.75))))
        #expect(record.events.count == 1)
        #expect(session.topic(topic)?.x == 0.25 && session.topic(topic)?.y == 0.75)
        try session.run(materiality(.placeTopic(id: topic, x: -0.5, y: 1.7)))
        #expect(session.topic(topic)?.x == 0 && session.topic(topic)?.y == 1)
        try session.run(materiality(.placeTopic(id: topic, x: .infinity, y: -.infinity)))
        #expect(session.topic(topic)?.x == 1 && session.topic(topic)?.y == 0)
        #expect(try session.run(materiality(.placeTopic(id: topic, x: 3, y: -1))) == nil, "clamped to where it is")
        try session.run(materiality(.placeTopic(id: topic, x: nil, y: 0.5)))
        #expect(session.topic(topic)?.x == nil && session.topic(topic)?.y == 0.5)
        #expect(throws: CommandError.invalidPosition) { try session.run(materiality(.placeTopic(id: topic, x: .nan, y: 0.5))) }
        #expect(throws: CommandError.invalidPosition) { try session.run(materiality(.placeTopic(id: topic, x: 0.5, y: .nan))) }
        #expect(throws: CommandError.unknownItem) { try session.run(materiality(.placeTopic(id: EntityID("weg"), x: 0.5, y: 0.5))) }
        try session.run(.undo)
        #expect(session.topic(topic)?.x == 1 && session.topic(topic)?.y == 0)
    }

    @Test func quadrantsSplitAtTheMiddleWhichCountsAsRightAndTop() {
        func quadrant(_ x: Double?, _ y: Double?) -> Int? {
            MatrixTopic(id: EntityID("t"), matrixID: EntityID("m"), label: "T", x: x, y: y).quadrant
        }
        #expect(quadrant(0.9, 0.9) == 0)
        #expect(quadrant(0.1, 0.9) == 1)
        #expect(quadrant(0.9, 0.1) == 2)
        #expect(quadrant(0.1, 0.1) == 3)
        #expect(quadrant(0.5, 0.5) == 0)
        #expect(quadrant(0.4999, 0.5) == 1)
        #expect(quadrant(0.5, 0.4999) == 2)
        #expect(quadrant(0, 0) == 3 && quadrant(1, 1) == 0)
        #expect(quadrant(nil, 0.9) == nil && quadrant(0.9, nil) == nil && quadrant(nil, nil) == nil)
        let order: [Int] = [MatrixTopic.topRight, MatrixTopic.topLeft, MatrixTopic.bottomRight, MatrixTopic.bottomLeft]
        #expect(order == [0, 1, 2, 3])
    }

    @Test func thePriorityListRanksTopRightFirstThenByPosition() throws {
        var session = Session()
        let id = try session.addMatrix()
        let other = try session.addMatrix("Andere")
        try session.addTopics(["Fremd"], to: other)
        let places: [(String, Double?, Double?)] = [
            ("unten links", 0.2, 0.2), ("oben links", 0.1, 0.9), ("oben rechts mittel", 0.6, 0.7),
            ("nur x", 0.9, nil), ("oben rechts hoch", 0.9, 0.95), ("unten rechts", 0.8, 0.3),
            ("oben rechts gleich A", 0.7, 0.6), ("nicht platziert", nil, nil), ("oben links hoch", 0.45, 0.99),
            ("Mitte", 0.5, 0.5),
        ]
        let topics = try session.addTopics(places.map(\.0), to: id)
        for (topic, place) in zip(topics, places) where place.1 != nil || place.2 != nil {
            try session.run(materiality(.placeTopic(id: topic, x: place.1, y: place.2)))
        }
        try session.run(materiality(.placeTopic(id: session.workshop.topics(of: other)[0].id, x: 1, y: 1)))
        let ranked = session.workshop.priorityList(of: id).map(\.label)
        #expect(ranked == [
            "oben rechts hoch", "oben rechts mittel", "oben rechts gleich A", "Mitte", // x + y 1.85, 1.3, 1.3 (entry order), 1.0
            "oben links hoch", "oben links",
            "unten rechts",
            "unten links",
            "nur x", "nicht platziert",
        ])
        #expect(session.workshop.priorityList(of: other).map(\.label) == ["Fremd"])
        #expect(session.workshop.priorityList(of: EntityID("weg")).isEmpty)
    }

    // MARK: Through a real store

    @Test func eightTopicsSortedByTheRoomThroughTheStoreSurviveUndoRedoAndRestart() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("matrix.allianz")
        var store = try WorkshopStore.create(at: path, content: WorkshopTemplate.empty.content(title: "Allianz-Workshop"),
                                             author: "test@host")
        try store.execute(materiality(.addMatrix(title: "Priorisierung", xAxis: capacity, yAxis: relevance)))
        let matrixID = try #require(store.state.workshop.matrices.first?.id)
        let labels = ["City-Hub", "Fachkräfteportal", "Bottrop Card", "Co-Working", "Ideen Garage",
                      "Markenentwicklung", "Hochschule im Park", "WLAN"]
        try store.execute(materiality(.addTopics(matrixID: matrixID, labels: labels)))
        let topics = store.state.workshop.topics(of: matrixID).map(\.id)
        #expect(topics.count == 8)

        // The hidden order of the room on x: a permutation of the entry order.
        let hiddenRanks = [5, 2, 7, 0, 3, 6, 1, 4]
        let hidden = Dictionary(uniqueKeysWithValues: zip(topics, hiddenRanks))
        try store.execute(materiality(.startSorting(matrixID: matrixID, axis: .x)))

        // Three true answers, then a wrong one that is taken back, then the room answers on.
        let early = try answerFromHiddenOrder(store, matrixID: matrixID, axis: .x, hidden: hidden, limit: 3)
        #expect(early == 3)
        let answersSoFar = try #require(store.state.workshop.matrix(matrixID)?.sorting(.x)?.answers)
        let question = try #require(store.state.workshop.matrix(matrixID)?.sorting(.x)?.sort.question)
        let truth: ComparisonAnswer = hidden[question.candidate]! > hidden[question.pivot]! ? .more : .less
        try store.execute(materiality(.answer(matrixID: matrixID, axis: .x, truth == .more ? .less : .more)))
        #expect(store.state.workshop.matrix(matrixID)?.sorting(.x)?.answers.count == 4)
        let takeBack = try #require(try store.execute(materiality(.takeBackAnswer(matrixID: matrixID, axis: .x))))
        #expect(takeBack.events.count == 1)
        #expect(store.state.workshop.matrix(matrixID)?.sorting(.x)?.answers == answersSoFar)
        #expect(store.state.workshop.matrix(matrixID)?.sorting(.x)?.sort.question == question)

        let asked = try early + answerFromHiddenOrder(store, matrixID: matrixID, axis: .x, hidden: hidden)
        #expect(asked <= questionBound(8) + 8, "binary insertion: \(asked) questions")
        #expect(asked >= questionBound(8) - 8)
        let answered = store.state.workshop
        #expect(executeError(store, materiality(.answer(matrixID: matrixID, axis: .x, .more)))
            == .rejected(.sortingFinished(capacity.name)))

        let applied = try #require(try store.execute(materiality(.applySorting(matrixID: matrixID, axis: .x))))
        #expect(applied.events.count == 8, "all positions in one record")
        let placed = store.state.workshop

        func checkPositions(_ workshop: Workshop) {
            let xs = workshop.topics(of: matrixID).map(\.x)
            #expect(xs.allSatisfy { $0 != nil })
            let byPosition = topics.sorted { (xs[topics.firstIndex(of: $0)!] ?? -1) < (xs[topics.firstIndex(of: $1)!] ?? -1) }
            #expect(byPosition == topics.sorted { hidden[$0]! < hidden[$1]! }, "positions ordered like the hidden order")
            #expect(xs == hiddenRanks.map { Double?((Double($0) + 0.5) / 8) })
        }
        checkPositions(placed)

        // After a restart everything is there, and undo walks back through apply and answers.
        try store.close()
        store = try WorkshopStore.open(at: path, author: "test@host")
        #expect(store.state.workshop == placed)
        checkPositions(store.state.workshop)
        try store.execute(.undo)
        #expect(store.state.workshop == answered)
        #expect(store.state.workshop.topics(of: matrixID).allSatisfy { $0.x == nil })
        try store.execute(.undo)
        try store.execute(.undo)
        #expect(store.state.workshop.matrix(matrixID)?.sorting(.x)?.answers.count == asked - 2)
        try store.close()
        store = try WorkshopStore.open(at: path, author: "test@host")
        #expect(store.state.workshop.matrix(matrixID)?.sorting(.x)?.answers.count == asked - 2)
        try store.execute(.redo)
        try store.execute(.redo)
        #expect(store.state.workshop == answered)
        try store.execute(.redo)
        #expect(store.state.workshop == placed)
        #expect(executeError(store, .redo) == .rejected(.nothingToRedo))

        // Fine-tuning by hand after the comparisons is one more undoable step.
        try store.execute(materiality(.placeTopic(id: topics[3], x: 0.02, y: 0.5)))
        #expect(store.state.workshop.topic(topics[3])?.x == 0.02)
        #expect(store.state == WorkshopReducer.replay(try store.allRecords()))
        try store.close()
        store = try WorkshopStore.open(at: path, author: "test@host")
        try store.execute(.undo)
        #expect(store.state.workshop == placed)
        try store.close()
    }

    @Test func tiesOnTheSecondAxisAndThePriorityListThroughTheStore() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("gleich.allianz")
        let store = try WorkshopStore.create(at: path, content: WorkshopTemplate.empty.content(title: "T"), author: "t@h")
        try store.execute(materiality(.addMatrix(title: "M", xAxis: capacity, yAxis: relevance)))
        let matrixID = try #require(store.state.workshop.matrices.first?.id)
        try store.execute(materiality(.addTopics(matrixID: matrixID, labels: ["A", "B", "C", "D", "E", "F"])))
        let topics = store.state.workshop.topics(of: matrixID).map(\.id)
        let xHidden = Dictionary(uniqueKeysWithValues: zip(topics, [0, 1, 2, 3, 4, 5]))
        let yHidden = Dictionary(uniqueKeysWithValues: zip(topics, [1, 1, 0, 1, 0, 1])) // two groups
        for (axis, hidden) in [(MatrixAxisKind.x, xHidden), (.y, yHidden)] {
            try store.execute(materiality(.startSorting(matrixID: matrixID, axis: axis)))
            try answerFromHiddenOrder(store, matrixID: matrixID, axis: axis, hidden: hidden)
            try store.execute(materiality(.applySorting(matrixID: matrixID, axis: axis)))
        }
        let placed = store.state.workshop.topics(of: matrixID)
        #expect(placed.map(\.y) == [0.75, 0.75, 0.25, 0.75, 0.25, 0.75])
        #expect(placed.map(\.quadrant) == [1, 1, 3, 0, 2, 0])
        #expect(store.state.workshop.priorityList(of: matrixID).map(\.label) == ["F", "D", "B", "A", "E", "C"])
        try store.close()
    }

    // MARK: Events, log, messages

    @Test func everyMaterialityEventIsReversedByItsInverse() throws {
        var session = Session()
        let id = try session.addMatrix()
        let topics = try session.addTopics(["A", "B", "C"], to: id)
        try session.run(materiality(.startSorting(matrixID: id, axis: .x)))
        try session.run(materiality(.answer(matrixID: id, axis: .x, .less)))
        try session.run(materiality(.answer(matrixID: id, axis: .x, .more)))
        try session.run(materiality(.applySorting(matrixID: id, axis: .x)))
        try session.run(materiality(.placeTopic(id: topics[0], x: 0.3, y: 0.9)))
        try session.run(materiality(.renameTopic(id: topics[1], label: "Bee")))
        try session.run(materiality(.removeTopic(id: topics[2])))
        try session.run(materiality(.removeMatrix(id: id)))
        #expect(session.workshop.matrices.isEmpty && session.workshop.topics.isEmpty)
        // Undo everything back to the blank workshop; every undo must fit.
        var undone = 0
        while (try? session.run(.undo)) != nil { undone += 1 }
        #expect(undone == 10)
        #expect(session.workshop.matrices.isEmpty && session.workshop.topics.isEmpty)
        for _ in 0..<10 { try session.run(.redo) }
        #expect(session.workshop.matrices.isEmpty)
        #expect(session.state == WorkshopReducer.replay(session.records))
        for record in session.records {
            for event in record.events {
                #expect(event.inverse.inverse == event)
            }
        }
    }

    @Test func theLogSaysWhatHappenedInBothLanguages() throws {
        var session = Session()
        let id = try session.addMatrix("Priorisierung")
        let topics = try session.addTopics(["City-Hub", "WLAN"], to: id)
        func describe(_ command: MaterialityCommand) throws -> (de: String, en: String) {
            let record = try #require(try session.run(materiality(command)))
            return (EventDescription.summary(record, .de), EventDescription.summary(record, .en))
        }
        let started = try describe(.startSorting(matrixID: id, axis: .x))
        #expect(started.de == "„Priorisierung“: Paarvergleich auf der Achse „Handlungsfähigkeit der Allianz“ gestartet")
        #expect(started.en.contains("started"))
        let answered = try describe(.answer(matrixID: id, axis: .x, .equal))
        #expect(answered.de == "„Priorisierung“, Achse „Handlungsfähigkeit der Allianz“: Antwort „etwa gleich“")
        #expect(answered.en == "“Priorisierung”, axis “Handlungsfähigkeit der Allianz”: answer “about equal”")
        let takenBack = try describe(.takeBackAnswer(matrixID: id, axis: .x))
        #expect(takenBack.de.contains("letzte Antwort zurückgenommen"))
        let placed = try describe(.placeTopic(id: topics[0], x: 0.75, y: nil))
        #expect(placed.de == "Thema „City-Hub“ platziert: x 0,75 · y –")
        #expect(placed.en == "Topic “City-Hub” placed: x 0.75 · y –")
        let unplaced = try describe(.placeTopic(id: topics[0], x: nil, y: nil))
        #expect(unplaced.de.contains("City-Hub") && unplaced.de != placed.de)
        let renamed = try describe(.renameTopic(id: topics[1], label: "Freies WLAN"))
        #expect(renamed.de == "Thema: „WLAN“ geändert in „Freies WLAN“")
        let removed = try describe(.removeTopic(id: topics[1]))
        #expect(removed.de.hasPrefix("Thema: „Freies WLAN“ entfernt"), "\(removed.de)")
        let added = try describe(.addTopics(matrixID: id, labels: ["X", "Y"]))
        #expect(added.de == "Thema: „X“ hinzugefügt (und 1 weitere)")
        let edited = try describe(.editMatrix(id: id, title: "Priorisierung", xAxis: capacity, yAxis: relevance,
                                              quadrantNames: ["A", "B", "C", "D"]))
        #expect(edited.de == "Matrix „Priorisierung“ geändert")
        let matrixRemoved = try describe(.removeMatrix(id: id))
        #expect(matrixRemoved.de == "Wesentlichkeitsmatrix: „Priorisierung“ entfernt (und 3 weitere)")
    }

    @Test func everyMaterialityErrorHasAMessageInBothLanguages() {
        let errors: [CommandError] = [
            .axisNameMissing(.x), .axisNameMissing(.y), .quadrantNameCount(3), .duplicateTopic("City-Hub"),
            .tooManyTopics(limit: 200, present: 199), .sortingNeedsTwoTopics(1), .noSorting("Relevanz"),
            .sortingFinished("Relevanz"), .noAnswerToTakeBack("Relevanz"), .sortingNotFinished("Relevanz", remaining: 4),
            .invalidPosition, .emptyText(.topicLabel), .textTooLong(.axisName, limit: 60, length: 70),
        ]
        for error in errors {
            let german = error.message(in: .de)
            let english = error.message(in: .en)
            #expect(!german.isEmpty && !english.isEmpty && german != english, "\(error)")
            #expect(!german.contains("{") && !english.contains("{"), "\(error)")
        }
        #expect(CommandError.axisNameMissing(.y).message(in: .de).hasPrefix("Achse ohne Namen"))
        #expect(CommandError.axisNameMissing(.y).message(in: .de).contains("senkrechte Achse"))
        #expect(CommandError.sortingNeedsTwoTopics(1).message(in: .de).contains("Weniger als zwei Themen"))
        #expect(CommandError.duplicateTopic("City-Hub").message(in: .en).contains("City-Hub"))
        #expect(CommandError.sortingNotFinished("Relevanz", remaining: 4).message(in: .de).contains("4"))
        for field in [TextFieldKind.matrixTitle, .axisName, .axisPole, .topicLabel, .quadrantName] {
            #expect(!field.label(.de).isEmpty && field.label(.de) != field.label(.en), "\(field)")
        }
        #expect([TextFieldKind.matrixTitle, .axisName, .axisPole, .topicLabel, .quadrantName].map(\.limit) == [120, 60, 40, 120, 40])
        #expect(!TextFieldKind.axisPole.isRequired && TextFieldKind.axisName.isRequired)
        for answer in ComparisonAnswer.allCases {
            #expect(answer.label(.de) != answer.label(.en))
        }
    }

    // MARK: Storage

    @Test func matricesAreCreatedExportedAndDecodedAndOlderFilesStillRead() throws {
        var session = Session()
        let id = try session.addMatrix()
        let topics = try session.addTopics(["A", "B"], to: id)
        try session.run(materiality(.startSorting(matrixID: id, axis: .y)))
        try session.run(materiality(.answer(matrixID: id, axis: .y, .more)))
        try session.run(materiality(.placeTopic(id: topics[0], x: 0.1 + 0.2, y: 1.0 / 3.0)))
        let content = session.workshop

        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let store = try WorkshopStore.create(at: directory.path("mit-matrix.allianz"), content: content, author: "t@h")
        #expect(store.state.workshop == content)
        try store.close()

        let encoded = try JSONEncoder().encode(content)
        #expect(try JSONDecoder().decode(Workshop.self, from: encoded) == content)
        let text = try #require(String(data: try WorkshopExport(state: session.state).jsonData(), encoding: .utf8))
        #expect(text.contains("\"matrices\"") && text.contains("\"topics\"") && text.contains("Relevanz für den Standort"))

        let old = #"{"info":{"title":"Alt","date":"","place":""},"quickDecisions":[]}"#
        let workshop = try JSONDecoder().decode(Workshop.self, from: Data(old.utf8))
        #expect(workshop.matrices.isEmpty && workshop.topics.isEmpty)
    }

    // MARK: Demo

    @Test func theDemoHasThirtyIllustrativeTopicsAboutHalfOfThemTopRight() throws {
        let demo = DemoWorkshop.kickOff
        let matrix = try #require(demo.matrices.first)
        #expect(demo.matrices.count == 1)
        #expect(matrix.title == "Priorisierung der Themen (Achsen und Platzierung illustrativ)")
        #expect(matrix.isIllustrative)
        #expect(matrix.xAxis == MatrixAxis(name: "Handlungsfähigkeit der Allianz", low: "gering", high: "hoch"))
        #expect(matrix.yAxis == MatrixAxis(name: "Relevanz für den Standort", low: "gering", high: "hoch"))
        #expect(matrix.quadrantNames == MaterialityMatrix.defaultQuadrantNames)

        let topics = demo.topics(of: matrix.id)
        #expect(topics.count == 30 && demo.topics.count == 30)
        #expect(demo.itemCount(for: .materiality) == 30)
        let topRight = topics.filter { $0.quadrant == MatrixTopic.topRight }.count
        #expect((13...17).contains(topRight), "\(topRight) top right")
        #expect(topics.allSatisfy { $0.quadrant != nil }, "every topic placed")
        for quadrant in 0..<4 { #expect(topics.contains { $0.quadrant == quadrant }, "quadrant \(quadrant) empty") }
        #expect(topics.allSatisfy { (0...1).contains($0.x!) && (0...1).contains($0.y!) })
        #expect(Set(topics.map(\.id)).count == 30)

        // Labels are valid topic labels and unique ignoring case.
        for topic in topics {
            #expect(TextSanitizer.clean(topic.label, multiline: false) == topic.label, "\(topic.label)")
            #expect((try? TextFieldKind.topicLabel.validate(topic.label)) == topic.label, "\(topic.label)")
        }
        #expect(Set(topics.map { $0.label.lowercased() }).count == 30)

        // Twelve challenges point to their cards on the challenges board, with the card's text.
        let sourced = topics.filter { $0.sourceCardID != nil }
        #expect(sourced.count == 12)
        for topic in sourced {
            let card = try #require(demo.cards.first { $0.id == topic.sourceCardID }, "\(topic.label)")
            #expect(card.text == topic.label)
            #expect(card.boardID == demo.boards.first?.id)
        }
        #expect(topics.contains { $0.label == "Elektromobiler City-Hub" && $0.quadrant == 0 })
        #expect(topics.contains { $0.label == "Kooperative Produktion im Handwerk" && $0.quadrant == 0 })
        #expect(demo.priorityList(of: matrix.id).prefix(topRight).allSatisfy { $0.quadrant == 0 })
    }

    @Test func theDemoMatrixCanBeTypedInThroughTheCommands() throws {
        let demo = DemoWorkshop.kickOff
        let matrix = try #require(demo.matrices.first)
        var session = Session()
        let id = try #require(try session.run(materiality(.addMatrix(title: matrix.title, xAxis: matrix.xAxis, yAxis: matrix.yAxis))))
            .events.compactMap { event -> EntityID? in
                if case let .matrices(.insert(item, _)) = event { return item.id }
                return nil
            }.first
        let matrixID = try #require(id)
        let typed = try session.addTopics(demo.topics.map(\.label), to: matrixID)
        for (topic, original) in zip(typed, demo.topics) {
            try session.run(materiality(.placeTopic(id: topic, x: original.x, y: original.y)))
        }
        #expect(session.workshop.topics(of: matrixID).map(\.label) == demo.topics.map(\.label))
        #expect(session.workshop.priorityList(of: matrixID).map(\.label) == demo.priorityList(of: matrix.id).map(\.label))
    }
}
