/// A moderation card: what a participant said, as the moderator typed it.
public struct Card: Identifiable, Codable, Equatable, Sendable {
    public let id: EntityID
    public var boardID: EntityID
    public var headingID: EntityID
    /// The text; line breaks allowed.
    public var text: String
    /// Who said it, if noted.
    public var author: String?
    /// Free tags, e.g. the change process ("Klimawandel") or a goal's source.
    public var tags: [String]
    /// Prepared before the meeting (the "landscape"), as opposed to written in the room.
    public var isPrepared: Bool
    /// A round card (Metaplan): the title of a cluster of cards.
    public var isCluster: Bool
    /// The round card this card is grouped under, if any (same heading).
    public var clusterID: EntityID?
    /// Cards this card points to, e.g. a challenge to the visions that answer it.
    public var links: [EntityID]

    public init(id: EntityID, boardID: EntityID, headingID: EntityID, text: String, author: String? = nil,
                tags: [String] = [], isPrepared: Bool = false, isCluster: Bool = false,
                clusterID: EntityID? = nil, links: [EntityID] = []) {
        self.id = id
        self.boardID = boardID
        self.headingID = headingID
        self.text = text
        self.author = author
        self.tags = tags
        self.isPrepared = isPrepared
        self.isCluster = isCluster
        self.clusterID = clusterID
        self.links = links
    }
}
