/// A participant or moderator of the workshop.
public struct Person: Identifiable, Codable, Equatable, Sendable {
    public let id: EntityID
    /// The person's name as it should appear on cards and in the protocol.
    public var name: String
    /// The organisation the person represents (company, chamber, university, city), if given.
    public var organisation: String?
    /// True when the name is invented for the demo and not taken from the source report.
    public var isIllustrative: Bool

    public init(id: EntityID, name: String, organisation: String? = nil, isIllustrative: Bool = false) {
        self.id = id
        self.name = name
        self.organisation = organisation
        self.isIllustrative = isIllustrative
    }
}

/// Which of the workshop's two people lists a command or event is about.
public enum PersonList: String, Codable, Sendable, CaseIterable {
    case participants
    case moderators
}
