/// What the projector terminal (`allianz-tui present FILE`) shows. The moderator's program
/// sets it ("show on projector"), so the next step can be prepared unseen; it is stored in
/// the workshop file, so a projector started later, or restarted, shows it at once.
public enum Projection: Codable, Equatable, Hashable, Sendable {
    /// The workshop's title, date and place: the screen between steps.
    case title
    /// A board's plenary view from its `from`-th card (counted from 0, in board order): the
    /// first card on the moderator's page. The projector shows the page holding that card in
    /// its own layout, so a projector larger or smaller than the moderator's terminal shows
    /// the same cards.
    case board(EntityID, from: Int)
    /// A materiality matrix.
    case matrix(EntityID)
    /// A consensing round's tally (the progress until the reveal, then the result).
    case tally(EntityID)
    /// A profile's poster from its `from`-th field (counted from 0), the same way.
    case profile(EntityID, from: Int)
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
