import Foundation

/// What a moderator does with quick decisions (issue 5, item 7). Every command is one
/// undoable change.
public enum QuickDecisionCommand: Equatable, Sendable {
    /// A show of hands on `title`: options "Dafür", "Dagegen", "Enthaltung", counts 0.
    case addShowOfHands(title: String)
    /// A dot voting on `title` with 2–20 distinct options (blank entries are skipped) and
    /// 1–20 dots per person.
    case addDotVoting(title: String, options: [String], dotsPerPerson: Int, stackingAllowed: Bool)
    /// A positioning along a line from `poleA` to `poleB` in 2–9 segments
    /// (see ``QuickDecision/segmentLabels(poleA:poleB:segments:)``).
    case addPositioning(title: String, poleA: String, poleB: String, segments: Int)
    /// A signature list for `document`.
    case addSignatureList(document: String)
    /// Sets the count of option `index` (0-based) to `count` (0–100 000); only while open.
    case setCount(id: EntityID, index: Int, count: Int)
    /// Adds a name to a signature list; a name already there (ignoring case) is refused.
    case addSignature(id: EntityID, name: String)
    /// Removes a name from a signature list (ignoring case).
    case removeSignature(id: EntityID, name: String)
    /// Records the result at `at` (kept to the whole second): counts and signatures are
    /// frozen until ``reopen(id:)``.
    case record(id: EntityID, at: Date)
    /// Opens a recorded decision again; the recording stays in the event history.
    case reopen(id: EntityID)
    /// Removes a decision (also a recorded one; undoable).
    case remove(id: EntityID)
}
