/// Why the model refused a command. Every case has a message in both UI languages
/// (``message(in:)``) that says what is wrong and what to do.
public enum CommandError: Error, Equatable, Sendable {
    case emptyText(TextFieldKind)
    case textTooLong(TextFieldKind, limit: Int, length: Int)
    case invalidDate(String)
    case invalidMinutes(Int)
    case duplicatePerson(name: String, list: PersonList)
    case unknownItem
    case nothingToUndo
    case nothingToRedo
    case tooManyTags(limit: Int)
    case fixedHeading(String)
    /// A card cannot be linked to itself, or grouped under a card that is not a round card of its heading.
    case invalidCardRelation
    /// The change to undo or redo no longer fits, because the items were changed since.
    case historyConflict
    /// A resistance value outside `0...maximum`.
    case ratingOutOfRange(Int, maximum: Int)
    /// A round needs at least one proposal besides the passive solution.
    case roundNeedsProposals
    /// A round needs at least one rater.
    case roundNeedsRaters
    /// "Choose k of n" with k outside `1...n` (n: proposals besides the passive solution).
    case invalidChooseCount(Int, maximum: Int)
    /// A scale other than 0–10, 0–5 or 0–2.
    case invalidScale(Int)
    /// Two proposals of a round with the same title (ignoring case).
    case duplicateProposal(String)
    /// Two raters of a round with the same name (ignoring case).
    case duplicateRater(String)
    /// An import would overwrite the values a rater already has.
    case raterAlreadyRated(String)
    /// The passive solution is removed only on purpose (`force: true`).
    case passiveSolutionRemoval(String)
    /// The round is closed; reopen it to change it.
    case roundClosed

    /// The message shown to the moderator.
    public func message(in language: Language) -> String {
        switch self {
        case let .emptyText(field):
            UIText.errorEmptyText.format(language, field.label(language))
        case let .textTooLong(field, limit, length):
            UIText.errorTextTooLong.format(language, field.label(language), limit, length)
        case let .invalidDate(text):
            UIText.errorInvalidDate.format(language, text)
        case let .invalidMinutes(minutes):
            UIText.errorInvalidMinutes.format(language, minutes, AgendaRules.maximumMinutes)
        case let .duplicatePerson(name, list):
            UIText.errorDuplicatePerson.format(language, name, list.label(language))
        case .unknownItem:
            UIText.errorUnknownItem.text(language)
        case .nothingToUndo:
            UIText.errorNothingToUndo.text(language)
        case .nothingToRedo:
            UIText.errorNothingToRedo.text(language)
        case .historyConflict:
            UIText.errorHistoryConflict.text(language)
        case let .tooManyTags(limit):
            UIText.errorTooManyTags.format(language, limit)
        case let .fixedHeading(title):
            UIText.errorFixedHeading.format(language, title)
        case .invalidCardRelation:
            UIText.errorInvalidCardRelation.text(language)
        case let .ratingOutOfRange(value, maximum):
            UIText.errorRatingOutOfRange.format(language, value, maximum)
        case .roundNeedsProposals:
            UIText.errorRoundNeedsProposals.text(language)
        case .roundNeedsRaters:
            UIText.errorRoundNeedsRaters.text(language)
        case let .invalidChooseCount(count, maximum):
            UIText.errorInvalidChooseCount.format(language, count, maximum)
        case let .invalidScale(maximum):
            UIText.errorInvalidScale.format(language, maximum)
        case let .duplicateProposal(title):
            UIText.errorDuplicateProposal.format(language, title)
        case let .duplicateRater(name):
            UIText.errorDuplicateRater.format(language, name)
        case let .raterAlreadyRated(name):
            UIText.errorRaterAlreadyRated.format(language, name)
        case let .passiveSolutionRemoval(title):
            UIText.errorPassiveSolution.format(language, title)
        case .roundClosed:
            UIText.errorRoundClosed.text(language)
        }
    }
}

/// Limits of the agenda.
public enum AgendaRules {
    /// The longest planned duration of one agenda item, in minutes.
    public static let maximumMinutes = 600
}
