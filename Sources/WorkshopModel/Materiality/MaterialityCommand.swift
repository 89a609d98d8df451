/// What a moderator does with materiality matrices (issue 4, domain §2). Every command is one
/// undoable change: one record, reversed by one undo.
public enum MaterialityCommand: Equatable, Sendable {
    /// A new matrix with the default quadrant names. Both axes need a name.
    case addMatrix(title: String, xAxis: MatrixAxis, yAxis: MatrixAxis)
    /// Changes title, axes and the four quadrant names (top right, top left, bottom right,
    /// bottom left). Topics, positions and comparisons stay.
    case editMatrix(id: EntityID, title: String, xAxis: MatrixAxis, yAxis: MatrixAxis, quadrantNames: [String])
    /// Removes a matrix with its topics (undoable).
    case removeMatrix(id: EntityID)
    /// Adds typed-in topics at the end. Blank entries are skipped; a label that is already a
    /// topic of the matrix, or given twice (ignoring case), is refused naming it; at most
    /// ``MaterialityMatrix/topicLimit`` topics per matrix.
    case addTopics(matrixID: EntityID, labels: [String])
    /// Adds cards as topics: the label is the card's first line (cut to the label limit), the
    /// card is remembered as ``MatrixTopic/sourceCardID``. Cards already in the matrix (as source,
    /// or by an equal label) are skipped.
    case addTopicsFromCards(matrixID: EntityID, cardIDs: [EntityID])
    /// Renames a topic; the label must stay unique within the matrix.
    case renameTopic(id: EntityID, label: String)
    /// Removes a topic. Comparison sessions that include it are dropped with it (their answers
    /// no longer fit); undo brings both back.
    case removeTopic(id: EntityID)
    /// Starts (or restarts) the comparisons on one axis with all topics of the matrix, in
    /// matrix order; needs at least two topics.
    case startSorting(matrixID: EntityID, axis: MatrixAxisKind)
    /// Answers the current question of an axis; refused without a sorting, or when it is finished.
    case answer(matrixID: EntityID, axis: MatrixAxisKind, ComparisonAnswer)
    /// Takes back the last answer of an axis; refused when there is none.
    case takeBackAnswer(matrixID: EntityID, axis: MatrixAxisKind)
    /// Places every sorted topic on the axis: coordinate = (rank + 0.5) / groupCount, equal
    /// topics on the same value. Only when the sorting is finished; one record for all topics.
    case applySorting(matrixID: EntityID, axis: MatrixAxisKind)
    /// Places a topic directly, or fine-tunes it; values are clamped to 0…1, nil clears a
    /// coordinate.
    case placeTopic(id: EntityID, x: Double?, y: Double?)
    /// Turns the prioritised topics (top right) into placeholders for profile forms: a board
    /// "Steckbriefe: <matrix>" with one prepared card per topic under "Zu beschreiben", in one
    /// record. The profile-forms instrument takes them up from there.
    case createProfilePlaceholders(matrixID: EntityID)
}
