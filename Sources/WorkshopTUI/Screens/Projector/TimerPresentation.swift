import WorkshopModel

/// The timebox on the projector: the countdown in the largest block digits that fit, the
/// agenda item above it, and a clear "time is up" when it runs out.
final class TimerPresentation: Presentation {
    func title(_ language: Language) -> String { UIText.projectionTimer.text(language) }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let language = app.language
        let inner = area.inset(by: 1)
        guard let timer = TimerText(workshop: app.workshop, now: app.now, language: language) else {
            let text = UIText.timerNone.text(language)
            canvas.draw(text, x: inner.x + max((inner.width - DisplayWidth.of(text)) / 2, 0), y: inner.y + inner.height / 2,
                        style: .secondary)
            return
        }
        let title = TextWrapper.wrap(timer.itemTitle, width: inner.width).prefix(2)
        for (index, line) in title.enumerated() {
            canvas.draw(line, x: inner.x + max((inner.width - DisplayWidth.of(line)) / 2, 0), y: inner.y + index, style: .heading)
        }
        let status = timer.isOver ? UIText.timerTimeUp.text(language)
            : timer.isPaused ? UIText.timerPausedShort.text(language)
            : UIText.timerPlanned.format(language, timer.plannedMinutes)
        let top = inner.y + title.count + 1
        let room = Rect(x: inner.x, y: top, width: inner.width, height: max(inner.maxY - top - 2, 1))
        let figure = BigText.figure(timer.countdown, maxWidth: room.width, maxHeight: room.height)
        let y = room.y + max((room.height - figure.height) / 2, 0)
        figure.render(into: &canvas, rect: Rect(x: room.x, y: y, width: room.width, height: figure.height),
                      style: timer.isOver ? .error : timer.isPaused ? .secondary : .success)
        canvas.draw(status, x: inner.x + max((inner.width - DisplayWidth.of(status)) / 2, 0), y: inner.maxY - 1,
                    style: timer.isOver ? .error : .secondary)
    }
}
