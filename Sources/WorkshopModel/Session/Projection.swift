/// What the projector terminal (`allianz-tui present FILE`) shows. The moderator's program
/// sets it ("show on projector"), so the next step can be prepared unseen; it is stored in
/// the workshop file, so a projector started later, or restarted, shows it at once.
public enum Projection: Codable, Equatable, Hashable, Sendable {
    /// The workshop's title, date and place: the screen between steps.
    case title
    /// A board's plenary view at a page (from 0).
    case board(EntityID, page: Int)
    /// A materiality matrix.
    case matrix(EntityID)
    /// A consensing round's tally (the progress until the reveal, then the result).
    case tally(EntityID)
    /// A profile's poster at a page (from 0).
    case profile(EntityID, page: Int)
    /// The countdown of the current agenda item.
    case timer
}

extension Workshop {
    /// The projection that can be shown now: a projected item that was removed falls back to
    /// the title.
    public var effectiveProjection: Projection {
        switch projection {
        case .title, .timer: projection
        case let .board(id, _): boards.contains { $0.id == id } ? projection : .title
        case let .matrix(id): matrices.contains { $0.id == id } ? projection : .title
        case let .tally(id): rounds.contains { $0.id == id } ? projection : .title
        case let .profile(id, _): profiles.contains { $0.id == id } ? projection : .title
        }
    }
}
