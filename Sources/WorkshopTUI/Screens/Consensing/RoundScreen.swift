import WorkshopModel

/// A consensing round: the grid of raters × proposals, filled by typing the values (one
/// keystroke for 0–9, two for 10; the cursor moves on by itself, along the rater or along
/// the proposal), and the result table once the round is revealed.
final class RoundScreen: Screen {
    enum Direction { case byRater, byProposal }

    private let roundID: EntityID
    private var rater = 0
    private var proposal = 0
    private var direction = Direction.byRater
    /// A typed "1" on the 0–10 scale waits for a possible "0".
    private var pendingDigit: Int?
    private var showsResult = false
    private var firstRow = 0

    init(roundID: EntityID) { self.roundID = roundID }

    func title(_ language: Language) -> String { UIText.roundTitle.text(language) }

    func projection(app: App) -> Projection? { .tally(roundID) }

    let keymap = Keymap([
        KeyBinding([.character("r")], .reveal, .keyReveal),
        KeyBinding([.character("p")], .present, .keyTally),
        KeyBinding([.character("c")], .record, .keyCloseRound),
        KeyBinding([.character("t")], .toggleDirection, .keyToggleDirection),
        KeyBinding([.backspace, .delete, .character(".")], .delete, .keyClearValue),
        KeyBinding([.character("v")], .toggleResult, .keyToggleResult),
        KeyBinding([.character("o")], .reopen, .keyReopenRound),
        KeyBinding([.character("+")], .addRater, .keyAddRater),
        KeyBinding([.character("e")], .edit, .keyEditProposal),
        KeyBinding([.character("N")], .add, .keyAddProposal),
        KeyBinding([.character("X")], .removeProposal, .keyRemoveProposal),
        KeyBinding([.character("I")], .importValues, .keyImportCSV),
        KeyBinding([.left, .character("h")], .left, .keyPreviousProposal),
        KeyBinding([.right, .character("l")], .right, .keyNextProposal),
        KeyBinding([.up, .character("k")], .up, .keyPreviousRater),
        KeyBinding([.down, .character("j")], .down, .keyNextRater),
    ])

    private func round(_ app: App) -> ConsensingRound? { app.workshop.round(roundID) }

    // MARK: Entering values

    /// Digits are values, not commands: they are taken before the keymap. Any other key
    /// first enters a pending "1" in its own cell: an arrow then moves from that cell (the
    /// cursor does not move on by itself as well), clearing drops the pending "1" and clears
    /// the cell, every other key moves on as after any value.
    func consume(_ key: Key, app: App) -> Bool {
        if case let .character(character) = key, let digit = character.wholeNumberValue, character.isASCII {
            handleDigit(digit, app: app)
            return true
        }
        switch keymap.action(for: key) {
        case .left?, .right?, .up?, .down?: flushPending(app: app, advancing: false)
        case .delete?: pendingDigit = nil
        default: flushPending(app: app, advancing: true)
        }
        return false
    }

    private func handleDigit(_ digit: Int, app: App) {
        guard let round = round(app), !round.raters.isEmpty, !round.proposals.isEmpty else { return }
        if let pending = pendingDigit {
            pendingDigit = nil
            if pending * 10 + digit <= round.scaleMaximum {
                return store(pending * 10 + digit, round: round, app: app)
            }
            store(pending, round: round, app: app)
        }
        if digit * 10 <= round.scaleMaximum && digit > 0 && round.scaleMaximum >= 10 {
            pendingDigit = digit
            return
        }
        guard digit <= round.scaleMaximum else {
            return app.show(UIText.valueOutOfScale.format(app.language, digit, round.scaleMaximum), kind: .error)
        }
        store(digit, round: round, app: app)
    }

    private func flushPending(app: App, advancing: Bool) {
        guard let pending = pendingDigit, let round = round(app) else { return }
        pendingDigit = nil
        store(pending, round: round, app: app, advancing: advancing)
    }

