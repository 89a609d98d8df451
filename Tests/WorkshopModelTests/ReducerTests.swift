import Foundation
import Testing
import WorkshopModel
import TestKit

private func item(_ id: String, _ minutes: Int = 10) -> AgendaItem {
    AgendaItem(id: EntityID(id), title: "Punkt \(id)", kind: .plenary, plannedMinutes: minutes)
}

private let abc = [item("a"), item("b"), item("c")]

/// Picks a random command that is likely (not certain) to be allowed in `state`.
private func randomCommand(in workshop: Workshop, using generator: inout SeededGenerator) -> WorkshopCommand {
    let names = ["Anna", "Bert", "Carla", "Dirk", "Elif", "Frank", "Gülay", "Heike", "anna", "Jörg"]
    let list = PersonList.allCases.randomElement(using: &generator)!
    let people = workshop.people(list)
    let kind = InstrumentKind.allCases.randomElement(using: &generator)!
    let minutes = Int.random(in: -5...650, using: &generator)
    switch Int.random(in: 0..<12, using: &generator) {
    case 0:
        return .editInfo(title: "Workshop \(Int.random(in: 0..<3, using: &generator))",
                         date: ["", "2017-03-23", "2017-02-30"].randomElement(using: &generator)!, place: "Ort")
    case 1, 2:
        return .addPerson(list: list, name: names.randomElement(using: &generator)!, organisation: "Org")
    case 3:
        guard let person = people.randomElement(using: &generator) else { return .undo }
        return .editPerson(list: list, id: person.id, name: names.randomElement(using: &generator)!, organisation: "")
    case 4:
        guard let person = people.randomElement(using: &generator) else { return .redo }
        return .removePerson(list: list, id: person.id)
    case 5:
        return .addAgendaItem(title: "Punkt", kind: kind, minutes: minutes)
    case 6:
        guard let item = workshop.agenda.randomElement(using: &generator) else { return .undo }
        return .editAgendaItem(id: item.id, title: "Geändert", kind: kind, minutes: minutes)
    case 7:
        guard let item = workshop.agenda.randomElement(using: &generator) else { return .undo }
        return .removeAgendaItem(id: item.id)
    case 8:
        guard let item = workshop.agenda.randomElement(using: &generator) else { return .redo }
        return .moveAgendaItem(id: item.id, offset: Int.random(in: -3...3, using: &generator))
    case 9, 10:
        return .undo
    default:
        return .redo
    }
}

/// Runs `count` random commands, skipping the refused ones.
private func randomSession(seed: UInt64, count: Int) -> Session {
    var generator = SeededGenerator(seed: seed)
    var session = Session(Workshop(info: WorkshopInfo(title: "Zufall", date: "", place: ""), agenda: abc))
    for _ in 0..<count {
        let command = randomCommand(in: session.workshop, using: &generator)
        _ = try? session.run(command)
    }
    return session
}

@Suite struct ReducerTests {
    // MARK: ListChange

    static let changes: [ListChange<AgendaItem>] = [
        .insert(item: item("x"), at: 0), .insert(item: item("x"), at: 1), .insert(item: item("x"), at: 3),
        .remove(item: abc[0], at: 0), .remove(item: abc[1], at: 1), .remove(item: abc[2], at: 2),
        .replace(old: abc[1], new: item("b", 99)),
        .move(id: EntityID("a"), from: 0, to: 2), .move(id: EntityID("c"), from: 2, to: 0),
        .move(id: EntityID("b"), from: 1, to: 1),
    ]

    @Test(arguments: changes)
    func inverseUndoesApply(change: ListChange<AgendaItem>) {
        #expect(change.applies(to: abc))
        var list = abc
        change.apply(to: &list)
        #expect(change.inverse.applies(to: list))
        change.inverse.apply(to: &list)
        #expect(list == abc)
        #expect(change.inverse.inverse == change)
    }

    @Test func applyProducesTheExpectedLists() {
        func applied(_ change: ListChange<AgendaItem>) -> [String] {
            var list = abc
            change.apply(to: &list)
            return list.map(\.id.rawValue)
        }
        #expect(applied(.insert(item: item("x"), at: 1)) == ["a", "x", "b", "c"])
        #expect(applied(.insert(item: item("x"), at: 3)) == ["a", "b", "c", "x"])
        #expect(applied(.remove(item: abc[1], at: 1)) == ["a", "c"])
        #expect(applied(.move(id: EntityID("a"), from: 0, to: 2)) == ["b", "c", "a"])
        #expect(applied(.move(id: EntityID("c"), from: 2, to: 1)) == ["a", "c", "b"])
        var list = abc
        ListChange.replace(old: abc[2], new: item("c", 42)).apply(to: &list)
        #expect(list.map(\.plannedMinutes) == [10, 10, 42])
    }

