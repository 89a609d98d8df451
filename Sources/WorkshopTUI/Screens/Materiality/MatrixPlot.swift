import WorkshopModel

/// The four-field matrix itself: quadrants with their names and counts (top right emphasised),
/// axis names and poles, and every placed topic as its number — with a short label where
/// there is room — at its position.
struct MatrixPlot {
    let matrix: MaterialityMatrix
    let topics: [MatrixTopic]
    let selected: Int
    let language: Language

    /// The cells inside the quadrant frame for a plot drawn into `rect`.
    static func inner(of rect: Rect) -> Rect { box(of: rect).inset(by: 1) }

    /// Rows: the y axis name, the framed box, the x axis line.
    private static func box(of rect: Rect) -> Rect { Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 2) }

    /// The divider column and row inside `inner` (the middle of the box).
    private static func middle(of inner: Rect) -> (x: Int, y: Int) {
        (inner.x - 1 + (inner.width + 2) / 2, inner.y - 1 + (inner.height + 2) / 2)
    }

    /// The cells of the quadrant that holds (x, y): each half of an axis spans its quadrant;
    /// the dividers belong to none. The middle (0.5) counts as right and as top, as
    /// ``MatrixTopic/quadrant`` does.
    private static func region(ofPosition x: Double, _ y: Double, in inner: Rect) -> (columns: Range<Int>, rows: Range<Int>) {
        let middle = middle(of: inner)
        return (x >= 0.5 ? (middle.x + 1)..<max(inner.maxX, middle.x + 1) : inner.x..<max(middle.x, inner.x),
                y >= 0.5 ? inner.y..<max(middle.y, inner.y) : (middle.y + 1)..<max(inner.maxY, middle.y + 1))
    }

    /// The cell where a topic at (x, y) is drawn (when it is free): a column of its quadrant
    /// where a two-digit number still fits, a row of its quadrant.
    static func cell(ofPosition x: Double, _ y: Double, in inner: Rect) -> (x: Int, y: Int) {
        let (columns, rows) = region(ofPosition: x, y, in: inner)
        let fx = min(max(x >= 0.5 ? (x - 0.5) * 2 : x * 2, 0), 1), fy = min(max(y >= 0.5 ? (y - 0.5) * 2 : y * 2, 0), 1)
        let slots = max(columns.count - 1, 1), rowSlots = max(rows.count, 1)
        return (columns.lowerBound + min(Int(fx * Double(slots)), slots - 1),
                rows.lowerBound + rowSlots - 1 - min(Int(fy * Double(rowSlots)), rowSlots - 1))
    }

    /// The position (0…1 on both axes) of a cell: the inverse of ``cell(ofPosition:_:in:)``
    /// (the middle of the cell's slot; a divider is the middle, 0.5).
    static func position(ofCell cell: (x: Int, y: Int), in inner: Rect) -> (x: Double, y: Double) {
        let middle = middle(of: inner)
        // The slot (0 = left or bottom) among `slots` within the half, as a value of that half.
        func value(slot: Int, slots: Int, upperHalf: Bool) -> Double {
            let slots = max(slots, 1)
            return (upperHalf ? 0.5 : 0) + (Double(min(max(slot, 0), slots - 1)) + 0.5) / Double(slots) / 2
        }
        let x = cell.x == middle.x ? 0.5
            : cell.x > middle.x ? value(slot: cell.x - middle.x - 1, slots: inner.maxX - middle.x - 2, upperHalf: true)
            : value(slot: cell.x - inner.x, slots: middle.x - inner.x - 1, upperHalf: false)
        let y = cell.y == middle.y ? 0.5
            : cell.y < middle.y ? value(slot: middle.y - 1 - cell.y, slots: middle.y - inner.y, upperHalf: true)
            : value(slot: inner.maxY - 1 - cell.y, slots: inner.maxY - middle.y - 1, upperHalf: false)
        return (x, y)
    }

    func render(into canvas: inout Canvas, rect: Rect) {
        let box = Self.box(of: rect)
        guard box.width >= 10, box.height >= 6 else { return }
        let y = matrix.yAxis, x = matrix.xAxis
        canvas.draw(" ↑ \(y.name) (\(y.low) → \(y.high))".truncated(toWidth: rect.width), x: rect.x, y: rect.y, style: .heading)
        canvas.draw(" → \(x.name) (\(x.low) → \(x.high))".truncated(toWidth: rect.width), x: rect.x, y: rect.maxY - 1, style: .heading)
        canvas.drawFrame(box, style: .frame)
        let midX = box.x + box.width / 2, midY = box.y + box.height / 2
        for row in (box.y + 1)..<(box.maxY - 1) { canvas.draw("│", x: midX, y: row, style: .frame) }
        canvas.draw(String(repeating: "─", count: box.width - 2), x: box.x + 1, y: midY, style: .frame)
        canvas.draw("┼", x: midX, y: midY, style: .frame)
        // Quadrant names with counts: 0 top right, 1 top left, 2 bottom right, 3 bottom left.
        var counts = [0, 0, 0, 0]
        for topic in topics { if let quadrant = topic.quadrant { counts[quadrant] += 1 } }
        let corners = [(midX + 1, box.y), (box.x + 1, box.y), (midX + 1, box.maxY - 1), (box.x + 1, box.maxY - 1)]
        for (quadrant, corner) in corners.enumerated() {
            // The name gives way to the count: "Nicht prior… (29)", never "Nicht priorisiert (2…".
            let count = " (\(counts[quadrant])) "
            let name = " " + matrix.quadrantNames[quadrant].truncated(toWidth: box.width / 2 - 3 - DisplayWidth.of(count)) + count
            canvas.draw(name.truncated(toWidth: box.width / 2 - 2), x: corner.0, y: corner.1,
                        style: quadrant == 0 ? .frameFocused : .secondary)
        }
        // Markers: each topic's number inside its quadrant (columns and rows of the dividers
        // belong to none, so a marker never covers a divider or strays into the next quadrant),
        // at the free place nearest to its position.
        let inner = box.inset(by: 1)
        // Cells of markers and the cell on either side of each, so numbers never touch.
        var taken = Set<Int>()
        var markers: [(index: Int, column: Int, row: Int, width: Int, columns: Range<Int>)] = []
        for (index, topic) in topics.enumerated() {
            guard let tx = topic.x, let ty = topic.y else { continue }
            let (columns, rows) = Self.region(ofPosition: tx, ty, in: inner)
            let width = "\(index + 1)".count
            guard columns.count >= width, !rows.isEmpty else { continue }
            let wanted = Self.cell(ofPosition: tx, ty, in: inner)
            let wantedColumn = min(wanted.x, columns.upperBound - width), wantedRow = wanted.y
            // A row away counts as much as three columns (cells are about twice as high as wide).
            var best: (cost: Int, column: Int, row: Int)?
            search: for row in rows {
                for column in columns.lowerBound...(columns.upperBound - width) {
                    let cost = abs(column - wantedColumn) + 3 * abs(row - wantedRow)
                    if let best, best.cost <= cost { continue }
                    if (column..<(column + width)).contains(where: { taken.contains(row * 10_000 + $0) }) { continue }
                    best = (cost, column, row)
                    if cost == 0 { break search }
                }
            }
            // A quadrant too crowded for one more number leaves it to the legend.
            guard let best else { continue }
            for offset in -1...width { taken.insert(best.row * 10_000 + best.column + offset) }
            markers.append((index, best.column, best.row, width, columns))
        }
        // Then a short label after each number where the cells to its right are free (up to
        // one cell before the next number).
        let showsLabels = inner.width >= 80
        for marker in markers {
            let topic = topics[marker.index]
            var text = "\(marker.index + 1)"
            if showsLabels {
                let start = marker.column + marker.width + 1
                let room = (0..<13).prefix { start + $0 < marker.columns.upperBound && !taken.contains(marker.row * 10_000 + start + $0) }.count
                if room >= 4 { text += " " + topic.label.truncated(toWidth: room) }
            }
            canvas.draw(text, x: marker.column, y: marker.row,
                        style: marker.index == selected ? .selection : topic.quadrant == 0 ? .success : .normal,
                        maxWidth: marker.columns.upperBound - marker.column)
        }
    }
}
