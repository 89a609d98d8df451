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
    /// No topic in the top-right quadrant yet.
    case nothingPrioritised(String)
    case fixedHeading(String)
    /// A card cannot be linked to itself, or grouped under a card that is not a round card of its heading.
    case invalidCardRelation
    /// The change to undo or redo no longer fits, because the items were changed since.
    case historyConflict
    /// What the editor started from has been changed at another seat meanwhile; `current`
    /// is how it reads now (one line, shortened). See ``EditConflictSubject``.
    case editConflict(EditConflictSubject, current: String)
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
    /// A dot voting with a number of (distinct, non-blank) options outside 2–20.
    case invalidOptionCount(Int)
    /// Two options of a dot voting with the same label (ignoring case).
    case duplicateOption(String)
    /// Dots per person outside 1–20.
    case invalidDotsPerPerson(Int)
    /// A positioning line with a number of segments outside 2–9.
    case invalidSegmentCount(Int)
    /// A positioning without two named poles.
    case poleMissing
    /// A count outside 0–100 000.
    case countOutOfRange(Int)
    /// An option index (0-based) that the decision does not have.
    case optionIndexOutOfRange(Int, count: Int)
    /// The quick decision's result is recorded; reopen it to change it.
    case decisionRecorded(String)
    /// The name is already on the signature list (ignoring case).
    case duplicateSignature(String)
    /// The name is not on the signature list.
    case unknownSignature(String)
    /// Signatures are added to and removed from signature lists only.
    case notASignatureList(String)
    /// A matrix axis without a name.
    case axisNameMissing(MatrixAxisKind)
    /// A matrix takes exactly four quadrant names; this many were given.
    case quadrantNameCount(Int)
    /// The topic (ignoring case) is already in the matrix, or was given twice.
    case duplicateTopic(String)
    /// More than `limit` topics in one matrix; `present` are there already.
    case tooManyTopics(limit: Int, present: Int)
    /// A pairwise comparison needs at least two topics; the matrix has this many.
    case sortingNeedsTwoTopics(Int)
    /// No pairwise comparison was started on the axis (named).
    case noSorting(String)
    /// The pairwise comparison on the axis (named) is finished: nothing left to answer.
    case sortingFinished(String)
    /// The pairwise comparison on the axis (named) has no answer to take back.
    case noAnswerToTakeBack(String)
    /// The pairwise comparison on the axis (named) still has questions (at most `remaining`).
    case sortingNotFinished(String, remaining: Int)
    /// A position that is not a number.
    case invalidPosition
    /// A profile field (named) longer than `limit` characters.
    case profileFieldTooLong(String, limit: Int, length: Int)
    /// The name is not on the moderator list; `suggestion` is a near miss that is.
    case unknownModerator(String, suggestion: String?)
    /// More moderators given than a profile has.
    case tooManyModerators(Int)
    /// The catalog number belongs to another profile (titled).
    case duplicateProfileNumber(Int, title: String)
    /// A catalog number outside ``Profile/numberRange``.
    case invalidProfileNumber(Int)
    /// A level (1-based) above the scale's `maximum` steps.
    case assessmentLevelOutOfRange(Int, maximum: Int)
    /// An assessment grid with a number of criteria outside ``AssessmentGrid/criteriaRange``.
    case assessmentCriteriaCount(Int)
    /// A scale with a number of steps outside ``AssessmentGrid/levelRange``.
    case assessmentLevelCount(Int)
    /// A name given twice where names must differ (template, field, criterion, level).
    case duplicateName(String)
    /// A template with a number of fields outside 1…``ProfileTemplate/fieldLimit``.
    case templateFieldCount(Int)
    /// The template (named) is used by `count` profiles.
    case templateInUse(String, count: Int)
    /// Built-in templates are not changed or removed.
    case builtInTemplate(String)
    /// No agenda item's countdown runs.
    case noTimer
    /// The beginning of a name fits several moderators (named).
    case ambiguousModerator(String, candidates: [String])
    /// Several lines were given at once (a pasted list) and these could not be taken; nothing
    /// was done.
    case badLines([LineProblem])

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
        case let .editConflict(.card, current):
            UIText.errorEditConflictCard.format(language, current)
        case let .editConflict(.heading, current):
            UIText.errorEditConflictHeading.format(language, current)
        case let .editConflict(.profileTitle, current):
            UIText.errorEditConflictField.format(language, UIText.fieldProfileTitle.text(language), current)
        case let .editConflict(.profileField(name), current):
            current.isEmpty ? UIText.errorEditConflictFieldEmptied.format(language, name)
                : UIText.errorEditConflictField.format(language, name, current)
        case let .nothingPrioritised(title):
            UIText.errorNothingPrioritised.format(language, title)
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
        case let .invalidOptionCount(count):
            UIText.errorOptionCount.format(language, count, QuickDecision.optionCountRange.lowerBound,
                                           QuickDecision.optionCountRange.upperBound)
        case let .duplicateOption(option):
            UIText.errorDuplicateOption.format(language, option)
        case let .invalidDotsPerPerson(dots):
            UIText.errorDotsPerPerson.format(language, dots, QuickDecision.dotsPerPersonRange.lowerBound,
                                             QuickDecision.dotsPerPersonRange.upperBound)
        case let .invalidSegmentCount(segments):
            UIText.errorSegmentCount.format(language, segments, QuickDecision.segmentRange.lowerBound,
                                            QuickDecision.segmentRange.upperBound)
        case .poleMissing:
            UIText.errorPoleMissing.text(language)
        case let .countOutOfRange(count):
            UIText.errorCountOutOfRange.format(language, count, QuickDecision.countRange.upperBound)
        case let .optionIndexOutOfRange(index, count):
            UIText.errorOptionIndex.format(language, index + 1, count)
        case let .decisionRecorded(title):
            UIText.errorDecisionRecorded.format(language, title)
        case let .duplicateSignature(name):
            UIText.errorDuplicateSignature.format(language, name)
        case let .unknownSignature(name):
            UIText.errorUnknownSignature.format(language, name)
        case let .notASignatureList(title):
            UIText.errorNotASignatureList.format(language, title)
        case let .axisNameMissing(axis):
            UIText.errorAxisNameMissing.format(language, axis.label(language))
        case let .quadrantNameCount(count):
            UIText.errorQuadrantNameCount.format(language, count)
        case let .duplicateTopic(label):
            UIText.errorDuplicateTopic.format(language, label)
        case let .tooManyTopics(limit, present):
            UIText.errorTooManyTopics.format(language, limit, present)
        case let .sortingNeedsTwoTopics(count):
            UIText.errorSortingNeedsTwoTopics.format(language, count)
        case let .noSorting(axis):
            UIText.errorNoSorting.format(language, axis)
        case let .sortingFinished(axis):
            UIText.errorSortingFinished.format(language, axis)
        case let .noAnswerToTakeBack(axis):
            UIText.errorNoAnswerToTakeBack.format(language, axis)
        case let .sortingNotFinished(axis, remaining):
            UIText.errorSortingNotFinished.format(language, axis, remaining)
        case .invalidPosition:
            UIText.errorInvalidPosition.text(language)
        case let .profileFieldTooLong(field, limit, length):
            UIText.errorProfileFieldTooLong.format(language, field, limit, length)
        case let .unknownModerator(name, suggestion?):
            UIText.errorUnknownModeratorSuggestion.format(language, name, suggestion)
        case let .unknownModerator(name, nil):
            UIText.errorUnknownModerator.format(language, name)
        case let .tooManyModerators(count):
            UIText.errorTooManyModerators.format(language, count)
        case let .duplicateProfileNumber(number, title):
            UIText.errorDuplicateProfileNumber.format(language, number, title)
        case let .invalidProfileNumber(number):
            UIText.errorInvalidProfileNumber.format(language, number)
        case let .assessmentLevelOutOfRange(level, maximum):
            UIText.errorAssessmentLevel.format(language, level, maximum)
        case let .assessmentCriteriaCount(count):
            UIText.errorAssessmentCriteriaCount.format(language, count)
        case let .assessmentLevelCount(count):
            UIText.errorAssessmentLevelCount.format(language, count)
        case let .duplicateName(name):
            UIText.errorDuplicateName.format(language, name)
        case let .templateFieldCount(count):
            UIText.errorTemplateFieldCount.format(language, count)
        case let .templateInUse(name, count):
            UIText.errorTemplateInUse.format(language, name, count)
        case let .builtInTemplate(name):
            UIText.errorBuiltInTemplate.format(language, name)
        case .noTimer:
            UIText.errorNoTimer.text(language)
        case let .ambiguousModerator(name, candidates):
            UIText.errorAmbiguousModerator.format(language, name, candidates.joined(separator: ", "))
        case let .badLines(problems):
            UIText.errorBadLines.format(language, problems.count, problems.map { problem in
                UIText.csvLine.format(language, problem.line, problem.error.message(in: language))
            }.joined(separator: " "))
        }
    }
}

/// One line of several given at once that could not be taken, and why.
public struct LineProblem: Equatable, Sendable {
    /// The line's number, counted from 1 as the moderator sees the lines (blank ones too).
    public let line: Int
    public let error: CommandError

    public init(line: Int, error: CommandError) {
        self.line = line
        self.error = error
    }
}

/// Limits of the agenda.
public enum AgendaRules {
    /// The longest planned duration of one agenda item, in minutes.
    public static let maximumMinutes = 600
}
