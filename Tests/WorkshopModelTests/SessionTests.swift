import Foundation
import Testing
import WorkshopModel

/// The projector choice and the timebox: durable, shared, and never undone by `u`.
struct SessionTests {
    private func session() throws -> (Session, AgendaItem) {
        let item = AgendaItem(id: EntityID("a1"), title: "Thementische", kind: .themeTables, plannedMinutes: 60)
        var session = Session(Workshop(info: WorkshopInfo(title: "T", date: "", place: ""), agenda: [item]))
        try session.run(.addPerson(list: .participants, name: "Anna Groß", organisation: ""))
        return (session, item)
    }

    @Test func theCountdownCountsPausesAndAddedMinutes() throws {
        var (session, item) = try session()
        let start = Date(timeIntervalSince1970: 1000)
        try session.run(.session(.startTimer(itemID: item.id, at: start)))
        var timer = try #require(session.workshop.timer)
        #expect(timer.remaining(at: start.addingTimeInterval(600), plannedMinutes: 60) == 3000)
        try session.run(.session(.pauseTimer(at: start.addingTimeInterval(600))))
        timer = try #require(session.workshop.timer)
        // Paused: the clock stands still.
        #expect(timer.remaining(at: start.addingTimeInterval(900), plannedMinutes: 60) == 3000)
        try session.run(.session(.resumeTimer(at: start.addingTimeInterval(900))))
        try session.run(.session(.addMinutes(1)))
        timer = try #require(session.workshop.timer)
        #expect(timer.remaining(at: start.addingTimeInterval(960), plannedMinutes: 60) == 3000)
        // Over time the remaining seconds are negative and read "−0:35".
        let over = timer.remaining(at: start.addingTimeInterval(300 + 3660 + 35), plannedMinutes: 60)
        #expect(over == -35)
        #expect(CountdownText.format(over) == "−0:35")
        #expect(CountdownText.format(3000) == "50:00")
        #expect(CountdownText.format(3 * 3600 + 61) == "3:01:01")
    }

    @Test func sessionRecordsAreNotUndoneByU() throws {
        var (session, item) = try session()
        try session.run(.session(.startTimer(itemID: item.id, at: Date())))
        try session.run(.session(.project(.timer)))
        #expect(session.records.suffix(2).allSatisfy { $0.kind == .session })
        // `u` takes back the last content change (the participant), not the timer or the projector.
        try session.run(.undo)
        #expect(session.workshop.participants.isEmpty)
        #expect(session.workshop.timer != nil)
        #expect(session.workshop.projection == .timer)
    }

    @Test func withoutATimerThePauseSaysHowToStartOne() throws {
        var (session, _) = try session()
        expectCommandError(.noTimer) { _ = try session.run(.session(.pauseTimer(at: Date()))) }
        expectCommandError(.unknownItem) { _ = try session.run(.session(.startTimer(itemID: EntityID("x"), at: Date()))) }
        #expect(CommandError.noTimer.message(in: .de).contains("t drücken"))
    }

    @Test func aProjectionOfARemovedItemFallsBackToTheTitle() throws {
        var workshop = DemoWorkshop.kickOff
        workshop.projection = .board(workshop.boards[0].id, from: 2)
        #expect(workshop.effectiveProjection == .board(workshop.boards[0].id, from: 2))
        workshop.boards.removeFirst()
        #expect(workshop.effectiveProjection == .title)
        workshop.projection = .profile(EntityID("gone"), from: 0)
        #expect(workshop.effectiveProjection == .title)
    }

    @Test func aDeletedWorkshopFileIsReportedAndNothingIsWrittenIntoIt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        let store = try WorkshopStore.create(at: path, content: DemoWorkshop.kickOff)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        #expect(throws: StoreError.vanished(path: path)) { try store.refresh() }
        #expect(throws: StoreError.vanished(path: path)) {
            try store.execute(.addPerson(list: .participants, name: "Neu", organisation: ""))
        }
        #expect(StoreError.vanished(path: path).message(in: .de).contains("nicht mehr da"))
    }
}

/// An export never replaces a workshop file, and a workshop file replaced under its name is noticed.
struct WorkshopFileProtectionTests {
    @Test func anExportOntoTheWorkshopFileIsRefusedAndTheFileStays() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        let store = try WorkshopStore.create(at: path, content: DemoWorkshop.kickOff)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let exporter = ProtocolExporter(workshop: store.state.workshop, language: .de)
        #expect(throws: ExportError.cannotWrite(path: path, problem: .isWorkshop)) { try exporter.write(.markdown, to: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(ExportError.cannotWrite(path: path, problem: .isWorkshop).message(in: .de).contains("Workshopdatei"))

        // Replaced by another file under the same name: nothing more is written into the old one.
        try FileManager.default.removeItem(atPath: path)
        try Data("kein Workshop".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.vanished(path: path)) {
            try store.execute(.addPerson(list: .participants, name: "Neu", organisation: ""))
        }
    }
}
