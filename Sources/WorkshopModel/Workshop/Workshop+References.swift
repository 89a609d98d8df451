extension Workshop {
    /// How many items point to something that is not there: a heading without its board, a
    /// card without its heading or board, a topic without its matrix, a value without its
    /// round, a profile without its template. Commands never create such items; an undo or
    /// redo that would is refused.
    public var brokenReferenceCount: Int {
        let boardIDs = Set(boards.map(\.id))
        let headingIDs = Set(headings.map(\.id))
        let matrixIDs = Set(matrices.map(\.id))
        let roundIDs = Set(rounds.map(\.id))
        let templateIDs = Set(allProfileTemplates.map(\.id))
        return headings.count { !boardIDs.contains($0.boardID) }
            + cards.count { !headingIDs.contains($0.headingID) || !boardIDs.contains($0.boardID) }
            + topics.count { !matrixIDs.contains($0.matrixID) }
            + ratings.count { !roundIDs.contains($0.roundID) }
            + profiles.count { !templateIDs.contains($0.templateID) }
    }
}
