import Foundation
import Testing
@testable import WorkshopModel

/// What verifying the checksums costs when opening: the same files opened read-only with
/// checksums (format 2) and without (format 1), and `check`. Prints its figures for
/// docs/reliability.md and asserts nothing about time. The number of cards is
/// `ALLIANZ_INTEGRITY_CARDS` (default 1,000; the documented figures use 10,000).
@Suite struct IntegrityCostTests {
    private static let cards = Int(ProcessInfo.processInfo.environment["ALLIANZ_INTEGRITY_CARDS"] ?? "") ?? 1000

    /// The demo and one card record per card on the demo's first heading.
    private func records(cards: Int) throws -> [EventRecord] {
        var state = WorkshopState()
        var records: [EventRecord] = []
        func append(_ kind: RecordKind, _ events: [WorkshopEvent]) {
            let record = EventRecord(sequence: state.lastSequence + 1, time: Date(timeIntervalSince1970: 1_490_292_000 + Double(records.count)),
                                     author: "bench@host#pts/1", kind: kind, events: events)
            records.append(record)
            state = WorkshopReducer.reduce(state, record)
        }
        append(.creation, WorkshopTemplate.creationEvents(for: DemoWorkshop.kickOff))
        let heading = try #require(state.workshop.headings.first)
        for index in 0..<cards {
            let decision = try #require(try CommandDecider.decide(
                .board(.addCard(headingID: heading.id, text: "Karte \(index) mit etwas Text", author: "", tags: "",
                                isPrepared: false, isCluster: false)), in: state))
            append(decision.kind, decision.events)
        }
        return records
    }

    /// The median of five runs of `body`, in milliseconds.
    private func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        return times.sorted()[2]
    }

    private func openTime(_ path: String) throws -> Double {
        try milliseconds { try WorkshopStore.open(at: path, readOnly: true).close() }
    }

    @Test func openingWithAndWithoutVerification() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let all = try records(cards: Self.cards)
        var lines: [String] = []
        for (name, records, snapshot) in [("demo", Array(all.prefix(1)), true),
                                          ("\(Self.cards) cards, snapshot at the end", all, true),
                                          ("\(Self.cards) cards, no snapshot (whole log replayed)", all, false)] {
            let hashed = directory.path("\(lines.count)-hashed.allianz")
            let store = try WorkshopStore.create(at: hashed, records: records, author: "bench", clock: Date.init)
            if snapshot { try store.close() }
            let plain = directory.path("\(lines.count)-plain.allianz")
            try FileManager.default.copyItem(atPath: hashed, toPath: plain)
            try makeFormatOne(plain)
            let verified = try openTime(hashed)
            let unverified = try openTime(plain)
            #expect(try WorkshopCheck.run(path: hashed).isSound)
            let check = try milliseconds { _ = try WorkshopCheck.run(path: hashed) }
            let size = try FileManager.default.attributesOfItem(atPath: hashed)[.size] as? Int ?? 0
            func format(_ value: Double) -> String { String(format: "%.1f", value) }
            lines.append("\(name) (\(records.count) records, \(format(Double(size) / 1_000_000)) MB): open \(format(verified)) ms "
                         + "with checksums, \(format(unverified)) ms without; check \(format(check)) ms")
        }
        print("Integrity cost:\n" + lines.joined(separator: "\n"))
    }
}
