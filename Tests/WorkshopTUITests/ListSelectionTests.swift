import Testing
@testable import WorkshopTUI

@Suite struct ListSelectionTests {
    private func expectVisible(_ selection: ListSelection, count: Int, visible: Int,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        let range = selection.visibleRange(count: count, visible: visible)
        #expect(range.contains(selection.index), "index \(selection.index) not in \(range)", sourceLocation: sourceLocation)
        #expect(range.count == min(count, visible), "range \(range) for \(count) rows, \(visible) visible",
                sourceLocation: sourceLocation)
    }

    @Test func startsAtTheTop() {
        let selection = ListSelection()
        #expect(selection.index == 0)
        #expect(selection.offset == 0)
        #expect(selection.visibleRange(count: 30, visible: 8) == 0..<8)
    }

    @Test func movingDownScrollsJustEnoughToKeepTheSelectionVisible() {
        var selection = ListSelection()
        for step in 1...29 {
            let moved = selection.handle(.down, count: 30, visible: 8)
            #expect(moved)
            #expect(selection.index == step)
            #expect(selection.offset == max(0, step - 7))
            expectVisible(selection, count: 30, visible: 8)
        }
        // At the end it stays.
        _ = selection.handle(.down, count: 30, visible: 8)
        #expect(selection.index == 29)
        #expect(selection.visibleRange(count: 30, visible: 8) == 22..<30)
    }

    @Test func movingUpScrollsBack() {
        var selection = ListSelection()
        _ = selection.handle(.bottom, count: 30, visible: 8)
        for step in stride(from: 28, through: 0, by: -1) {
            _ = selection.handle(.up, count: 30, visible: 8)
            #expect(selection.index == step)
            #expect(selection.offset == min(step, 22))
            expectVisible(selection, count: 30, visible: 8)
        }
        _ = selection.handle(.up, count: 30, visible: 8)
        #expect(selection.index == 0)
    }

    @Test func pagingMovesByAPageKeepingOneRowOfContext() {
        var selection = ListSelection()
        _ = selection.handle(.pageDown, count: 30, visible: 8)
        #expect(selection.index == 7)
        expectVisible(selection, count: 30, visible: 8)
        _ = selection.handle(.pageDown, count: 30, visible: 8)
        #expect(selection.index == 14)
        #expect(selection.visibleRange(count: 30, visible: 8) == 7..<15)
        _ = selection.handle(.pageDown, count: 30, visible: 8)
        _ = selection.handle(.pageDown, count: 30, visible: 8)
        _ = selection.handle(.pageDown, count: 30, visible: 8)
        #expect(selection.index == 29)
        _ = selection.handle(.pageUp, count: 30, visible: 8)
        #expect(selection.index == 22)
        expectVisible(selection, count: 30, visible: 8)
        for _ in 0..<5 { _ = selection.handle(.pageUp, count: 30, visible: 8) }
        #expect(selection.index == 0)
        #expect(selection.offset == 0)
    }

    @Test func pagingWithOneVisibleRowStillMoves() {
        var selection = ListSelection()
        _ = selection.handle(.pageDown, count: 5, visible: 1)
        #expect(selection.index == 1)
        expectVisible(selection, count: 5, visible: 1)
    }

    @Test func topAndBottom() {
        var selection = ListSelection()
        _ = selection.handle(.bottom, count: 10_000, visible: 20)
        #expect(selection.index == 9_999)
        #expect(selection.visibleRange(count: 10_000, visible: 20) == 9_980..<10_000)
        _ = selection.handle(.top, count: 10_000, visible: 20)
        #expect(selection.index == 0)
        #expect(selection.visibleRange(count: 10_000, visible: 20) == 0..<20)
    }

    @Test func otherActionsAreNotListMovements() {
        var selection = ListSelection()
        selection.select(3, count: 10, visible: 5)
        for action: Action in [.add, .edit, .delete, .nextPane, .undo, .quit] {
            let handled = selection.handle(action, count: 10, visible: 5)
            #expect(!handled)
        }
        #expect(selection.index == 3)
    }

    @Test func clampingAfterTheListShrinks() {
        var selection = ListSelection()
        _ = selection.handle(.bottom, count: 30, visible: 8)
        selection.clamp(count: 12, visible: 8)
        #expect(selection.index == 11)
        #expect(selection.visibleRange(count: 12, visible: 8) == 4..<12)
        expectVisible(selection, count: 12, visible: 8)
        selection.clamp(count: 3, visible: 8)
        #expect(selection.index == 2)
        #expect(selection.offset == 0)
        #expect(selection.visibleRange(count: 3, visible: 8) == 0..<3)
        selection.clamp(count: 0, visible: 8)
        #expect(selection.index == 0)
        #expect(selection.visibleRange(count: 0, visible: 8).isEmpty)
    }

    @Test func clampingAfterTheWindowShrinks() {
        var selection = ListSelection()
        selection.select(9, count: 30, visible: 20)
        #expect(selection.offset == 0)
        selection.clamp(count: 30, visible: 4)
        #expect(selection.index == 9)
        expectVisible(selection, count: 30, visible: 4)
    }

    @Test func clampingAfterTheListGrowsKeepsTheSelection() {
        var selection = ListSelection()
        selection.select(5, count: 6, visible: 4)
        selection.clamp(count: 100, visible: 4)
        #expect(selection.index == 5)
        expectVisible(selection, count: 100, visible: 4)
    }

    @Test func selectClampsOutOfRangeIndices() {
        var selection = ListSelection()
        selection.select(-5, count: 10, visible: 4)
        #expect(selection.index == 0)
        selection.select(50, count: 10, visible: 4)
        #expect(selection.index == 9)
        expectVisible(selection, count: 10, visible: 4)
    }

    @Test func randomWalkAlwaysKeepsTheSelectionVisible() {
        var generator = SystemRandomNumberGenerator()
        let actions: [Action] = [.up, .down, .pageUp, .pageDown, .top, .bottom]
        var selection = ListSelection()
        var count = 40
        var visible = 7
        for _ in 0..<2_000 {
            switch Int.random(in: 0..<10, using: &generator) {
            case 0: count = Int.random(in: 1...60, using: &generator); selection.clamp(count: count, visible: visible)
            case 1: visible = Int.random(in: 1...25, using: &generator); selection.clamp(count: count, visible: visible)
            default: _ = selection.handle(actions.randomElement(using: &generator)!, count: count, visible: visible)
            }
            #expect((0..<count).contains(selection.index))
            expectVisible(selection, count: count, visible: visible)
        }
    }
}
