import Testing
import WorkshopModel

/// Several participants at once: one per line, checked line by line, added in one step.
@Suite struct PeopleAtOnceTests {
    private func session() -> Session {
        Session(Workshop(info: WorkshopInfo(title: "Test", date: "", place: ""),
                         participants: [Person(id: EntityID("p1"), name: "Sabine Kötter", organisation: "HWK")]))
    }

    @Test func linesAreReadAsNameAndOrganisation() {
        let text = "Jürgen Weiß – IHK Nord Westfalen\n\n  Lena Schäfer - HRW  \nKlaus-Peter Rühl; Einzelhandel\nElif Demir\n"
        #expect(PersonLines.parse(text, organisation: "Stadt Bottrop") == [
            PersonLine(number: 1, name: "Jürgen Weiß", organisation: "IHK Nord Westfalen"),
            PersonLine(number: 3, name: "Lena Schäfer", organisation: "HRW"),
            PersonLine(number: 4, name: "Klaus-Peter Rühl", organisation: "Einzelhandel"),
            PersonLine(number: 5, name: "Elif Demir", organisation: "Stadt Bottrop"),
        ])
    }

    @Test func allLinesAreAddedInOneUndoableStep() throws {
        var session = session()
        let lines = PersonLines.parse("Jürgen Weiß – IHK\nLena Schäfer – HRW\nElif Demir")
        let record = try #require(try session.run(.addPeople(list: .participants, lines: lines)))
        #expect(record.events.count == 3)
        #expect(session.workshop.participants.map(\.name) == ["Sabine Kötter", "Jürgen Weiß", "Lena Schäfer", "Elif Demir"])
        #expect(session.workshop.participants[1].organisation == "IHK")
        #expect(session.workshop.participants[3].organisation == nil)
        try session.run(.undo)
        #expect(session.workshop.participants.map(\.name) == ["Sabine Kötter"])
    }

    @Test func badLinesAreReportedWithTheirNumbersAndNothingIsAdded() throws {
        var session = session()
        let long = String(repeating: "x", count: TextFieldKind.personName.limit + 1)
        let lines = PersonLines.parse("Jürgen Weiß\nsabine kötter – HWK\n – nur Organisation\n\(long)\njürgen weiß")
        expectCommandError(.badLines([
            LineProblem(line: 2, error: .duplicatePerson(name: "sabine kötter", list: .participants)),
            LineProblem(line: 3, error: .emptyText(.personName)),
            LineProblem(line: 4, error: .textTooLong(.personName, limit: TextFieldKind.personName.limit, length: long.count)),
            LineProblem(line: 5, error: .duplicatePerson(name: "jürgen weiß", list: .participants)),
        ])) { try session.run(.addPeople(list: .participants, lines: lines)) }
        #expect(session.workshop.participants.count == 1)
        let message = CommandError.badLines([LineProblem(line: 3, error: .emptyText(.personName))]).message(in: .de)
        #expect(message.hasPrefix("Nichts hinzugefügt – 1 Zeile(n) gehen so nicht: Zeile 3: „Name“ ist leer."))
    }

    @Test func aSingleLineIsRefusedWithItsOwnReason() {
        var session = session()
        expectCommandError(.duplicatePerson(name: "Sabine Kötter", list: .participants)) {
            try session.run(.addPeople(list: .participants, lines: PersonLines.parse("Sabine Kötter")))
        }
        expectCommandError(.emptyText(.personName)) { try session.run(.addPeople(list: .participants, lines: [])) }
    }
}
