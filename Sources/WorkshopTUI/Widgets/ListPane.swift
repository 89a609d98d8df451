/// Draws a framed, scrolling list: only the visible rows are asked for, so a list of
/// ten thousand entries costs no more than one of ten.
struct ListPane {
    var title: String
    var count: Int
    var isFocused: Bool
    var emptyText: String

    /// Rows of the list that fit inside the frame of `rect`.
    static func visibleRows(in rect: Rect) -> Int { max(rect.height - 2, 0) }

    /// Draws the frame and the visible rows. `row` draws one entry into the given one-line
    /// rectangle with the given style (the selection style for the selected row).
    func render(into canvas: inout Canvas, rect: Rect, selection: ListSelection,
                row: (Int, inout Canvas, Rect, Style) -> Void) {
        canvas.drawFrame(rect, title: title, style: isFocused ? .frameFocused : .frame)
        let inner = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
        guard count > 0 else {
            for (index, line) in TextWrapper.wrap(emptyText, width: max(inner.width - 2, 1)).prefix(inner.height).enumerated() {
                canvas.draw(line, x: inner.x + 1, y: inner.y + index, style: .secondary, maxWidth: inner.width - 1)
            }
            return
        }
        let range = selection.visibleRange(count: count, visible: inner.height)
        for (line, index) in range.enumerated() {
            let rowRect = Rect(x: inner.x, y: inner.y + line, width: inner.width, height: 1)
            let style: Style = index == selection.index ? (isFocused ? .selection : .selectionInactive) : .normal
            if style != .normal { canvas.fill(rowRect, style: style) }
            row(index, &canvas, rowRect, style)
        }
        if range.lowerBound > 0 { canvas.draw("▲", x: rect.maxX - 1, y: rect.y + 1, style: .frameFocused) }
        if range.upperBound < count { canvas.draw("▼", x: rect.maxX - 1, y: rect.maxY - 2, style: .frameFocused) }
    }
}
