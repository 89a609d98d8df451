import Testing
import WorkshopModel
@testable import WorkshopTUI

/// A mouse click inside the matrix places the selected topic there.
struct MatrixClickTests {
    @Test func aClickPlacesTheSelectedTopicAtTheClickedCell() throws {
        let fixture = try Fixture()
        fixture.press(.character("m"), .enter)
        _ = fixture.render(80, 24)
        let topic = try #require(fixture.store.state.workshop.topics.first)
        // The plot's inside starts after the frame: row 1 title, row 2 axis name, row 3 frame.
        let inner = MatrixPlot.inner(of: Rect(x: 0, y: 2, width: 80 - 28 - 1, height: 24 - 3 - 1))
        let cell = (x: inner.x + 2, y: inner.maxY - 2)
        fixture.press(.click(x: cell.x, y: cell.y))
        let placed = try #require(fixture.store.state.workshop.topic(topic.id))
        let expected = MatrixPlot.position(ofCell: cell, in: inner)
        #expect(placed.x == expected.x && placed.y == expected.y)
        #expect(placed.quadrant == MatrixTopic.bottomLeft)
        // The topic is drawn where it was clicked.
        #expect(MatrixPlot.cell(ofPosition: expected.x, expected.y, in: inner) == cell)
        // Outside the plot a click does nothing.
        let sequence = fixture.store.state.lastSequence
        fixture.press(.click(x: 79, y: 23))
        #expect(fixture.store.state.lastSequence == sequence)
        fixture.press(.character("u"))
        #expect(fixture.store.state.workshop.topic(topic.id) == topic)
    }
}
