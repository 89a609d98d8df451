import WorkshopModel

/// The projector between steps: the workshop's title in block letters, date and place,
/// and the running agenda item with its countdown.
final class TitlePresentation: Presentation {
    func title(_ language: Language) -> String { UIText.projectionTitle.text(language) }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let language = app.language
        let info = app.workshop.info
        let inner = area.inset(by: 2)
        let facts = [DateText.meetingDate(info.date, language), info.place].filter { !$0.isEmpty }.joined(separator: " · ")
        let timer = TimerText(workshop: app.workshop, now: app.now, language: language)
        let extra = (facts.isEmpty ? 0 : 2) + (timer == nil ? 0 : 2)
        let layout = BigText.layout(info.title.isEmpty ? UIText.presentWaiting.text(language) : info.title,
                                    maxWidth: inner.width, maxHeight: max(inner.height - extra, 1))
        var y = inner.y + max((inner.height - layout.height - extra) / 2, 0)
        layout.render(into: &canvas, rect: Rect(x: inner.x, y: y, width: inner.width, height: layout.height), style: .heading)
        y += layout.height + 1
        if !facts.isEmpty {
            canvas.draw(facts, x: inner.x + max((inner.width - DisplayWidth.of(facts)) / 2, 0), y: y, style: .secondary,
                        maxWidth: inner.width)
            y += 2
        }
        if let timer {
            canvas.draw(timer.line, x: inner.x + max((inner.width - DisplayWidth.of(timer.line)) / 2, 0), y: y,
                        style: timer.isOver ? .error : .normal, maxWidth: inner.width)
        }
    }
}
