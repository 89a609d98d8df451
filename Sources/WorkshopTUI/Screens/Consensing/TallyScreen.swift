import WorkshopModel

/// The tally for the room on the projector. While values are being entered it shows only
/// the progress (complete raters, large digits), never interim results; once the round is
/// revealed it shows bars per proposal ordered by resistance and the chosen proposals.
final class TallyScreen: Screen {
    private let roundID: EntityID

    init(roundID: EntityID) { self.roundID = roundID }

    var isPresentation: Bool { true }

    func title(_ language: Language) -> String { UIText.keyTally.text(language) }

    func projection(app: App) -> Projection? { .tally(roundID) }

    let keymap = Keymap([])

    func perform(_ action: Action, app: App) {}

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let language = app.language
        guard let round = app.workshop.round(roundID) else {
            canvas.draw(UIText.roundGone.text(language), x: 1, y: 1, style: .error)
            return
        }
        let result = app.workshop.result(for: round)
        let question = round.question.truncated(toWidth: area.width - 4)
        canvas.draw(question, x: area.x + (area.width - DisplayWidth.of(question)) / 2, y: area.y, style: .heading)
        let body = Rect(x: area.x + 2, y: area.y + 2, width: area.width - 4, height: area.height - 2)
        if round.status == .collecting {
            renderProgress(result, into: &canvas, rect: body, language: language)
        } else {
            renderResult(result, into: &canvas, rect: body, language: language)
        }
    }

    private func renderProgress(_ result: ConsensingResult, into canvas: inout Canvas, rect: Rect, language: Language) {
        let figure = BigText.layout("\(result.completeRaters)/\(result.raterCount)", maxWidth: rect.width, maxHeight: rect.height - 2)
        let top = rect.y + max((rect.height - figure.height - 2) / 2, 0)
        figure.render(into: &canvas, rect: Rect(x: rect.x, y: top, width: rect.width, height: figure.height), style: .heading)
        let caption = UIText.tallyCollecting.text(language)
        canvas.draw(caption, x: rect.x + (rect.width - DisplayWidth.of(caption)) / 2, y: top + figure.height + 1, style: .secondary)
    }

    private func renderResult(_ result: ConsensingResult, into canvas: inout Canvas, rect: Rect, language: Language) {
        var y = rect.y
        // The chosen proposals' acceptance in large digits, when there is room for them, their
        // caption and the bars at double spacing.
        let room = rect.height - result.rows.count * 2 - 4
        if let best = result.chosen.first,
           case let figure = BigText.layout("\(Int(best.acceptance.rounded()))%", maxWidth: rect.width, maxHeight: room),
           figure.size != .plain {
            figure.render(into: &canvas, rect: Rect(x: rect.x, y: y, width: rect.width, height: figure.height), style: .success)
            y += figure.height
            let caption = UIText.tallyBestAcceptance.format(language, best.title)
            canvas.draw(caption.truncated(toWidth: rect.width), x: rect.x + max((rect.width - DisplayWidth.of(caption)) / 2, 0), y: y, style: .heading)
            y += 2
        }
        let labelWidth = min(max(result.rows.map { DisplayWidth.of($0.title) }.max() ?? 10, 10) + 4, rect.width / 2)
        let figureWidth = 16
        let barWidth = max(rect.width - labelWidth - figureWidth - 2, 4)
        let maximum = max(result.rows.map(\.resistance).max() ?? 1, 1)
        let spacing = rect.maxY - y >= result.rows.count * 2 ? 2 : 1
        for row in result.rows where y < rect.maxY {
            let style: Style = row.isChosen ? .success : row.isAcceptable ? .normal : .secondary
            let mark = row.isChosen ? "★ " : row.isPassive ? "P " : row.isAcceptable ? "  " : "✗ "
            canvas.draw((mark + row.title).truncated(toWidth: labelWidth - 1), x: rect.x, y: y, style: style)
            let length = Int((Double(row.resistance) / Double(maximum) * Double(barWidth)).rounded())
            canvas.draw(String(repeating: "█", count: length), x: rect.x + labelWidth, y: y, style: style)
            let figure = "\(row.resistance) · " + ResultTable.decimal(row.acceptance, language) + " %"
            canvas.draw(figure, x: rect.x + labelWidth + length + 1, y: y, style: style)
            y += spacing
        }
        if y < rect.maxY {
            var legend = UIText.tallyLegend.text(language)
            if result.missingValues > 0 { legend += " · " + UIText.tallyMissing.format(language, result.missingValues) }
            if result.tieAtCut { legend = UIText.tieAtCut.text(language) + " · " + legend }
            canvas.draw(legend.truncated(toWidth: rect.width), x: rect.x, y: rect.maxY - 1, style: .secondary)
        }
    }
}
