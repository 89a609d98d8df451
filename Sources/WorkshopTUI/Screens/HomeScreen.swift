import WorkshopModel

/// The first screen: the workshop's agenda, its participants and its moderators. Every
/// list can be edited in place; Enter on an agenda item opens its instrument.
final class HomeScreen: Screen {
    enum Pane: Int, CaseIterable {
        case agenda, participants, moderators

        var personList: PersonList? {
            switch self {
            case .agenda: nil
            case .participants: .participants
            case .moderators: .moderators
            }
        }
    }

    private(set) var focus: Pane = .agenda
    private var selections: [Pane: ListSelection] = [:]
    /// Visible rows per pane, from the last layout (for paging).
    private var visibleRows: [Pane: Int] = [:]

    func title(_ language: Language) -> String { UIText.homeTitle.text(language) }

    func projection(app: App) -> Projection? { app.workshop.currentTimer == nil ? .title : .timer }

    let keymap = Keymap([
        KeyBinding([.character("a"), .character("n")], .add, .keyAdd),
        KeyBinding([.character("e")], .edit, .keyEdit),
        KeyBinding([.enter], .open, .keyOpen),
        KeyBinding([.character("d"), .delete], .delete, .keyDelete),
        KeyBinding([.character("K")], .moveUp, .keyMoveUp),
        KeyBinding([.character("J")], .moveDown, .keyMoveDown),
        KeyBinding([.character("i")], .editInfo, .keyEditInfo),
        KeyBinding([.character("b")], .boards, .keyBoards),
        KeyBinding([.character("c")], .rounds, .keyRounds),
        KeyBinding([.character("v")], .quickDecisions, .keyQuick),
        KeyBinding([.character("m")], .matrices, .keyMatrices),
        KeyBinding([.character("s")], .profiles, .keyCatalog),
        KeyBinding([.character("t")], .startTimer, .keyStartTimer),
        KeyBinding([.character("T")], .stopTimer, .keyStopTimer),
    ] + Keymap.listNavigation)

    // MARK: Actions

    func perform(_ action: Action, app: App) {
        let count = rowCount(focus, app.workshop)
        var selection = selections[focus, default: ListSelection()]
        // Another terminal may have shortened the list since the last frame.
        selection.clamp(count: count, visible: visibleRows[focus, default: 10])
        if selection.handle(action, count: count, visible: visibleRows[focus, default: 10]) {
            selections[focus] = selection
            return
        }
        switch action {
        case .nextPane: focus = Pane(rawValue: (focus.rawValue + 1) % Pane.allCases.count)!
        case .previousPane: focus = Pane(rawValue: (focus.rawValue + Pane.allCases.count - 1) % Pane.allCases.count)!
        case .add: add(app)
        case .edit: edit(app, index: selection.index, count: count)
        case .open: open(app, index: selection.index, count: count)
        case .delete: delete(app, index: selection.index, count: count)
        case .moveUp, .moveDown: move(app, index: selection.index, count: count, by: action == .moveUp ? -1 : 1)
        case .editInfo: app.present(InfoForm.make(app))
        case .boards: app.push(BoardsOverviewScreen(in: app.workshop))
        case .rounds: app.push(InstrumentListScreen.rounds)
        case .quickDecisions: app.push(QuickDecisionsScreen())
        case .matrices: app.push(InstrumentListScreen.matrices)
        case .profiles: app.push(CatalogScreen())
        case .startTimer:
            guard focus == .agenda, app.workshop.agenda.indices.contains(selection.index) else { return }
            let item = app.workshop.agenda[selection.index]
            let start = { (app: App) -> Void in
                app.execute(.session(.startTimer(itemID: item.id, at: app.now)),
                            success: UIText.timerStarted.format(app.language, item.title, item.plannedMinutes))
            }
            // A running countdown is replaced only on purpose (the clock cannot be undone).
            guard let running = app.workshop.currentTimer else { return start(app) }
            app.present(ConfirmOverlay(question: UIText.timerReplaceQuestion.format(app.language, running.item.title, item.title),
                                       onConfirm: start))
        case .stopTimer:
            guard let running = app.workshop.currentTimer else {
                if app.workshop.timer != nil { app.execute(.session(.stopTimer)) }
                return app.show(UIText.timerNone.text(app.language))
            }
            app.present(ConfirmOverlay(question: UIText.timerStopQuestion.format(app.language, running.item.title)) { app in
                app.execute(.session(.stopTimer), success: UIText.timerStopped.text(app.language))
            })
        default: break
        }
    }

