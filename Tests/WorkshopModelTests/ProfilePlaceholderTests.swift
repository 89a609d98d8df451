import Foundation
import Testing
import WorkshopModel

/// The priority list turns the prioritised topics into profile placeholders in one step.
struct ProfilePlaceholderTests {
    @Test func prioritisedTopicsBecomePreparedCardsOnABoardInOneUndoableRecord() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let store = try WorkshopStore.create(at: directory.path("w.allianz"), content: DemoWorkshop.kickOff)
        let matrix = try #require(store.state.workshop.matrices.first)
        let prioritised = store.state.workshop.priorityList(of: matrix.id).prefix { $0.quadrant == MatrixTopic.topRight }
        let before = store.state.workshop

        try store.execute(.materiality(.createProfilePlaceholders(matrixID: matrix.id)))
        let workshop = store.state.workshop
        let board = try #require(workshop.boards.last)
        #expect(board.title == MaterialityMatrix.placeholderBoardPrefix + matrix.title)
        let cards = workshop.cards.filter { $0.boardID == board.id }
        #expect(cards.map(\.text) == prioritised.map(\.label))
        #expect(cards.allSatisfy { $0.isPrepared && $0.tags == [MaterialityMatrix.placeholderTag] })
        // A topic taken from a card links back to it.
        #expect(cards.contains { !$0.links.isEmpty })

        try store.execute(.undo)
        #expect(store.state.workshop == before)
    }

    @Test func withNothingPrioritisedTheMessageSaysWhatToDo() throws {
        var workshop = DemoWorkshop.kickOff
        let matrixID = try #require(workshop.matrices.first?.id)
        workshop.topics = workshop.topics.map { var topic = $0; topic.x = 0.1; return topic }
        let state = WorkshopState(workshop: workshop)
        #expect(throws: CommandError.nothingPrioritised(workshop.matrices[0].title)) {
            try CommandDecider.decide(.materiality(.createProfilePlaceholders(matrixID: matrixID)), in: state)
        }
        #expect(CommandError.nothingPrioritised("X").message(in: .de).contains("erst platzieren"))
    }
}
