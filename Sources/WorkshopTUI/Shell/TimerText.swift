import Foundation
import WorkshopModel

/// The timebox as text for the status line and the projector: the countdown, the agenda
/// item, and whether it is paused or over time.
struct TimerText {
    let countdown: String
    let itemTitle: String
    let isPaused: Bool
    let isOver: Bool
    let plannedMinutes: Int
    let language: Language

    /// Nil when no timer runs.
    init?(workshop: Workshop, now: Date, language: Language) {
        guard let (timer, item) = workshop.currentTimer else { return nil }
        let remaining = timer.remaining(at: now, plannedMinutes: item.plannedMinutes)
        countdown = CountdownText.format(remaining)
        itemTitle = item.title
        isPaused = timer.isPaused
        isOver = remaining < 0
        plannedMinutes = item.plannedMinutes + timer.extraMinutes
        self.language = language
    }

    /// "⏱ 12:05 Thementische", "⏸ 12:05 Thementische (angehalten)", "⏰ ZEIT UM −0:35 …".
    var line: String {
        let text: UIText = isOver ? .timerOver : isPaused ? .timerPaused : .timerRunning
        return text.format(language, countdown, itemTitle)
    }
}
