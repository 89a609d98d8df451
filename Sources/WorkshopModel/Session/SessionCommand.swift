import Foundation

/// What the moderator does with the running meeting rather than its content: what the
/// projector shows and the timebox of the agenda. These records are not undoable (`u`
/// never changes the projector or the clock), but they are durable like every other.
public enum SessionCommand: Equatable, Sendable {
    case project(Projection)
    /// Starts the countdown of an agenda item (replacing any other) at `at`.
    case startTimer(itemID: EntityID, at: Date)
    case pauseTimer(at: Date)
    case resumeTimer(at: Date)
    /// Adds (or, negative, takes back) minutes to the running item.
    case addMinutes(Int)
    case stopTimer
}

/// Validates session commands and decides their events.
enum SessionDecider {
    static func decide(_ command: SessionCommand, in workshop: Workshop) throws(CommandError) -> [WorkshopEvent] {
        switch command {
        case let .project(projection):
            return projection == workshop.projection ? [] : [.projection(old: workshop.projection, new: projection)]
        case let .startTimer(itemID, at):
            guard workshop.agenda.contains(where: { $0.id == itemID }) else { throw .unknownItem }
            return change(workshop.timer, to: AgendaTimer(itemID: itemID, startedAt: at))
        case let .pauseTimer(at):
            var timer = try running(workshop)
            guard !timer.isPaused else { return [] }
            timer.pausedAt = max(at, timer.startedAt)
            return change(workshop.timer, to: timer)
        case let .resumeTimer(at):
            var timer = try running(workshop)
            guard let pausedAt = timer.pausedAt else { return [] }
            timer.pausedSeconds += max(at.timeIntervalSince(pausedAt), 0)
            timer.pausedAt = nil
            return change(workshop.timer, to: timer)
        case let .addMinutes(minutes):
            var timer = try running(workshop)
            let total = timer.extraMinutes + minutes
            guard (-AgendaTimer.extraLimit...AgendaTimer.extraLimit).contains(total) else {
                throw .invalidMinutes(total)
            }
            timer.extraMinutes = total
            return change(workshop.timer, to: timer)
        case .stopTimer:
            return change(workshop.timer, to: nil)
        }
    }

    private static func running(_ workshop: Workshop) throws(CommandError) -> AgendaTimer {
        guard let timer = workshop.timer else { throw .noTimer }
        return timer
    }

    private static func change(_ old: AgendaTimer?, to new: AgendaTimer?) -> [WorkshopEvent] {
        old == new ? [] : [.timer(old: old, new: new)]
    }
}
