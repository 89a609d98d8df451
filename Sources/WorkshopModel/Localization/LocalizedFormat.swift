import Foundation

/// Dates and numbers as the protocol and the screens write them: German with a decimal comma
/// and day-first dates, English with a decimal point and ISO dates.
public enum LocalizedFormat {
    /// "2017-03-23" as "23.03.2017" in German; unchanged in English or when not a date.
    public static func meetingDate(_ iso: String, _ language: Language) -> String {
        let parts = iso.split(separator: "-")
        guard language == .de, parts.count == 3 else { return iso }
        return "\(parts[2]).\(parts[1]).\(parts[0])"
    }

    /// A moment as "23.03.2017, 14:05" (German) or "2017-03-23 14:05" (English) in `timeZone`.
    public static func dateTime(_ date: Date, _ language: Language, timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let (year, month, day) = (c.year ?? 0, c.month ?? 0, c.day ?? 0)
        let time = String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
        return language == .de
            ? String(format: "%02d.%02d.%04d, ", day, month, year) + time
            : String(format: "%04d-%02d-%02d ", year, month, day) + time
    }

    /// A whole number with thousands grouped as `language` writes it: "300.000" (German),
    /// "300,000" (English).
    public static func count(_ value: Int, _ language: Language) -> String {
        let digits = Array(String(value.magnitude))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(language == .de ? "." : ",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// `value` with `digits` decimals, with a decimal comma when `comma` is true.
    public static func decimal(_ value: Double, digits: Int, comma: Bool) -> String {
        let text = String(format: "%.\(max(digits, 0))f", value)
        return comma ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// `value` with `digits` decimals as `language` writes it (a decimal comma in German).
    public static func decimal(_ value: Double, digits: Int, _ language: Language) -> String {
        decimal(value, digits: digits, comma: language == .de)
    }
}
