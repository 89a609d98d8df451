import Foundation

/// Reads a typed meeting date. The workshop stores dates as ISO `JJJJ-MM-TT`; the moderator
/// may type them that way or as German dates are written and shown: `TT.MM.JJJJ`, also
/// `T.M.JJJJ` and `TT.MM.JJ` (a two-digit year is in this century: `18.05.17` is 2017).
public enum MeetingDate {
    /// The date as ISO `JJJJ-MM-TT`, or nil when `text` is no valid date in an accepted form.
    public static func parse(_ text: String) -> String? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text.contains("-") {
            let parts = numbers(text, separator: "-", lengths: [4...4, 2...2, 2...2])
            return parts.flatMap { iso(year: $0[0], month: $0[1], day: $0[2]) }
        }
        let yearDigits = text.split(separator: ".", omittingEmptySubsequences: false).last?.count ?? 0
        guard yearDigits != 3, let parts = numbers(text, separator: ".", lengths: [1...2, 1...2, 2...4]) else { return nil }
        let year = yearDigits == 2 ? 2000 + parts[2] : parts[2]
        return iso(year: year, month: parts[1], day: parts[0])
    }

    /// Whether `year` has a 29 February.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Days in `month` (1–12) of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The three numbers of `text` split at `separator`, each of only ASCII digits and with a
    /// digit count in its range. (`Int("+3")` is 3, so the digits are checked first.)
    private static func numbers(_ text: String, separator: Character, lengths: [ClosedRange<Int>]) -> [Int]? {
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == lengths.count else { return nil }
        var values: [Int] = []
        for (part, length) in zip(parts, lengths) {
            guard length.contains(part.count), part.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(part)
            else { return nil }
            values.append(value)
        }
        return values
    }

    private static func iso(year: Int, month: Int, day: Int) -> String? {
        guard (1...9999).contains(year), (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        return String(year).leftPadded(to: 4) + "-" + String(month).leftPadded(to: 2) + "-" + String(day).leftPadded(to: 2)
    }
}

private extension String {
    func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