    /// Saves (or with `nil` clears) the value under the cursor; a saved value moves the
    /// cursor on, also when it was there already (going over a row again).
    private func store(_ value: Int?, round: ConsensingRound, app: App, advancing: Bool = true) {
        clampCursor(round)
        let command = ConsensingCommand.setRating(roundID: round.id, raterID: round.raters[rater].id,
                                                  proposalID: round.proposals[proposal].id, value: value)
        if let refusal = app.tryExecute(.consensing(command)) { return app.show(refusal, kind: .error) }
        if value != nil && advancing { advance(round) }
    }

    private func advance(_ round: ConsensingRound) {
        switch direction {
        case .byRater:
            proposal += 1
            if proposal == round.proposals.count { proposal = 0; rater = min(rater + 1, round.raters.count - 1) }
        case .byProposal:
            rater += 1
            if rater == round.raters.count { rater = 0; proposal = min(proposal + 1, round.proposals.count - 1) }
        }
    }

    private func clampCursor(_ round: ConsensingRound) {
        rater = min(max(rater, 0), max(round.raters.count - 1, 0))
        proposal = min(max(proposal, 0), max(round.proposals.count - 1, 0))
    }

    // MARK: Actions

    func perform(_ action: Action, app: App) {
        guard let round = round(app) else {
            if action == .back { app.pop() }
            return
        }
        switch action {
        case .left: proposal -= 1
        case .right: proposal += 1
        case .up: rater -= 1
        case .down: rater += 1
        case .toggleDirection:
            direction = direction == .byRater ? .byProposal : .byRater
            app.show((direction == .byRater ? UIText.directionByRater : UIText.directionByProposal).text(app.language))
        case .delete:
            clampCursor(round)
            store(nil, round: round, app: app)
        case .reveal:
            let missing = app.workshop.result(for: round).missingValues
            if app.execute(.consensing(.reveal(roundID: round.id))) != nil {
                showsResult = true
                app.show(missing == 0 ? UIText.revealed.text(app.language) : UIText.revealedWithMissing.format(app.language, missing),
                         kind: missing == 0 ? .success : .error)
            }
        case .toggleResult: showsResult.toggle()
        case .present: app.push(TallyScreen(roundID: round.id))
        case .record:
            app.present(ConfirmOverlay(question: UIText.closeRoundQuestion.format(app.language, round.question)) { app in
                app.execute(.consensing(.close(roundID: round.id, at: app.now)), success: UIText.roundClosed.text(app.language))
            })
        case .reopen:
            app.execute(.consensing(.reopen(roundID: round.id)), success: UIText.roundReopened.text(app.language))
        case .addRater:
            app.execute(.consensing(.addRaters(roundID: round.id, names: [""])), success: UIText.raterAdded.text(app.language))
        case .importValues:
            app.present(RatingsImportForm.make(app, round: round))
        case .edit:
            clampCursor(round)
            guard round.proposals.indices.contains(proposal) else { return }
            app.present(ProposalForm.make(app, round: round, proposal: round.proposals[proposal]))
        case .add:
            app.present(ProposalForm.make(app, round: round, proposal: nil))
        case .removeProposal:
            clampCursor(round)
            guard round.proposals.indices.contains(proposal) else { return }
            let item = round.proposals[proposal]
            let question = (item.isPassive ? UIText.removePassiveQuestion : UIText.removeProposalQuestion).format(app.language, item.title)
            app.present(ConfirmOverlay(question: question) { app in
                app.execute(.consensing(.removeProposal(roundID: round.id, proposalID: item.id, force: item.isPassive)),
                            success: UIText.removed.format(app.language, item.title))
            })
        default:
            break
        }
        clampCursor(round)
    }

