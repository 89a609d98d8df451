/// One filled-in profile form (Steckbrief): a project idea or a real-world lab, as the table
/// describes it on its poster, with its place in the funnel, its two moderators, its catalog
/// number and its rough assessment.
public struct Profile: Identifiable, Codable, Equatable, Sendable {
    public let id: EntityID
    public var templateID: EntityID
    /// The number in the project-idea catalog (unique within the workshop).
    public var number: Int
    public var title: String
    /// The field texts by field id; a missing key is an empty field.
    public var values: [String: String]
    /// Notes on fields before their text is final (the "cards first" practice), in order.
    public var notes: [ProfileNote]
    public var funnel: Funnel
    /// At most two moderators from the workshop's moderator list.
    public var moderatorIDs: [EntityID]
    /// The step of the assessment scale (0 = lowest) by criterion id; missing = not rated.
    public var assessment: [String: Int]
    /// The card the profile was started from, if any.
    public var sourceCardID: EntityID?
    /// The materiality topic the profile describes, if any.
    public var sourceTopicID: EntityID?
    /// Fields whose text is invented for the demo (not in the source report).
    public var illustrativeFieldIDs: [String]

    public init(id: EntityID, templateID: EntityID, number: Int, title: String, values: [String: String] = [:],
                notes: [ProfileNote] = [], funnel: Funnel = .unsorted, moderatorIDs: [EntityID] = [],
                assessment: [String: Int] = [:], sourceCardID: EntityID? = nil, sourceTopicID: EntityID? = nil,
                illustrativeFieldIDs: [String] = []) {
        self.id = id
        self.templateID = templateID
        self.number = number
        self.title = title
        self.values = values
        self.notes = notes
        self.funnel = funnel
        self.moderatorIDs = moderatorIDs
        self.assessment = assessment
        self.sourceCardID = sourceCardID
        self.sourceTopicID = sourceTopicID
        self.illustrativeFieldIDs = illustrativeFieldIDs
    }

    /// The text of a field ("" when empty).
    public func value(_ fieldID: String) -> String { values[fieldID] ?? "" }

    /// The notes on one field.
    public func notes(on fieldID: String) -> [ProfileNote] { notes.filter { $0.fieldID == fieldID } }

    /// The most moderators a profile has.
    public static let moderatorLimit = 2
    /// The highest catalog number.
    public static let numberRange = 1...9999
}

/// A note on a profile field: uncertain content that is not written into the field yet.
public struct ProfileNote: Identifiable, Codable, Equatable, Sendable {
    public let id: EntityID
    public var fieldID: String
    public var text: String

    public init(id: EntityID, fieldID: String, text: String) {
        self.id = id
        self.fieldID = fieldID
        self.text = text
    }
}
