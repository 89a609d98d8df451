/// What a moderator does with boards, headings and cards.
public enum BoardCommand: Equatable, Sendable {
    /// A new board with the template headings of its kind.
    case addBoard(kind: BoardKind, title: String, moderatorID: EntityID?)
    case editBoard(id: EntityID, title: String, moderatorID: EntityID?)
    /// Removes the board with its headings and cards (undoable).
    case removeBoard(id: EntityID)
    case addHeading(boardID: EntityID, title: String)
    /// `basedOn`: the title the form started from; when the heading has been renamed at another
    /// seat since, the rename is refused with ``CommandError/editConflict(_:current:)``
    /// (`nil`: no check).
    case renameHeading(id: EntityID, title: String, basedOn: String? = nil)
    /// Removes a heading with its cards (undoable); fixed headings cannot be removed.
    case removeHeading(id: EntityID)
    /// Moves a heading left (negative) or right (positive) among its board's headings.
    case moveHeading(id: EntityID, offset: Int)
    /// A new card at the end of a heading. `tags` is a comma-separated list.
    case addCard(headingID: EntityID, text: String, author: String, tags: String, isPrepared: Bool, isCluster: Bool)
    /// `basedOn`: the card as the editor opened it. When its text, author or tags have been
    /// changed at another seat since, the edit is refused with
    /// ``CommandError/editConflict(_:current:)`` instead of overwriting that change; saving again
    /// based on the current card overwrites it on purpose (`nil`: no check).
    case editCard(id: EntityID, text: String, author: String, tags: String, basedOn: Card? = nil)
    /// Marks a card as prepared (the landscape laid out before the meeting) or as written in the room.
    case setPrepared(id: EntityID, isPrepared: Bool)
    /// Removes a card; its cluster members are released and links to it dropped.
    case removeCard(id: EntityID)
    /// Moves a card to the end of another heading (on any board).
    case moveCard(id: EntityID, toHeadingID: EntityID)
    /// Moves a card up (negative) or down (positive) within its heading.
    case reorderCard(id: EntityID, offset: Int)
    /// Groups a card under a round card of the same heading, or releases it (`nil`).
    case setCluster(cardID: EntityID, clusterID: EntityID?)
    /// Makes a card a round card (leaving the round card it was grouped under) and groups
    /// `memberID` under it: a cluster from two cards in one step, undone in one.
    case formCluster(cardID: EntityID, memberID: EntityID)
    /// Adds a link from one card to another (a challenge to a vision), or removes it.
    case toggleLink(from: EntityID, to: EntityID)
}
