import WorkshopModel

/// The form that adds a board (title, kind, moderator) or edits one (title, moderator).
enum BoardForm {
    static func make(_ app: App, board: Board?) -> FormOverlay {
        let language = app.language
        let kinds = BoardKind.allCases
        let moderators = app.workshop.moderators
        let moderatorOptions = [UIText.noModerator.text(language)] + moderators.map(\.name)
        let moderatorIndex = board?.moderatorID.flatMap { id in moderators.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
        var fields: [FormField] = [.text(UIText.fieldBoardTitle.text(language), board?.title ?? "", limit: TextFieldKind.boardTitle.limit)]
        if board == nil {
            fields.append(.choice(UIText.fieldKind.text(language), options: kinds.map { $0.label(language) }, selected: 0))
        }
        fields.append(.choice(UIText.fieldModerator.text(language), options: moderatorOptions, selected: moderatorIndex))
        return FormOverlay(title: board == nil ? UIText.keyNewBoard.text(language) : UIText.keyEditBoard.text(language),
                           draftKey: board.map { .form("board.edit", of: $0.id) } ?? .form("board.add"), fields: fields) { values, app in
            let chosen = Int(values[values.count - 1]) ?? 0
            let moderatorID = chosen == 0 ? nil : moderators[chosen - 1].id
            let command: BoardCommand = if let board {
                .editBoard(id: board.id, title: values[0], moderatorID: moderatorID)
            } else {
                .addBoard(kind: kinds[Int(values[1]) ?? 0], title: values[0], moderatorID: moderatorID)
            }
            return app.trySave(.board(command), name: values[0])
        }
    }
}
