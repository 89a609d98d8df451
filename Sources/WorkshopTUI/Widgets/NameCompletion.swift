import Foundation
import WorkshopModel

/// Tab completion of a person's name in a text field, from known names (the participant and
/// moderator lists, see ``NameMatcher``). The name being typed is the text before the cursor,
/// back to the last `separator` when the field holds several names.
public struct NameCompletion: Sendable {
    /// What Tab did.
    public enum Result: Equatable, Sendable {
        /// The name was completed in the input.
        case completed(String)
        /// Several names fit; nothing was changed.
        case candidates([String])
        /// Nothing to complete: no name typed, already complete, or nothing fits.
        case nothing
    }

    private let matcher: NameMatcher
    private let separator: Character?

    /// Completes from `names`; `separator` (such as ",") when the field is a list of names.
    public init(names: [String], separator: Character? = nil) {
        matcher = NameMatcher(names: names)
        self.separator = separator
    }

    /// Completes from the workshop's participants and moderators.
    public static func people(of workshop: Workshop, separator: Character? = nil) -> NameCompletion {
        NameCompletion(names: (workshop.participants + workshop.moderators).map(\.name), separator: separator)
    }

    /// Completes the name before the cursor of `input` when exactly one known name fits it.
    public func complete(_ input: inout TextInput) -> Result {
        var start = input.cursor
        while start > 0, input.characters[start - 1] != separator { start -= 1 }
        while start < input.cursor, input.characters[start] == " " { start += 1 }
        let typed = String(input.characters[start..<input.cursor])
        guard !typed.trimmingCharacters(in: .whitespaces).isEmpty else { return .nothing }
        switch matcher.match(typed) {
        case let .found(name) where name != typed:
            input.replace(start..<input.cursor, with: name)
            return .completed(name)
        case let .ambiguous(names):
            return .candidates(names)
        case .found, .notFound:
            return .nothing
        }
    }
}
