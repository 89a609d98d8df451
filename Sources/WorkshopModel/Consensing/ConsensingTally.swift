/// The tally of a consensing round: a pure function from the round and its values to the
/// result the room sees.
///
/// Per proposal:
/// - **resistance** (group resistance) is the sum of the values, after applying the round's
///   ``MissingRatingRule``: with ``MissingRatingRule/countAsMaximum`` and
///   ``MissingRatingRule/countAsMidpoint`` every missing value is counted as that value, so
///   every proposal has one value per rater; with ``MissingRatingRule/leaveOut`` only the
///   values given are summed.
/// - **counted** is the number of values in that sum; **mean** is `resistance ÷ counted`.
/// - **acceptance** in percent is `100 × (1 − resistance ÷ (counted × scaleMaximum))`; with
///   complete values `counted` is the number of raters, which is the usual formula. A proposal
///   without any value has acceptance 0.
///
/// **Order and rank.** Proposals are ordered by resistance, least first. When the counts
/// differ (only possible with ``MissingRatingRule/leaveOut``) comparing sums would reward
/// a proposal for the values it lacks, so proposals are compared by their **mean** instead
/// (exactly, as fractions). With complete values, or with either of the other rules, all
/// counts are equal and ordering by mean is the same as ordering by sum. A proposal without
/// any value is ranked after all others. Equal resistance means an equal rank (1, 1, 3, …)
/// and ``ProposalResult/isTie``; tied proposals keep the order of the round's proposals, but
/// the order does not break the tie.
///
/// **Acceptable.** The passive solution sets the bar: a proposal is acceptable when its
/// resistance is not greater than the passive solution's (compared the same way as the
/// ranking). The passive solution itself is acceptable. Without a passive solution (or while
/// it has no value at all) every proposal with a value is acceptable; a proposal without any
/// value is not.
///
/// **Chosen.** The `chooseCount` best acceptable proposals other than the passive solution.
/// When proposals with the same resistance straddle the k-th place, all of them are marked
/// chosen and ``ConsensingResult/tieAtCut`` is true: the group has to settle that tie.
public enum ConsensingTally {
    /// The result of `round` with the values `ratings`. Values of other rounds, of raters
    /// or proposals the round no longer has, are ignored; a value outside the scale (which
    /// the model never stores) is clamped to it.
    public static func result(for round: ConsensingRound, ratings: [Rating]) -> ConsensingResult {
        let maximum = max(round.scaleMaximum, 0)
        let raterIDs = Set(round.raters.map(\.id))
        var given: [EntityID: [EntityID: Int]] = [:] // proposal → rater → value
        for rating in ratings where rating.roundID == round.id && raterIDs.contains(rating.raterID) {
            given[rating.proposalID, default: [:]][rating.raterID] = min(max(rating.value, 0), maximum)
        }
        let substitute = round.missingRule.substitute(scaleMaximum: maximum)

        let scores: [Score] = round.proposals.enumerated().map { index, proposal in
            let values = given[proposal.id] ?? [:]
            let missing = round.raters.count - values.count
            var sum = values.values.reduce(0, +)
            var counted = values.count
            if let substitute {
                sum += missing * substitute
                counted += missing
            }
            return Score(index: index, proposal: proposal, sum: sum, counted: counted, missing: missing)
        }

        let order = scores.sorted { $0.isBetter(than: $1) || (!$1.isBetter(than: $0) && $0.index < $1.index) }
        let passive = scores.first { $0.proposal.isPassive }
        func isAcceptable(_ score: Score) -> Bool {
            if score.proposal.isPassive { return true }
            guard score.counted > 0 else { return false }
            guard let passive, passive.counted > 0 else { return true }
            return !passive.isBetter(than: score)
        }

        // The k best acceptable proposals other than the passive solution; a tie at the cut takes all tied.
        let eligible = order.filter { !$0.proposal.isPassive && isAcceptable($0) }
        let k = max(round.chooseCount, 0)
        var chosen = Set<Int>()
        var tieAtCut = false
        if k > 0 && !eligible.isEmpty {
            if eligible.count <= k {
                chosen = Set(eligible.map(\.index))
            } else {
                let cut = eligible[k - 1]
                chosen = Set(eligible.filter { !cut.isBetter(than: $0) }.map(\.index))
                tieAtCut = !cut.isBetter(than: eligible[k])
            }
        }

        var rows: [ProposalResult] = []
        var rank = 0
        for (position, score) in order.enumerated() {
            if position == 0 || order[position - 1].isBetter(than: score) { rank = position + 1 }
            let tied = order.contains { $0.index != score.index && !$0.isBetter(than: score) && !score.isBetter(than: $0) }
            let mean = score.counted > 0 ? Double(score.sum) / Double(score.counted) : 0
            let acceptance = score.counted > 0 && maximum > 0
                ? 100 * (1 - Double(score.sum) / Double(score.counted * maximum)) : 0
            rows.append(ProposalResult(proposalID: score.proposal.id, title: score.proposal.title,
                                       isPassive: score.proposal.isPassive, resistance: score.sum,
                                       counted: score.counted, missing: score.missing, mean: mean,
                                       acceptance: acceptance, rank: rank, isTie: tied,
                                       isAcceptable: isAcceptable(score), isChosen: chosen.contains(score.index)))
        }

        let proposalIDs = round.proposals.map(\.id)
        let completeRaters = round.raters.filter { rater in
            proposalIDs.allSatisfy { given[$0]?[rater.id] != nil }
        }.count
        let missingValues = scores.reduce(0) { $0 + $1.missing }
        return ConsensingResult(rows: rows, raterCount: round.raters.count, completeRaters: completeRaters,
                                missingValues: missingValues, rule: round.missingRule, tieAtCut: tieAtCut,
                                scaleMaximum: maximum, chooseCount: k)
    }