    @Test func inverseSwapsTheDirections() {
        #expect(ListChange.insert(item: abc[0], at: 4).inverse == .remove(item: abc[0], at: 4))
        #expect(ListChange.remove(item: abc[0], at: 4).inverse == .insert(item: abc[0], at: 4))
        #expect(ListChange.replace(old: abc[0], new: abc[1]).inverse == .replace(old: abc[1], new: abc[0]))
        #expect(ListChange<AgendaItem>.move(id: EntityID("a"), from: 1, to: 3).inverse == .move(id: EntityID("a"), from: 3, to: 1))
        let info = WorkshopEvent.info(old: WorkshopInfo(title: "A", date: "", place: ""),
                                      new: WorkshopInfo(title: "B", date: "", place: ""))
        #expect(info.inverse == .info(old: WorkshopInfo(title: "B", date: "", place: ""),
                                      new: WorkshopInfo(title: "A", date: "", place: "")))
    }

    @Test func changesThatDoNotFitAreDetected() {
        #expect(!ListChange.insert(item: abc[0], at: 0).applies(to: abc)) // id already there
        #expect(!ListChange.insert(item: item("x"), at: 4).applies(to: abc))
        #expect(!ListChange.insert(item: item("x"), at: -1).applies(to: abc))
        #expect(!ListChange.remove(item: abc[0], at: 1).applies(to: abc)) // wrong position
        #expect(!ListChange.remove(item: item("a", 11), at: 0).applies(to: abc)) // changed since
        #expect(!ListChange.remove(item: abc[0], at: 3).applies(to: abc))
        #expect(!ListChange.replace(old: item("b", 11), new: abc[1]).applies(to: abc))
        #expect(!ListChange<AgendaItem>.move(id: EntityID("a"), from: 1, to: 0).applies(to: abc))
        #expect(!ListChange<AgendaItem>.move(id: EntityID("a"), from: 0, to: 3).applies(to: abc))
        #expect(!ListChange<AgendaItem>.move(id: EntityID("x"), from: 0, to: 1).applies(to: abc))
    }

    @Test func applyingAChangeThatDoesNotFitNeverCrashes() {
        var list = abc
        ListChange.insert(item: item("x"), at: 99).apply(to: &list)
        ListChange.insert(item: item("y"), at: -5).apply(to: &list)
        ListChange.remove(item: item("missing"), at: 0).apply(to: &list)
        ListChange.replace(old: item("missing"), new: item("missing")).apply(to: &list)
        ListChange<AgendaItem>.move(id: EntityID("missing"), from: 0, to: 1).apply(to: &list)
        ListChange<AgendaItem>.move(id: EntityID("b"), from: 0, to: 99).apply(to: &list)
        #expect(list.map(\.id.rawValue) == ["y", "a", "c", "x", "b"])
        #expect(Set(list.map(\.id)).count == list.count)
    }

    @Test func randomChangesAndTheirInversesRoundTrip() {
        var generator = SeededGenerator(seed: 7)
        for round in 0..<500 {
            let list = (0..<Int.random(in: 0...6, using: &generator)).map { item("i\($0)", $0) }
            var candidates: [ListChange<AgendaItem>] = [.insert(item: item("new"), at: Int.random(in: 0...list.count, using: &generator))]
            if !list.isEmpty {
                let index = Int.random(in: 0..<list.count, using: &generator)
                let to = Int.random(in: 0..<list.count, using: &generator)
                candidates += [.remove(item: list[index], at: index), .replace(old: list[index], new: item(list[index].id.rawValue, 500)),
                               .move(id: list[index].id, from: index, to: to)]
            }
            let change = candidates.randomElement(using: &generator)!
            #expect(change.applies(to: list))
            var changed = list
            change.apply(to: &changed)
            #expect(change.inverse.applies(to: changed), "round \(round): \(change)")
            change.inverse.apply(to: &changed)
            #expect(changed == list, "round \(round): \(change)")
        }
    }

    // MARK: Reducer

    @Test func reduceAppliesEventsInOrderAndRecordsTheSequence() {
        let people = WorkshopEvent.people(list: .moderators, change: .insert(item: Person(id: EntityID("m"), name: "M"), at: 0))
        let rename = WorkshopEvent.people(list: .moderators, change: .replace(old: Person(id: EntityID("m"), name: "M"),
                                                                              new: Person(id: EntityID("m"), name: "N")))
        let record = EventRecord(sequence: 7, time: Date(timeIntervalSince1970: 0), author: "t", kind: .change,
                                 events: [people, rename, .agenda(change: .insert(item: abc[0], at: 0))])
        let state = WorkshopReducer.reduce(WorkshopState(), record)
        #expect(state.lastSequence == 7)
        #expect(state.workshop.moderators == [Person(id: EntityID("m"), name: "N")])
        #expect(state.workshop.participants.isEmpty)
        #expect(state.workshop.agenda == [abc[0]])
        #expect(state.history.undoable.map(\.sequence) == [7])
        #expect(state.history.undoable.first?.events == record.events)
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func replayIsDeterministic(seed: UInt64) {
        let session = randomSession(seed: seed, count: 300)
        #expect(session.records.count > 100, "too few commands were allowed")
        let first = WorkshopReducer.replay(session.records)
        let second = WorkshopReducer.replay(session.records)
        #expect(first == second)
        #expect(first == session.state)
        // Replaying in two parts, as after a snapshot, gives the same state.
        let middle = session.records.count / 2
        let resumed = WorkshopReducer.replay(Array(session.records[middle...]),
                                             from: WorkshopReducer.replay(Array(session.records[..<middle])))
        #expect(resumed == session.state)
        // Every decided event fitted the state it was applied to.
        var state = WorkshopState()
        for record in session.records {
            var scratch = state.workshop
            for event in record.events {
                #expect(event.applies(to: scratch), "record \(record.sequence): \(event)")
                WorkshopReducer.apply(event, to: &scratch)
            }
            state = WorkshopReducer.reduce(state, record)
        }
    }

    @Test func randomSessionsKeepNamesUniqueAndValid() {
        let session = randomSession(seed: 99, count: 400)
        for list in PersonList.allCases {
            let names = session.workshop.people(list).map { $0.name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
            #expect(Set(names).count == names.count, "\(list): \(names)")
        }
        #expect(session.workshop.agenda.allSatisfy { (0...AgendaRules.maximumMinutes).contains($0.plannedMinutes) })
        #expect(Set(session.workshop.agenda.map(\.id)).count == session.workshop.agenda.count)
    }

    @Test func undoingEverythingReturnsToTheStart() throws {
        var generator = SeededGenerator(seed: 11)
        var session = Session(Workshop(info: WorkshopInfo(title: "Start", date: "", place: ""), agenda: abc))
        let start = session.workshop
        var snapshots: [Workshop] = []
        while snapshots.count < 40 {
            let command = randomCommand(in: session.workshop, using: &generator)
            if command == .undo || command == .redo { continue }
            let before = session.workshop
            if (try? session.run(command)) != nil { snapshots.append(before) }
        }
        let afterAll = session.workshop
        for expected in snapshots.reversed() {
            try session.run(.undo)
            #expect(session.workshop == expected)
        }
        #expect(session.workshop == start)
        #expect(throws: CommandError.nothingToUndo) { try session.run(.undo) }
        for _ in snapshots { try session.run(.redo) }
        #expect(session.workshop == afterAll)
        #expect(throws: CommandError.nothingToRedo) { try session.run(.redo) }
    }

    // MARK: Undo history

    @Test func historyIsDerivedFromTheRecords() throws {
        var session = Session()
        #expect(session.state.history.undoable.isEmpty)
        let a = try #require(try session.run(.addPerson(list: .participants, name: "A", organisation: "")))
        let b = try #require(try session.run(.addPerson(list: .participants, name: "B", organisation: "")))
        let c = try #require(try session.run(.addAgendaItem(title: "C", kind: .swot, minutes: 5)))
        #expect(session.state.history.undoable.map(\.sequence) == [a.sequence, b.sequence, c.sequence])
        #expect(session.state.history.undoable.last?.events == c.events)

        try session.run(.undo)
        try session.run(.undo)
        #expect(session.state.history.undoable.map(\.sequence) == [a.sequence])
        #expect(session.state.history.redoable.map(\.sequence) == [c.sequence, b.sequence])

        try session.run(.redo)
        #expect(session.state.history.undoable.map(\.sequence) == [a.sequence, b.sequence])
        #expect(session.state.history.redoable.map(\.sequence) == [c.sequence])

        let d = try #require(try session.run(.editInfo(title: "D", date: "", place: "")))
        #expect(session.state.history.undoable.map(\.sequence) == [a.sequence, b.sequence, d.sequence])
        #expect(session.state.history.redoable.isEmpty)

        // The same history comes out of a replay of the records alone.
        #expect(WorkshopReducer.replay(session.records).history == session.state.history)
    }

    @Test func creationIsNotUndoable() {
        let session = Session(Workshop(info: WorkshopInfo(title: "T", date: "", place: ""), agenda: abc))
        #expect(session.state.history.undoable.isEmpty)
        #expect(session.state.lastSequence == 1)
        #expect(session.workshop.agenda == abc)
    }

    @Test func historyKeepsOnlyTheNewestSteps() throws {
        var session = Session()
        let total = UndoHistory.depth + 5
        for index in 0..<total {
            try session.run(.editInfo(title: "Titel \(index)", date: "", place: ""))
        }
        let history = session.state.history
        #expect(history.undoable.count == UndoHistory.depth)
        #expect(history.undoable.first?.sequence == Int64(2 + total - UndoHistory.depth))
        #expect(history.undoable.last?.sequence == session.state.lastSequence)
        for _ in 0..<UndoHistory.depth { try session.run(.undo) }
        #expect(session.workshop.info.title == "Titel 4")
        #expect(throws: CommandError.nothingToUndo) { try session.run(.undo) }
    }
}
