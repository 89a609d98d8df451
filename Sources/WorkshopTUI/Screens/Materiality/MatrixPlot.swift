import WorkshopModel

/// The four-field matrix itself: quadrants with their names and counts (top right emphasised),
/// axis names and poles, and every placed topic as its number — with a short label where
/// there is room — at its position.
struct MatrixPlot {
    let matrix: MaterialityMatrix
    let topics: [MatrixTopic]
    let selected: Int
    let language: Language

    func render(into canvas: inout Canvas, rect: Rect) {
        // Rows: y axis name, the box, x axis line.
        let box = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 2)
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
            let name = " \(matrix.quadrantNames[quadrant]) (\(counts[quadrant])) "
            canvas.draw(name.truncated(toWidth: box.width / 2 - 2), x: corner.0, y: corner.1,
                        style: quadrant == 0 ? .frameFocused : .secondary)
        }
        // Markers: the number, plus a short label where the cells to its right are free.
        let inner = box.inset(by: 1)
        // The dividers count as taken, so labels stop before them.
        var taken = Set((inner.y..<inner.maxY).map { $0 * 10_000 + midX })
        taken.formUnion((inner.x..<inner.maxX).map { midY * 10_000 + $0 })
        let showsLabels = inner.width >= 80
        for (index, topic) in topics.enumerated() {
            guard let tx = topic.x, let ty = topic.y else { continue }
            var column = inner.x + Int((tx * Double(inner.width - 3)).rounded())
            let row = inner.y + Int(((1 - ty) * Double(inner.height - 1)).rounded())
            let number = "\(index + 1)"
            // A marker needs its cells and one free cell after it, so numbers never touch.
            while (0...number.count).contains(where: { taken.contains(row * 10_000 + column + $0) }), column < inner.maxX - number.count {
                column += 1
            }
            var text = number
            if showsLabels {
                let room = (1...14).prefix { !taken.contains(row * 10_000 + column + number.count + $0) && column + number.count + $0 < inner.maxX }.count
                if room > 4 { text += " " + topic.label.truncated(toWidth: room - 1) }
            }
            for offset in -1...DisplayWidth.of(text) { taken.insert(row * 10_000 + column + offset) }
            canvas.draw(text, x: column, y: row, style: index == selected ? .selection : topic.quadrant == 0 ? .success : .normal,
                        maxWidth: inner.maxX - column)
        }
    }
}
