/// Selection and scroll position of a list. Rendering work depends only on the visible
/// rows, never on the length of the list.
public struct ListSelection: Equatable, Sendable {
    public private(set) var index: Int = 0
    public private(set) var offset: Int = 0

    public init() {}

    /// Applies a navigation action for a list of `count` rows showing `visible` rows.
    /// Returns false when the action is not a list movement.
    public mutating func handle(_ action: Action, count: Int, visible: Int) -> Bool {
        switch action {
        case .up: select(index - 1, count: count, visible: visible)
        case .down: select(index + 1, count: count, visible: visible)
        case .pageUp: select(index - max(visible - 1, 1), count: count, visible: visible)
        case .pageDown: select(index + max(visible - 1, 1), count: count, visible: visible)
        case .top: select(0, count: count, visible: visible)
        case .bottom: select(count - 1, count: count, visible: visible)
        default: return false
        }
        return true
    }

    /// Selects row `newIndex` (clamped) and scrolls so it is visible.
    public mutating func select(_ newIndex: Int, count: Int, visible: Int) {
        index = count == 0 ? 0 : min(max(newIndex, 0), count - 1)
        scroll(count: count, visible: visible)
    }

    /// Keeps the selection inside a list that may have shrunk or grown, and visible.
    public mutating func clamp(count: Int, visible: Int) {
        select(index, count: count, visible: visible)
    }

    /// The rows to draw: indices from the scroll offset, at most `visible` of them.
    public func visibleRange(count: Int, visible: Int) -> Range<Int> {
        let start = min(offset, max(count - 1, 0))
        return start..<min(count, start + max(visible, 0))
    }

    private mutating func scroll(count: Int, visible: Int) {
        guard visible > 0 else { offset = index; return }
        if index < offset { offset = index }
        if index >= offset + visible { offset = index - visible + 1 }
        offset = max(0, min(offset, max(count - visible, 0)))
    }
}
