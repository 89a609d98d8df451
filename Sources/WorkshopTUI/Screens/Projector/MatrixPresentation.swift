import WorkshopModel

/// A materiality matrix for the room: the title, the plot with its numbered topics and the
/// legend, without selection or menus.
final class MatrixPresentation: Presentation {
    private let matrixID: EntityID

    init(matrixID: EntityID) { self.matrixID = matrixID }

    func title(_ language: Language) -> String { UIText.matrixTitle.text(language) }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let language = app.language
        guard let matrix = app.workshop.matrix(matrixID) else { return }
        let topics = app.workshop.topics(of: matrixID)
        canvas.draw(" " + matrix.title, x: area.x, y: area.y, style: .heading, maxWidth: area.width)
        let legendWidth = min(max(area.width / 4, 24), 48)
        let plot = Rect(x: area.x, y: area.y + 1, width: area.width - legendWidth - 1, height: area.height - 1)
        MatrixPlot(matrix: matrix, topics: topics, selected: -1, language: language).render(into: &canvas, rect: plot)
        let legend = Rect(x: plot.maxX + 1, y: plot.y + 1, width: legendWidth, height: plot.height - 1)
        for (index, topic) in topics.prefix(legend.height).enumerated() {
            let number = "\(index + 1)".padded(toWidth: 3)
            canvas.draw(number + topic.label, x: legend.x, y: legend.y + index, maxWidth: legend.width)
        }
    }
}