    /// A proposal's sum and count, compared by mean (exactly) with "no value" last.
    private struct Score {
        let index: Int
        let proposal: Proposal
        let sum: Int
        let counted: Int
        let missing: Int

        /// Whether this proposal has strictly less resistance than `other`.
        func isBetter(than other: Score) -> Bool {
            switch (counted, other.counted) {
            case (0, _): return false
            case (_, 0): return true
            default: return sum * other.counted < other.sum * counted
            }
        }
    }
}

/// The result of a consensing round, as shown to the room and frozen when the round closes.
public struct ConsensingResult: Codable, Equatable, Sendable {
    /// One row per proposal, least resistance first (see ``ConsensingTally`` for ties).
    public var rows: [ProposalResult]
    /// Number of raters in the round.
    public var raterCount: Int
    /// Raters who gave a value for every proposal.
    public var completeRaters: Int
    /// Values not given (raters × proposals − values given).
    public var missingValues: Int
    /// The rule the missing values were counted with.
    public var rule: MissingRatingRule
    /// Proposals with equal resistance straddle the k-th place; all of them are marked chosen.
    public var tieAtCut: Bool
    /// The scale maximum of the round when tallied.
    public var scaleMaximum: Int
    /// How many proposals were to be chosen.
    public var chooseCount: Int

    public init(rows: [ProposalResult], raterCount: Int, completeRaters: Int, missingValues: Int,
                rule: MissingRatingRule, tieAtCut: Bool, scaleMaximum: Int, chooseCount: Int) {
        self.rows = rows
        self.raterCount = raterCount
        self.completeRaters = completeRaters
        self.missingValues = missingValues
        self.rule = rule
        self.tieAtCut = tieAtCut
        self.scaleMaximum = scaleMaximum
        self.chooseCount = chooseCount
    }

    /// The chosen proposals, least resistance first.
    public var chosen: [ProposalResult] { rows.filter(\.isChosen) }

    /// The row of a proposal.
    public func row(for proposalID: EntityID) -> ProposalResult? { rows.first { $0.proposalID == proposalID } }
}

/// The tally of one proposal.
public struct ProposalResult: Codable, Equatable, Sendable {
    public var proposalID: EntityID
    public var title: String
    public var isPassive: Bool
    /// Group resistance: the sum of the values after applying the missing rule.
    public var resistance: Int
    /// How many values the sum holds.
    public var counted: Int
    /// How many raters gave no value for this proposal.
    public var missing: Int
    /// `resistance ÷ counted` (0 without values).
    public var mean: Double
    /// `100 × (1 − resistance ÷ (counted × scaleMaximum))` (0 without values).
    public var acceptance: Double
    /// 1 for the least resistance; equal resistance gives an equal rank (1, 1, 3).
    public var rank: Int
    /// Another proposal has exactly the same resistance.
    public var isTie: Bool
    /// Not more resistance than the passive solution (the passive solution itself is acceptable).
    public var isAcceptable: Bool
    /// Among the k chosen proposals.
    public var isChosen: Bool

    public init(proposalID: EntityID, title: String, isPassive: Bool, resistance: Int, counted: Int, missing: Int,
                mean: Double, acceptance: Double, rank: Int, isTie: Bool, isAcceptable: Bool, isChosen: Bool) {
        self.proposalID = proposalID
        self.title = title
        self.isPassive = isPassive
        self.resistance = resistance
        self.counted = counted
        self.missing = missing
        self.mean = mean
        self.acceptance = acceptance
        self.rank = rank
        self.isTie = isTie
        self.isAcceptable = isAcceptable
        self.isChosen = isChosen
    }
}
