import WorkshopModel

/// A materiality matrix: the four quadrants over the two axes the group named, the topics as
/// numbered markers (with short labels where they fit) and a legend. Topics are placed by
/// pairwise comparison (`x`, `y`) or moved by hand with the arrow keys.
final class MatrixScreen: Screen {
    /// One step of the arrow keys on the 0…1 axes: a fine grid of 40 steps.
    static let step = 0.025

    private let matrixID: EntityID
    private var selection = ListSelection()
    private var legendRows = 10

    /// The inside of the plot at the last frame, for mouse clicks.
    private var plotArea: Rect?

    init(matrixID: EntityID) { self.matrixID = matrixID }

    /// A click inside the matrix places the selected topic there (where the terminal reports clicks).
    func consume(_ key: Key, app: App) -> Bool {
        guard case let .click(x, y) = key, let area = plotArea, area.width > 3, area.height > 1,
              (area.x..<area.maxX).contains(x), (area.y..<area.maxY).contains(y) else { return false }
        let topics = app.workshop.topics(of: matrixID)
        guard topics.indices.contains(selection.index) else { return true }
        let position = MatrixPlot.position(ofCell: (x, y), in: area)
        app.execute(.materiality(.placeTopic(id: topics[selection.index].id, x: position.x, y: position.y)))
        return true
    }

    func title(_ language: Language) -> String { UIText.matrixTitle.text(language) }

    func projection(app: App) -> Projection? { .matrix(matrixID) }

    let keymap = Keymap([
        KeyBinding([.character("x")], .sortX, .keySortX),
        KeyBinding([.character("y")], .sortY, .keySortY),
        KeyBinding([.character("l")], .priorityList, .keyPriorityList),
        KeyBinding([.character("a"), .character("n")], .add, .keyAddTopics),
        KeyBinding([.character("c")], .topicsFromCards, .keyTopicsFromCards),
        KeyBinding([.character("r")], .edit, .keyRenameTopic),
        KeyBinding([.character("d"), .delete], .delete, .keyRemoveTopic),
        KeyBinding([.character("e")], .editInfo, .keyEditMatrix),
        KeyBinding([.left], .moveLeft, .keyTopicLeft),
        KeyBinding([.right], .moveRight, .keyTopicRight),
        KeyBinding([.up], .moveUp, .keyTopicUp),
        KeyBinding([.down], .moveDown, .keyTopicDown),
        KeyBinding([.tab, .character("j")], .down, .keyNextTopic),
        KeyBinding([.backTab, .character("k")], .up, .keyPreviousTopic),
    ])

    func perform(_ action: Action, app: App) {
        guard let matrix = app.workshop.matrix(matrixID) else {
            if action == .back { app.pop() }
            return
        }
        let topics = app.workshop.topics(of: matrixID)
        if selection.handle(action, count: topics.count, visible: legendRows) { return }
        let topic = topics.indices.contains(selection.index) ? topics[selection.index] : nil
        switch action {
        case .sortX, .sortY:
            let axis: MatrixAxisKind = action == .sortX ? .x : .y
            if matrix.sorting(axis).map({ $0.sort.isFinished }) ?? true {
                guard app.execute(.materiality(.startSorting(matrixID: matrixID, axis: axis))) != nil else { return }
            }
            app.push(ComparisonScreen(matrixID: matrixID, axis: axis))
        case .priorityList:
            app.push(PriorityListScreen(matrixID: matrixID))
        case .add:
            app.present(TopicsForm.make(app, matrixID: matrixID))
        case .topicsFromCards:
            app.present(BoardPickers.cardPicker(app, title: UIText.topicFromCardTitle.text(app.language)) { cardID, app in
                app.execute(.materiality(.addTopicsFromCards(matrixID: self.matrixID, cardIDs: [cardID])),
                            success: UIText.topicAdded.text(app.language))
            })
        case .edit:
            guard let topic else { return }
            app.present(TopicForm.make(app, topic: topic))
        case .delete:
            guard let topic else { return }
            app.execute(.materiality(.removeTopic(id: topic.id)), success: UIText.removed.format(app.language, topic.label))
        case .editInfo:
            app.present(MatrixForm.make(app, matrix: matrix))
        case .moveLeft, .moveRight, .moveUp, .moveDown:
            guard let topic else { return }
            let dx = action == .moveLeft ? -Self.step : action == .moveRight ? Self.step : 0
            let dy = action == .moveDown ? -Self.step : action == .moveUp ? Self.step : 0
            // Rounded to millionths, so that steps add up exactly: 0.6 four steps down is the
            // middle (0.5, top), not 0.4999999999999999 (bottom).
            func stepped(_ value: Double?, _ delta: Double) -> Double { (((value ?? 0.5) + delta) * 1_000_000).rounded() / 1_000_000 }
            app.execute(.materiality(.placeTopic(id: topic.id, x: stepped(topic.x, dx), y: stepped(topic.y, dy))))
        default:
            break
        }
    }

    // MARK: Rendering

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let language = app.language
        guard let matrix = app.workshop.matrix(matrixID) else {
            canvas.draw(" " + UIText.matrixGone.text(language), x: area.x, y: area.y + 1, style: .error)
            return
        }
        let topics = app.workshop.topics(of: matrixID)
        selection.clamp(count: topics.count, visible: legendRows)
        canvas.draw(" " + matrix.title.truncated(toWidth: area.width - 2), x: area.x, y: area.y, style: .heading)
        let legendWidth = area.width >= 140 ? 52 : 28
        let plot = Rect(x: area.x, y: area.y + 1, width: area.width - legendWidth - 1, height: area.height - 1)
        let legend = Rect(x: plot.maxX + 1, y: plot.y, width: legendWidth, height: plot.height)
        let matrixPlot = MatrixPlot(matrix: matrix, topics: topics, selected: selection.index, language: language)
        matrixPlot.render(into: &canvas, rect: plot)
        plotArea = MatrixPlot.inner(of: plot)
        legendRows = ListPane.visibleRows(in: legend)
        ListPane(title: UIText.topicCount.format(language, topics.count), count: topics.count, isFocused: true,
                 emptyText: UIText.topicsEmpty.text(language))
            .render(into: &canvas, rect: legend, selection: selection) { index, canvas, row, style in
                let topic = topics[index]
                let number = "\(index + 1)".padded(toWidth: 3)
                let place = topic.quadrant == nil ? " ?" : ""
                canvas.draw(" " + number + (topic.label + place).truncated(toWidth: row.width - 6), x: row.x, y: row.y, style: style)
            }
    }
}
