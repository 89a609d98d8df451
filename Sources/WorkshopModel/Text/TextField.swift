/// A text field of the workshop that the moderator fills in, with its rules.
public enum TextFieldKind: String, Codable, Sendable, CaseIterable {
    case workshopTitle
    case date
    case place
    case personName
    case organisation
    case agendaTitle
    case boardTitle
    case headingTitle
    case cardText
    case cardAuthor
    case tag
    case question
    case proposalTitle
    case proposalDescription
    case raterName
    /// The question of a quick decision, or the document of a signature list.
    case decisionTitle
    /// An option of a dot voting, or a pole of a positioning.
    case optionLabel
    /// The title of a materiality matrix.
    case matrixTitle
    /// What an axis of a materiality matrix measures.
    case axisName
    /// The label of one end of a matrix axis ("gering", "hoch").
    case axisPole
    /// A topic of a materiality matrix.
    case topicLabel
    /// The name of a quadrant of a materiality matrix.
    case quadrantName
    /// The title of a profile form.
    case profileTitle
    /// The text of one field of a profile form.
    case profileField
    /// A note on a profile field.
    case profileNote
    /// The name of a profile-form template.
    case templateName
    /// The name of a field of a custom template.
    case fieldName
    /// The hint of a field of a custom template.
    case fieldHint
    /// A criterion of the assessment grid.
    case criterionName
    /// A step of the assessment scale.
    case levelLabel

    /// The most characters the field accepts.
    public var limit: Int {
        switch self {
        case .workshopTitle, .place: 200
        case .date: 10
        case .personName: 80
        case .organisation: 120
        case .agendaTitle: 120
        case .boardTitle: 120
        case .headingTitle: 80
        case .cardText: 500
        case .cardAuthor: 80
        case .tag: 40
        case .question: 300
        case .proposalTitle: 120
        case .proposalDescription: 500
        case .raterName: 80
        case .decisionTitle: 200
        case .optionLabel: 80
        case .matrixTitle: 120
        case .axisName: 60
        case .axisPole: 40
        case .topicLabel: 120
        case .quadrantName: 40
        case .profileTitle: 200
        case .profileField: 8000
        case .profileNote: 500
        case .templateName: 80
        case .fieldName: 80
        case .fieldHint: 200
        case .criterionName: 60
        case .levelLabel: 30
        }
    }

    /// The largest ``limit`` of the single-line or of the multi-line fields: what a text input
    /// that belongs to no one field accepts at most.
    public static func largestLimit(multiline: Bool) -> Int {
        allCases.filter { $0.isMultiline == multiline }.map(\.limit).max() ?? 0
    }

    /// Whether an empty value is refused.
    public var isRequired: Bool {
        switch self {
        case .organisation, .date, .place, .cardAuthor, .proposalDescription, .axisPole, .profileField,
             .fieldHint: false
        case .workshopTitle, .personName, .agendaTitle, .boardTitle, .headingTitle, .cardText, .tag,
             .question, .proposalTitle, .raterName, .decisionTitle, .optionLabel,
             .matrixTitle, .axisName, .topicLabel, .quadrantName, .profileTitle, .profileNote, .templateName,
             .fieldName, .criterionName, .levelLabel: true
        }
    }

    /// Whether line breaks are kept.
    public var isMultiline: Bool { [.cardText, .proposalDescription, .profileField, .profileNote].contains(self) }

    /// Cleans and checks a value for this field.
    public func validate(_ raw: String) throws(CommandError) -> String {
        let text = TextSanitizer.clean(raw, multiline: isMultiline)
        if text.isEmpty && isRequired { throw .emptyText(self) }
        if text.count > limit { throw .textTooLong(self, limit: limit, length: text.count) }
        return text
    }
}
