import Foundation

/// What an edit refused with ``CommandError/editConflict(_:current:)`` was about.
///
/// Several moderators may edit one workshop file at the same time. Edits of texts that another
/// seat may have changed meanwhile carry the version the editor started from (`basedOn`); when
/// the stored version differs, the decider refuses the edit instead of silently overwriting the
/// other change, and the editor keeps the typed text so that a second save overwrites on purpose.
public enum EditConflictSubject: Equatable, Sendable {
    case card
    case heading
    /// A field of a profile form, with the field's name.
    case profileField(String)
    /// The title of a profile form.
    case profileTitle
}

extension Card {
    /// Whether text, author and tags (what the card editor shows) are the same.
    public func hasSameWording(as other: Card) -> Bool {
        text == other.text && author == other.author && tags == other.tags
    }

    /// The card on one line for a conflict message: text, "– author", "[tags]".
    public var conflictSummary: String {
        var summary = EditConflict.excerpt(text)
        if let author, !author.isEmpty { summary += " – " + author }
        if !tags.isEmpty { summary += " [" + tags.joined(separator: ", ") + "]" }
        return summary
    }
}

/// Helpers for conflict messages.
public enum EditConflict {
    /// The longest excerpt of the other version a message quotes, in characters.
    public static let excerptLength = 80

    /// `text` on one line (line breaks as " / "), cut to ``excerptLength`` characters with "…".
    public static func excerpt(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " / ")
        guard line.count > excerptLength else { return line }
        return String(line.prefix(excerptLength - 1)) + "…"
    }
}
