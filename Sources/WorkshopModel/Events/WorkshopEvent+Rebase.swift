/// Undo and redo with several terminals on one file: between a change and its undo, other
/// terminals may have added, removed or moved other items of the same list, so the positions
/// stored in the events are stale although the items themselves are untouched. Before undo or
/// redo, the events are rebased onto the current lists: positions are looked up by identity
/// again, while an item that was changed or removed meanwhile still makes the step refuse
/// (``CommandError/historyConflict``).
extension ListChange {
    /// This change with its positions taken from `list` as it is now, or nil when it no
    /// longer fits: an item to insert is already there, an item to remove or replace was
    /// changed or removed, an item to move is gone.
    public func rebased(on list: [Element]) -> ListChange? {
        switch self {
        case let .insert(item, index):
            guard !list.contains(where: { $0.id == item.id }) else { return nil }
            return .insert(item: item, at: min(max(index, 0), list.count))
        case let .remove(item, index):
            if list.indices.contains(index), list[index] == item { return self }
            guard let current = list.firstIndex(of: item) else { return nil }
            return .remove(item: item, at: current)
        case let .replace(old, _):
            return list.contains(old) ? self : nil
        case let .move(id, _, to):
            guard let current = list.firstIndex(where: { $0.id == id }) else { return nil }
            return .move(id: id, from: current, to: min(max(to, 0), list.count - 1))
        }
    }
}

extension WorkshopEvent {
    /// This event rebased onto `workshop` as it is now (see ``ListChange/rebased(on:)``), or
    /// nil when it no longer fits. Events that are not list changes fit only unchanged.
    public func rebased(on workshop: Workshop) -> WorkshopEvent? {
        switch self {
        case let .people(list, change): return change.rebased(on: workshop.people(list)).map { .people(list: list, change: $0) }
        case let .agenda(change): return change.rebased(on: workshop.agenda).map { .agenda(change: $0) }
        case let .boards(change): return change.rebased(on: workshop.boards).map { .boards(change: $0) }
        case let .headings(change): return change.rebased(on: workshop.headings).map { .headings(change: $0) }
        case let .cards(change): return change.rebased(on: workshop.cards).map { .cards(change: $0) }
        case let .rounds(change): return change.rebased(on: workshop.rounds).map { .rounds(change: $0) }
        case let .ratings(change): return change.rebased(on: workshop.ratings).map { .ratings(change: $0) }
        case let .quickDecisions(change): return change.rebased(on: workshop.quickDecisions).map { .quickDecisions(change: $0) }
        case let .matrices(change): return change.rebased(on: workshop.matrices).map { .matrices(change: $0) }
        case let .topics(change): return change.rebased(on: workshop.topics).map { .topics(change: $0) }
        case let .profileTemplates(change): return change.rebased(on: workshop.profileTemplates).map { .profileTemplates(change: $0) }
        case let .profiles(change):
            if let fitting = change.rebased(on: workshop.profiles) { return .profiles(change: fitting) }
            // A profile edited at another seat meanwhile: the step is taken part by part.
            guard case let .replace(old, new) = change, let current = workshop.profile(old.id),
                  let merged = current.applying(from: old, to: new) else { return nil }
            return .profiles(change: .replace(old: current, new: merged))
        default: return applies(to: workshop) ? self : nil
        }
    }
}