    private func add(_ app: App) {
        let pane = focus
        let form: FormOverlay
        if let list = pane.personList {
            form = PersonForm.make(app, list: list, person: nil)
        } else {
            form = AgendaForm.make(app, item: nil)
        }
        app.present(form)
        selectLastAfterAdd[pane] = rowCount(pane, app.workshop)
    }

    /// After an add, the new row (at the end) becomes selected when it appears.
    private var selectLastAfterAdd: [Pane: Int] = [:]

    private func edit(_ app: App, index: Int, count: Int) {
        guard count > 0 else { return add(app) }
        if let list = focus.personList {
            app.present(PersonForm.make(app, list: list, person: app.workshop.people(list)[index]))
        } else {
            app.present(AgendaForm.make(app, item: app.workshop.agenda[index]))
        }
    }

    /// Opens the selected agenda item's instrument; on a person it edits.
    private func open(_ app: App, index: Int, count: Int) {
        guard focus == .agenda, count > 0 else { return edit(app, index: index, count: count) }
        let kind = app.workshop.agenda[index].kind
        if kind == .consensing { return app.push(InstrumentListScreen.rounds) }
        if kind == .materiality { return app.push(InstrumentListScreen.matrices) }
        if kind == .profileForms { return app.push(CatalogScreen()) }
        let boardKinds = kind.boardKinds
        guard !boardKinds.isEmpty else {
            let text: UIText = kind == .plenary || kind == .pause ? .homeNoInstrument : .homeInstrumentNotYet
            return app.show(text.format(app.language, kind.label(app.language)))
        }
        app.push(BoardsOverviewScreen(selecting: boardKinds, in: app.workshop))
    }

    private func delete(_ app: App, index: Int, count: Int) {
        guard count > 0 else { return }
        let language = app.language
        if let list = focus.personList {
            let person = app.workshop.people(list)[index]
            app.present(ConfirmOverlay(question: UIText.homeRemovePersonQuestion.format(language, person.name, list.label(language))) { app in
                app.execute(.removePerson(list: list, id: person.id), success: UIText.removed.format(app.language, person.name))
            })
        } else {
            let item = app.workshop.agenda[index]
            app.present(ConfirmOverlay(question: UIText.homeRemoveAgendaQuestion.format(language, item.title)) { app in
                app.execute(.removeAgendaItem(id: item.id), success: UIText.removed.format(app.language, item.title))
            })
        }
    }

    private func move(_ app: App, index: Int, count: Int, by offset: Int) {
        guard focus == .agenda, count > 0 else { return }
        let item = app.workshop.agenda[index]
        if app.execute(.moveAgendaItem(id: item.id, offset: offset)) != nil {
            selections[.agenda, default: ListSelection()].select(index + offset, count: count, visible: visibleRows[.agenda, default: 10])
        }
    }

    private func rowCount(_ pane: Pane, _ workshop: Workshop) -> Int {
        pane.personList.map { workshop.people($0).count } ?? workshop.agenda.count
    }

    // MARK: Rendering

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let workshop = app.workshop
        let language = app.language
        let (summaryRow, rest) = area.splitTop(1)
        let total = workshop.agenda.reduce(0) { $0 + $1.plannedMinutes }
        let summary = UIText.homeCountPeople.format(language, workshop.participants.count, workshop.moderators.count)
            + " · " + UIText.homeTotalDuration.format(language, total)
        let invented = (workshop.participants + workshop.moderators).contains(where: \.isIllustrative)
        let note = invented ? " · " + UIText.homeIllustrativeNote.text(language) : ""
        canvas.draw((" " + summary + note).truncated(toWidth: summaryRow.width), x: summaryRow.x, y: summaryRow.y, style: .secondary)

