import Foundation
import Testing
import WorkshopModel


/// Hands out predictable identifiers (`id-1`, `id-2`, …) for `CommandDecider.decide(makeID:)`.
final class IDSequence {
    private var next = 0
    private let prefix: String

    init(prefix: String = "id") { self.prefix = prefix }

    func make() -> EntityID {
        next += 1
        return EntityID("\(prefix)-\(next)")
    }
}

/// Decides commands and applies the resulting records, keeping the log like the store does.
struct Session {
    var state: WorkshopState
    var records: [EventRecord] = []
    let ids = IDSequence()

    /// Starts from a creation record that builds `workshop` from nothing.
    init(_ workshop: Workshop = Workshop(info: WorkshopInfo(title: "Test", date: "", place: ""))) {
        var events: [WorkshopEvent] = [.info(old: Workshop.blank.info, new: workshop.info)]
        events += workshop.agenda.enumerated().map { .agenda(change: .insert(item: $1, at: $0)) }
        for list in PersonList.allCases {
            events += workshop.people(list).enumerated().map { .people(list: list, change: .insert(item: $1, at: $0)) }
        }
        let creation = EventRecord(sequence: 1, time: Date(timeIntervalSince1970: 0), author: "test",
                                   kind: .creation, events: events)
        records = [creation]
        state = WorkshopReducer.reduce(WorkshopState(), creation)
    }

    /// Decides `command`; when it changes something, appends and applies its record.
    @discardableResult
    mutating func run(_ command: WorkshopCommand) throws(CommandError) -> EventRecord? {
        guard let decision = try CommandDecider.decide(command, in: state, makeID: ids.make) else { return nil }
        let record = EventRecord(sequence: state.lastSequence + 1, time: Date(timeIntervalSince1970: Double(records.count)),
                                 author: "test", kind: decision.kind, target: decision.target, events: decision.events)
        records.append(record)
        state = WorkshopReducer.reduce(state, record)
        return record
    }

    var workshop: Workshop { state.workshop }
}

/// Expects `body` to throw exactly `expected`.
func expectCommandError(_ expected: CommandError, sourceLocation: SourceLocation = #_sourceLocation,
                        _ body: () throws -> Void) {
    do {
        try body()
        Issue.record("expected \(expected), but nothing was thrown", sourceLocation: sourceLocation)
    } catch {
        #expect(error as? CommandError == expected, sourceLocation: sourceLocation)
    }
}

/// A fresh, empty directory under the system's temporary directory, removed by `cleanup()`.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("allianz-tui-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func cleanup() { try? FileManager.default.removeItem(at: url) }
}

/// Executes `command` and returns the store's refusal, or nil when it was saved.
func executeError(_ store: WorkshopStore, _ command: WorkshopCommand) -> StoreError? {
    do {
        try store.execute(command)
        return nil
    } catch {
        return error
    }
}