    // MARK: Rendering

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let language = app.language
        guard let round = round(app) else {
            canvas.draw(" " + UIText.roundGone.text(language), x: area.x, y: area.y + 1, style: .error)
            return
        }
        clampCursor(round)
        let result = app.workshop.result(for: round)
        canvas.draw(" " + round.question.truncated(toWidth: area.width - 2), x: area.x, y: area.y, style: .heading)
        // The status first: the rule for missing values is the part that may be cut.
        let facts = round.status.label(language) + " · "
            + UIText.roundFacts.format(language, round.scaleMaximum, round.chooseCount, round.activeProposals.count)
            + " · " + round.missingRule.label(language)
        canvas.draw(" " + facts.truncated(toWidth: area.width - 2), x: area.x, y: area.y + 1, style: .secondary)
        let progress = UIText.roundProgressLong.format(language, result.completeRaters, result.raterCount, result.missingValues)
        canvas.draw(" " + progress.truncated(toWidth: area.width - 2), x: area.x, y: area.y + 2,
                    style: result.missingValues == 0 ? .success : .normal)
        let body = Rect(x: area.x, y: area.y + 4, width: area.width, height: area.height - 4)
        if showsResult && round.status != .collecting {
            ResultTable(result: result, language: language).render(into: &canvas, rect: body)
        } else {
            renderGrid(round, into: &canvas, rect: body, app: app)
        }
    }

    private func renderGrid(_ round: ConsensingRound, into canvas: inout Canvas, rect: Rect, app: App) {
        var values: [EntityID: Int] = [:]
        for rating in app.workshop.ratings(for: round.id) { values[rating.id] = rating.value }
        let nameWidth = min(max(round.raters.map { DisplayWidth.of($0.name) }.max() ?? 8, 8), 20) + 2
        let count = max(round.proposals.count, 1)
        let cellWidth = max(4, min(18, (rect.width - nameWidth - 1) / count))
        // When a title does not fit its cell, the columns are numbered (with the start of the
        // title when there is room) and a legend under the grid names every proposal, in as
        // many columns as it takes to stay within half the height.
        let titlesFit = cellWidth >= 10 && round.proposals.allSatisfy { DisplayWidth.of($0.title) <= cellWidth - 1 }
        let numbers = round.proposals.enumerated().map { "\($0 + 1)" + ($1.isPassive ? "P" : "") }
        let legendLimit = max(rect.height / 2, 2)
        var legendColumns = 1
        while (numbers.count + legendColumns - 1) / legendColumns > legendLimit, (rect.width - 1) / (legendColumns + 1) >= 16 {
            legendColumns += 1
        }
        let legendRows = titlesFit ? 0 : min((numbers.count + legendColumns - 1) / legendColumns, legendLimit)
        let gridRows = rect.height - 1 - legendRows
        // Header: the titles when they fit, else the numbers of the legend.
        for (index, item) in round.proposals.enumerated() {
            let label = titlesFit ? item.title : cellWidth >= 10 ? numbers[index] + " " + item.title : numbers[index]
            let x = rect.x + nameWidth + index * cellWidth
            canvas.draw(label.truncated(toWidth: cellWidth - 1), x: x, y: rect.y,
                        style: index == proposal ? .frameFocused : .heading)
        }
        if rater < firstRow { firstRow = rater }
        if rater >= firstRow + gridRows { firstRow = rater - gridRows + 1 }
        let shownRaters = firstRow..<min(round.raters.count, firstRow + max(gridRows, 0))
        for (line, index) in shownRaters.enumerated() {
            let y = rect.y + 1 + line
            let person = round.raters[index]
            canvas.draw(" " + person.name.truncated(toWidth: nameWidth - 2), x: rect.x, y: y,
                        style: index == rater ? .frameFocused : .normal)
            for (column, item) in round.proposals.enumerated() {
                let id = Rating.id(roundID: round.id, raterID: person.id, proposalID: item.id)
                let isCursor = index == rater && column == proposal
                var text = values[id].map(String.init) ?? "·"
                if isCursor, let pendingDigit { text = "\(pendingDigit)_" }
                let x = rect.x + nameWidth + column * cellWidth
                let style: Style = isCursor ? .selection : values[id] == nil ? .secondary : .normal
                canvas.draw(text.padded(toWidth: 3), x: x, y: y, style: style)
            }
        }
        if legendRows > 0 {
            // Under the grid, one row apart; at the bottom when the grid fills the height.
            let top = min(rect.y + 2 + shownRaters.count, rect.maxY - legendRows)
            let columnWidth = (rect.width - 1) / legendColumns
            for (index, item) in round.proposals.enumerated() where index / legendRows < legendColumns {
                let label = numbers[index] + " = " + item.title
                canvas.draw(" " + label.truncated(toWidth: columnWidth - 2), x: rect.x + index / legendRows * columnWidth,
                            y: top + index % legendRows, style: .secondary)
            }
        }
    }
}
