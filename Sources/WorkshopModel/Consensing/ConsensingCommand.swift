import Foundation

/// A proposal as the moderator types it when setting up a round.
public struct ProposalDraft: Equatable, Sendable {
    public var title: String
    public var description: String

    public init(title: String, description: String = "") {
        self.title = title
        self.description = description
    }
}

/// What a moderator does with consensing rounds (domain §4).
public enum ConsensingCommand: Equatable, Sendable {
    /// A new round. The passive solution is added after `proposals` (an empty `passiveTitle`
    /// gives the default); drafts whose title and description are both empty are skipped.
    /// An empty rater name becomes "Person n" (n = its position).
    case addRound(question: String, proposals: [ProposalDraft],
                  passiveTitle: String = ConsensingRound.defaultPassiveTitle, raterNames: [String],
                  scaleMaximum: Int = 10, chooseCount: Int, missingRule: MissingRatingRule = .leaveOut)
    /// Changes the question, k and the missing rule. A closed round keeps k and the rule.
    case editRound(id: EntityID, question: String, chooseCount: Int, missingRule: MissingRatingRule)
    /// A new proposal, placed before the passive solution.
    case addProposal(roundID: EntityID, title: String, description: String)
    /// Renames a proposal (the passive solution too) and changes its description.
    case renameProposal(roundID: EntityID, proposalID: EntityID, title: String, description: String)
    /// Removes a proposal with its values; the passive solution only with `force`. k shrinks
    /// when fewer proposals remain than are to be chosen.
    case removeProposal(roundID: EntityID, proposalID: EntityID, force: Bool = false)
    /// Adds raters at the end; empty names become "Person n" (numbered on from the raters there).
    case addRaters(roundID: EntityID, names: [String])
    /// Removes a rater with all their values.
    case removeRater(roundID: EntityID, raterID: EntityID)
    /// Enters (or with `nil` clears) one value; only while the round is not closed.
    case setRating(roundID: EntityID, raterID: EntityID, proposalID: EntityID, value: Int?)
    /// Enters the rows of a checked CSV file (``RatingsCSV``) in one step: raters missing
    /// from the round are added by name, then all values are set. One undo reverses it all.
    case importRatings(roundID: EntityID, rows: [ImportedRow])
    /// Shows the result (allowed with missing values).
    case reveal(roundID: EntityID)
    /// Records the decision: freezes the tally as ``ConsensingRound/frozenResult`` at `at`
    /// (kept to the whole second).
    case close(roundID: EntityID, at: Date)
    /// Opens a closed (or revealed) round for values again; the frozen result is dropped from
    /// the round but stays in the event history.
    case reopen(roundID: EntityID)
    /// Removes a round with all its values (undoable).
    case removeRound(id: EntityID)
}
