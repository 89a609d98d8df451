/// A pinboard: a theme table, a SWOT, a mind map, strategy cards or guiding goals.
/// Its headings and cards are kept in ``Workshop/headings`` and ``Workshop/cards``.
public struct Board: Identifiable, Codable, Equatable, Sendable {
    public let id: EntityID
    public var title: String
    public var kind: BoardKind
    /// The moderator of the table, from the workshop's moderator list.
    public var moderatorID: EntityID?

    public init(id: EntityID, title: String, kind: BoardKind, moderatorID: EntityID? = nil) {
        self.id = id
        self.title = title
        self.kind = kind
        self.moderatorID = moderatorID
    }
}

/// A heading (column, area) of a board under which cards are pinned.
public struct Heading: Identifiable, Codable, Equatable, Sendable {
    public let id: EntityID
    public var boardID: EntityID
    public var title: String
    /// Fixed headings (the SWOT fields) cannot be removed.
    public var isFixed: Bool

    public init(id: EntityID, boardID: EntityID, title: String, isFixed: Bool = false) {
        self.id = id
        self.boardID = boardID
        self.title = title
        self.isFixed = isFixed
    }
}
