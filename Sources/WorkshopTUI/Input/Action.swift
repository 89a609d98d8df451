/// What a key does, independent of which key it is. Screens and the shell handle actions;
/// the ``Keymap`` says which keys produce them.
public enum Action: Hashable, Sendable {
    case quit
    case help
    case commandLine
    case back
    case nextPane
    case previousPane
    case up
    case down
    case pageUp
    case pageDown
    case top
    case bottom
    case open
    case add
    case edit
    case delete
    case undo
    case redo
    case moveUp
    case moveDown
    case editInfo
    /// Boards: previous / next heading.
    case left
    case right
    /// Boards: switch to the next / previous board.
    case nextBoard
    case previousBoard
    /// Boards overview.
    case boards
    case addCluster
    /// Put a card into a cluster chosen from the heading's round cards, or release it.
    case group
    /// Make a cluster of the selected card (the round card) and the card below.
    case formCluster
    /// Move the selected card to the previous / next heading.
    case moveLeft
    case moveRight
    /// Move the selected card to a heading chosen from a list (any board).
    case relocate
    case link
    case addHeading
    case renameHeading
    case removeHeading
    case moveHeadingLeft
    case moveHeadingRight
    /// The plenary presentation of the current board.
    case present
    case search
    /// Cards across all boards by tag and by links.
    case aggregate
    /// Mark a card as prepared (landscape) or as written in the room.
    case togglePrepared
    /// Consensing rounds.
    case rounds
    /// Consensing: move on along the rater or along the proposal after each value.
    case toggleDirection
    case reveal
    case toggleResult
    /// Record a decision (close a round, freeze a quick decision) / open it again.
    case record
    case reopen
    case addRater
    case importValues
    case removeProposal
    /// Quick decisions: count one more / one less, add or remove a signature.
    case increment
    case decrement
    case addSignature
    case removeSignature
    case quickDecisions
    /// Materiality: the matrices, sorting an axis by comparisons, answers, the priority list.
    case matrices
    case sortX
    case sortY
    case answerMore
    case answerLess
    case answerEqual
    case priorityList
    case topicsFromCards
    case profilePlaceholders
    /// Profile forms: the catalog, its filter and order, the assessment grid, the templates,
    /// notes on a field, funnel, moderators, number, title, a rating cleared, new profiles.
    case profiles
    case cycleFilter
    case cycleOrder
    case assessmentGrid
    case templates
    case addNote
    case adoptNotes
    case removeNote
    case setFunnel
    case setModerators
    case setNumber
    case editTitle
    case clearRating
    /// Profile forms: rate the chosen criterion (the digits themselves are read first).
    case rate
    case profileFromCard
    case profilesFromPriority
    /// The projector: show this view, the timer, the title.
    case project
    case projectTimer
    case projectTitle
    /// The timebox: start for the selected agenda item, stop, pause or resume, one more minute.
    case startTimer
    case stopTimer
    case pauseTimer
    case addMinute
}