        let rects: [Pane: Rect]
        if rest.width >= 120 {
            let columns = rest.columns(weights: [9, 6, 5])
            rects = [.agenda: columns[0], .participants: columns[1], .moderators: columns[2]]
        } else {
            let agendaHeight = min(workshop.agenda.count + 2, rest.height / 2)
            let (top, bottom) = rest.splitTop(max(agendaHeight, 4))
            let columns = bottom.columns(2)
            rects = [.agenda: top, .participants: columns[0], .moderators: columns[1]]
        }
        for pane in Pane.allCases {
            let rect = rects[pane]!
            let count = rowCount(pane, workshop)
            visibleRows[pane] = ListPane.visibleRows(in: rect)
            var selection = selections[pane, default: ListSelection()]
            if let before = selectLastAfterAdd[pane], count > before {
                selection.select(count - 1, count: count, visible: visibleRows[pane]!)
                selectLastAfterAdd[pane] = nil
            }
            selection.clamp(count: count, visible: visibleRows[pane]!)
            selections[pane] = selection
            let listPane = ListPane(title: paneTitle(pane, workshop, language), count: count, isFocused: pane == focus,
                                    emptyText: pane == .agenda ? UIText.homeAgendaEmpty.text(language) : UIText.homePeopleEmpty.text(language))
            if let list = pane.personList {
                let people = workshop.people(list)
                listPane.render(into: &canvas, rect: rect, selection: selection) { index, canvas, row, style in
                    Self.drawPerson(people[index], into: &canvas, row: row, style: style, language: language)
                }
            } else {
                listPane.render(into: &canvas, rect: rect, selection: selection) { index, canvas, row, style in
                    Self.drawAgendaItem(workshop.agenda[index], number: index + 1, workshop: workshop, into: &canvas, row: row, style: style, language: language)
                }
            }
        }
    }

    private func paneTitle(_ pane: Pane, _ workshop: Workshop, _ language: Language) -> String {
        switch pane {
        case .agenda: "\(UIText.agenda.text(language)) (\(workshop.agenda.count))"
        case .participants: "\(UIText.participants.text(language)) (\(workshop.participants.count))"
        case .moderators: "\(UIText.moderators.text(language)) (\(workshop.moderators.count))"
        }
    }

    private static func drawAgendaItem(_ item: AgendaItem, number: Int, workshop: Workshop, into canvas: inout Canvas,
                                       row: Rect, style: Style, language: Language) {
        let minutes = UIText.homeMinutes.format(language, item.plannedMinutes)
        let held = workshop.itemCount(for: item.kind)
        let kind = item.kind.label(language) + (held > 0 ? " (\(held))" : "")
        let kindWidth = row.width >= 60 ? min(DisplayWidth.of(kind), 26) : 0
        // The minutes column is as wide as "999 min" in every row, so the instruments line up.
        let minutesWidth = max(DisplayWidth.of(minutes), DisplayWidth.of(UIText.homeMinutes.format(language, 999)))
        let tailWidth = minutesWidth + (kindWidth > 0 ? kindWidth + 2 : 0) + 1
        let numberText = "\(number)".padded(toWidth: 3)
        canvas.draw(" " + numberText + item.title.truncated(toWidth: row.width - tailWidth - 6), x: row.x, y: row.y, style: style)
        if kindWidth > 0 {
            canvas.draw(kind.truncated(toWidth: kindWidth), x: row.maxX - tailWidth, y: row.y,
                        style: style == .normal ? .secondary : style)
        }
        canvas.draw(minutes, x: row.maxX - DisplayWidth.of(minutes) - 1, y: row.y, style: style)
    }

    private static func drawPerson(_ person: Person, into canvas: inout Canvas, row: Rect, style: Style, language: Language) {
        let name = person.isIllustrative ? person.name + "*" : person.name
        let nameWidth = canvas.draw(" " + name.truncated(toWidth: row.width - 2), x: row.x, y: row.y, style: style)
        guard let organisation = person.organisation, row.width - nameWidth > 8 else { return }
        canvas.draw(" – " + organisation.truncated(toWidth: row.width - nameWidth - 4), x: row.x + nameWidth, y: row.y,
                    style: style == .normal ? .secondary : style)
    }
}
