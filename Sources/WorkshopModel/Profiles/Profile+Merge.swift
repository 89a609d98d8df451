extension Profile {
    /// The step from `old` to `new` applied to `self` (the profile as it is now), part by part:
    /// the title, number, funnel, moderators, notes, sources, every field text and every rating
    /// the step changed must still be as in `old`; the parts other terminals changed meanwhile
    /// stay theirs. Nil when a part the step changed was changed meanwhile.
    ///
    /// Two moderators fill one poster at the same time; this lets each undo their own edits.
    func applying(from old: Profile, to new: Profile) -> Profile? {
        var merged = self
        func take<Value: Equatable>(_ part: WritableKeyPath<Profile, Value>) -> Bool {
            guard old[keyPath: part] != new[keyPath: part] else { return true }
            guard self[keyPath: part] == old[keyPath: part] else { return false }
            merged[keyPath: part] = new[keyPath: part]
            return true
        }
        func takeEntries<Value: Equatable>(_ part: WritableKeyPath<Profile, [String: Value]>) -> Bool {
            for key in Set(old[keyPath: part].keys).union(new[keyPath: part].keys)
            where old[keyPath: part][key] != new[keyPath: part][key] {
                guard self[keyPath: part][key] == old[keyPath: part][key] else { return false }
                merged[keyPath: part][key] = new[keyPath: part][key]
            }
            return true
        }
        guard id == old.id, take(\.templateID), take(\.number), take(\.title), take(\.notes), take(\.funnel),
              take(\.moderatorIDs), take(\.sourceCardID), take(\.sourceTopicID), take(\.illustrativeFieldIDs),
              takeEntries(\.values), takeEntries(\.assessment) else { return nil }
        return merged
    }
}
