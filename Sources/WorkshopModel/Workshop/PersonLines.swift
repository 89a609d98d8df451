import Foundation

/// One person of a list typed or pasted one per line.
public struct PersonLine: Equatable, Sendable {
    /// The line's number, counted from 1 over all lines (blank ones too).
    public let number: Int
    public let name: String
    public let organisation: String

    public init(number: Int, name: String, organisation: String) {
        self.number = number
        self.name = name
        self.organisation = organisation
    }
}

/// Reads a list of people, one per line as "Name – Organisation" (also with "—", a hyphen
/// between spaces, or ";" in place of the dash). Blank lines are skipped but counted, so the
/// numbers are those the moderator sees.
public enum PersonLines {
    /// The separators between name and organisation, tried in this order.
    public static let separators = [" – ", " — ", " - ", ";"]

    /// The people in `text`; a line without its own organisation gets `organisation`.
    public static func parse(_ text: String, organisation: String = "") -> [PersonLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            // Padded, so that a dash at either end still separates (" – HWK": no name).
            let line = " " + line + " "
            let cut = separators.lazy.compactMap { line.range(of: $0) }.first
            let name = cut.map { String(line[..<$0.lowerBound]) } ?? line
            let own = cut.map { String(line[$0.upperBound...]).trimmingCharacters(in: .whitespaces) } ?? ""
            return PersonLine(number: index + 1, name: name.trimmingCharacters(in: .whitespaces),
                              organisation: own.isEmpty ? organisation : own)
        }
    }
}
