import Foundation
import WorkshopModel

/// Where a draft belongs: an editor and the thing it edits. The key that opened the editor
/// (`n` on the heading, `e` on the card, Enter on the field, the key of
/// a form) opens it with the draft again.
public struct DraftKey: Hashable, Sendable {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// A new card (or round card) under a heading.
    static func newCard(heading: EntityID, roundCard: Bool) -> DraftKey {
        DraftKey("card.\(roundCard ? "round" : "new")/\(heading)")
    }

    /// Changes to a card.
    static func editCard(_ id: EntityID) -> DraftKey { DraftKey("card.edit/\(id)") }

    /// A field of a profile.
    static func profileField(profile: EntityID, field: String) -> DraftKey { DraftKey("profile.field/\(profile)/\(field)") }

    /// A form: which form (`agenda.add`, `agenda.edit`, …) and, when it has one, what it adds
    /// to or edits (an agenda item, a round, a list of people).
    static func form(_ form: String, of target: (any CustomStringConvertible)? = nil) -> DraftKey {
        DraftKey("form.\(form)" + (target.map { "/\($0)" } ?? ""))
    }
}

/// An editor's unsaved text and where it belongs, as the open editor reports it.
public struct OpenDraft: Equatable, Sendable {
    public let key: DraftKey
    public let draft: Draft

    public init(key: DraftKey, draft: Draft) {
        self.key = key
        self.draft = draft
    }
}

/// The one place drafts wait, so that Esc never throws text away: an editor that cannot save
/// puts its text here on the second Esc (``keep(_:_:)``), and the key that opens the editor
/// takes it back (``take(_:)``). Whatever lies here, and the text of the open editor, is also
/// in the workshop file (this seat's rows of the `draft` table): the open editor's text is
/// written when typing pauses (``follow(_:now:)``, from ``App/tick()``), so a crash loses at
/// most about the last second of typing, and the drafts come back when the workshop is
/// opened again at this seat.
public final class DraftShelf {
    /// The open editor's text is written once typing has paused this long …
    static let pause: TimeInterval = 0.3
    /// … and, while typing goes on, at least this often.
    static let longestUnwritten: TimeInterval = 1.0

    private let store: WorkshopStore
    private var drafts: [DraftKey: Draft] = [:]
    /// The open editor's draft as last seen, and since when it has been unchanged.
    private var seen: OpenDraft?
    private var seenSince = Date.distantPast
    /// What was last written for the open editor, and when.
    private var written: OpenDraft?
    private var writtenAt = Date.distantPast

    /// A shelf writing into `store`'s file; it starts empty (see ``restore()``).
    init(store: WorkshopStore) { self.store = store }

    /// Puts the drafts this seat left in the file (after a crash, or put aside) on the shelf;
    /// returns them, oldest first.
    func restore() -> [StoredDraft] {
        let stored = (try? store.storedDrafts()) ?? []
        for entry in stored { drafts[DraftKey(entry.key)] = entry.draft }
        return stored
    }

    /// Puts a draft aside until ``take(_:)`` (also in the file).
    public func keep(_ key: DraftKey, _ draft: Draft) {
        drafts[key] = draft
        write(OpenDraft(key: key, draft: draft))
    }

    /// Takes the draft for `key` off the shelf into an editor; its row in the file stays
    /// until the editor saves it, empties it or puts it aside again.
    public func take(_ key: DraftKey) -> Draft? {
        drafts.removeValue(forKey: key)
    }

    /// The drafts put aside, in no particular order.
    public var waiting: [Draft] { Array(drafts.values) }

    /// Whether a draft waits under `key`.
    public func contains(_ key: DraftKey) -> Bool { drafts[key] != nil }

    /// The draft under `key` is gone for good: saved, or emptied on purpose.
    public func discard(_ key: DraftKey) {
        drafts[key] = nil
        if seen?.key == key { seen = nil }
        if written?.key == key { written = nil }
        try? store.removeDraft(key: key.rawValue)
    }

    /// Follows the open editor (nil: none, or nothing typed): its text is written when it has
    /// not changed for ``pause``, or when the last write is ``longestUnwritten`` old.
    func follow(_ open: OpenDraft?, now: Date) {
        guard let open else {
            seen = nil
            return
        }
        if open != seen {
            seen = open
            seenSince = now
        }
        guard open != written else { return }
        if now.timeIntervalSince(seenSince) >= Self.pause || now.timeIntervalSince(writtenAt) >= Self.longestUnwritten {
            write(open)
            writtenAt = now
        }
    }

    /// Writes the open editor's text at once (the program is being stopped).
    func writeNow(_ open: OpenDraft?) {
        if let open, open != written { write(open) }
    }

    /// A failed write is not reported here: the same file refuses the next save, which is.
    private func write(_ open: OpenDraft) {
        try? store.storeDraft(open.draft, key: open.key.rawValue)
        written = open
    }
}
