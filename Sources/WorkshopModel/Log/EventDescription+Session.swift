extension EventDescription {
    /// What the projector shows, named: "Pinnwand „Visionen“", "Timer", "Titel".
    public static func describe(_ projection: Projection, _ language: Language, in workshop: Workshop?) -> String {
        switch projection {
        case .title: return UIText.projectionTitle.text(language)
        case .timer: return UIText.projectionTimer.text(language)
        case let .board(id, _):
            return UIText.projectionBoard.format(language, workshop?.boards.first { $0.id == id }?.title ?? id.rawValue)
        case let .matrix(id):
            return UIText.projectionMatrix.format(language, workshop?.matrix(id)?.title ?? id.rawValue)
        case let .tally(id):
            return UIText.projectionTally.format(language, workshop?.rounds.first { $0.id == id }?.question ?? id.rawValue)
        case let .profile(id, _):
            return UIText.projectionProfile.format(language, workshop?.profile(id)?.title ?? id.rawValue)
        }
    }

    /// A timer started, paused, resumed, extended or stopped.
    static func describeTimer(old: AgendaTimer?, new: AgendaTimer?, _ language: Language, in workshop: Workshop?) -> String {
        guard let new else { return UIText.logTimerStopped.text(language) }
        guard let old, old.itemID == new.itemID, old.startedAt == new.startedAt else {
            let item = workshop?.agenda.first { $0.id == new.itemID }
            return UIText.logTimerStarted.format(language, item?.title ?? new.itemID.rawValue, item?.plannedMinutes ?? 0)
        }
        if new.extraMinutes != old.extraMinutes {
            return UIText.logTimerExtended.format(language, new.extraMinutes - old.extraMinutes)
        }
        return new.isPaused ? UIText.logTimerPaused.text(language) : UIText.logTimerResumed.text(language)
    }
}
