/// One change to an ordered list of identifiable items, stored in an event.
///
/// Every change carries enough to be reversed (``inverse``), which is what makes undo an
/// ordinary, durable event.
public enum ListChange<Element: Identifiable & Codable & Equatable & Sendable>: Codable, Equatable, Sendable
where Element.ID: Codable & Sendable {
    case insert(item: Element, at: Int)
    case remove(item: Element, at: Int)
    case replace(old: Element, new: Element)
    case move(id: Element.ID, from: Int, to: Int)

    /// The change that undoes this one.
    public var inverse: ListChange {
        switch self {
        case let .insert(item, index): .remove(item: item, at: index)
        case let .remove(item, index): .insert(item: item, at: index)
        case let .replace(old, new): .replace(old: new, new: old)
        case let .move(id, from, to): .move(id: id, from: to, to: from)
        }
    }

    /// Whether the change fits the list as it is now (used before undoing, when someone
    /// else may have changed the list in between).
    public func applies(to list: [Element]) -> Bool {
        switch self {
        case let .insert(item, index):
            return index >= 0 && index <= list.count && !list.contains { $0.id == item.id }
        case let .remove(item, index):
            return list.indices.contains(index) && list[index] == item
        case let .replace(old, _):
            return list.contains(old)
        case let .move(id, from, to):
            return list.indices.contains(from) && list[from].id == id && list.indices.contains(to)
        }
    }

    /// Applies the change. The reducer must never fail, so a change that does not fit
    /// (which a validated log never contains) is applied as closely as possible. The stored
    /// index is tried first, so replaying a long log stays linear.
    public func apply(to list: inout [Element]) {
        switch self {
        case let .insert(item, index):
            list.insert(item, at: min(max(index, 0), list.count))
        case let .remove(item, index):
            if list.indices.contains(index), list[index].id == item.id {
                list.remove(at: index)
            } else {
                list.removeAll { $0.id == item.id }
            }
        case let .replace(_, new):
            if let index = list.firstIndex(where: { $0.id == new.id }) { list[index] = new }
        case let .move(id, _, to):
            guard let index = list.firstIndex(where: { $0.id == id }) else { return }
            let item = list.remove(at: index)
            list.insert(item, at: min(max(to, 0), list.count))
        }
    }
}
