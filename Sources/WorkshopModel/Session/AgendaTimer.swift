import Foundation

/// The countdown of one agenda item (the timebox): started, paused, resumed, extended.
///
/// It stores moments, not a ticking value, so every terminal that reads the workshop file
/// computes the same remaining time from its own clock.
public struct AgendaTimer: Codable, Equatable, Sendable {
    public var itemID: EntityID
    public var startedAt: Date
    /// Set while paused.
    public var pausedAt: Date?
    /// Seconds spent in earlier pauses.
    public var pausedSeconds: Double
    /// Minutes added while running ("one more minute").
    public var extraMinutes: Int

    public init(itemID: EntityID, startedAt: Date, pausedAt: Date? = nil, pausedSeconds: Double = 0, extraMinutes: Int = 0) {
        self.itemID = itemID
        self.startedAt = startedAt
        self.pausedAt = pausedAt
        self.pausedSeconds = pausedSeconds
        self.extraMinutes = extraMinutes
    }

    public var isPaused: Bool { pausedAt != nil }

    /// Seconds the item has run at `now`, pauses not counted.
    public func elapsed(at now: Date) -> Double {
        let end = pausedAt ?? now
        return max(end.timeIntervalSince(startedAt) - pausedSeconds, 0)
    }

    /// Seconds left at `now` of `plannedMinutes` plus the added minutes; negative when over time.
    public func remaining(at now: Date, plannedMinutes: Int) -> Double {
        Double((plannedMinutes + extraMinutes) * 60) - elapsed(at: now)
    }

    /// The most minutes that can be added to one item in total.
    public static let extraLimit = 240
}

extension Workshop {
    /// The running (or paused) timer with its agenda item, if the item still exists.
    public var currentTimer: (timer: AgendaTimer, item: AgendaItem)? {
        guard let timer, let item = agenda.first(where: { $0.id == timer.itemID }) else { return nil }
        return (timer, item)
    }
}

/// A countdown as the room reads it: "12:05", "60:00", "−0:35" when over time, hours from
/// 100 minutes on ("1:45:00").
public enum CountdownText {
    public static func format(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        let value = abs(whole)
        let sign = whole < 0 ? "−" : ""
        let clock = value >= 6000
            ? String(format: "%d:%02d:%02d", value / 3600, value / 60 % 60, value % 60)
            : String(format: "%d:%02d", value / 60, value % 60)
        return sign + clock
    }
}
