import Foundation
import WorkshopModel

/// Dates and times as the moderator reads them.
enum DateText {
    /// "2017-03-23" as "23.03.2017" in German; unchanged in English or when not a date.
    static func meetingDate(_ iso: String, _ language: Language) -> String {
        LocalizedFormat.meetingDate(iso, language)
    }

    /// The wall-clock time "14:05" in the local time zone.
    static func clock(_ date: Date) -> String {
        let components = Calendar.current.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", components.hour ?? 0, components.minute ?? 0)
    }
}
