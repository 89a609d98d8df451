import Foundation

/// `allianz-tui recover FILE --out NEW`: saves what is intact of a damaged workshop file into
/// a new one and says what was lost. The damaged file is only read.
///
/// The new log holds, in this order:
/// 1. the intact records from the beginning up to the first broken one, unchanged (same
///    numbers, times, authors and checksums);
/// 2. when the newest intact snapshot lies at or after that first broken record: one
///    creation record that turns the state so far into the snapshot's content (the steps in
///    between are lost as steps, their content is kept);
/// 3. every later intact record whose events still apply to the state at that point, in
///    order and renumbered (undo and redo point to the renumbered record; one that points
///    to a record not taken over is left out).
/// Then a fresh snapshot of the result is written when the new file is closed.
public struct WorkshopRecovery: Sendable {
    /// Records of the damaged file that are not in the new one as steps.
    public struct Loss: Sendable, Equatable {
        /// First and last sequence number in the damaged file.
        public var from: Int64
        public var to: Int64
        /// Who wrote them, where readable.
        public var authors: [String]
        /// When the first and the last of them were written, where readable.
        public var firstTime: Date?
        public var lastTime: Date?
        /// The snapshot (its sequence number) that kept their content, if one did.
        public var keptBySnapshot: Int64?
    }

    public let source: String
    public let destination: String
    /// How many positions the damaged log has.
    public let totalRecords: Int64
    /// How many records the new file holds (0: nothing was intact, no file was written).
    public let writtenRecords: Int
    /// The last position of the damaged log that the new file's state includes.
    public let recoveredUpTo: Int64
    /// What was not taken over, oldest first.
    public let losses: [Loss]

    /// Whether any record of the damaged file is not in the new one as a step.
    public var lostAnything: Bool { !losses.isEmpty }

    /// Reads `source`, writes the new workshop file `destination` (which must not exist) and
    /// returns what was saved and lost. When nothing at all is intact, no file is written. `author` and `clock` are used for the record that
    /// takes over a snapshot.
    public static func run(from source: String, to destination: String, author: String = WorkshopStore.defaultAuthor,
                           clock: @escaping () -> Date = Date.init) throws(StoreError) -> WorkshopRecovery {
        let scan = try WorkshopScan.read(source)
        var plan = Plan()
        var slots = scan.slots[...]
        while case let .intact(record)? = slots.first {
            plan.keep(record, as: record.sequence)
            slots.removeFirst()
        }
        if let firstBroken = slots.first?.sequence,
           let snapshot = scan.snapshots.last(where: { $0.state != nil && $0.sequence >= firstBroken }),
           let content = snapshot.state?.workshop {
            let bridged = slots.prefix { $0.sequence <= snapshot.sequence }
            plan.bridge(to: content, at: snapshot.sequence, replacing: Array(bridged), author: author, time: clock())
            slots.removeFirst(bridged.count)
        }
        for slot in slots {
            if case let .intact(record) = slot, plan.applies(record) {
                plan.keep(record, as: plan.state.lastSequence + 1)
            } else {
                plan.lose(slot, keptBy: nil)
            }
        }
        if !plan.records.isEmpty {
            let store = try WorkshopStore.create(at: destination, records: plan.records, author: author, clock: clock)
            try store.close()
        }
        return WorkshopRecovery(source: source, destination: destination, totalRecords: Int64(scan.slots.count),
                                writtenRecords: plan.records.count, recoveredUpTo: plan.recoveredUpTo, losses: plan.losses)
    }

    /// The report in `language`: where it went, each loss with its records, authors and
    /// times, and a closing line.
    public func report(in language: Language) -> [String] {
        var lines = [writtenRecords == 0 ? UIText.recoverNothingIntact.format(language, source)
                     : UIText.recoverWritten.format(language, destination, writtenRecords, recoveredUpTo)]
        guard lostAnything else {
            lines.append(UIText.recoverNothingLost.format(language, totalRecords))
            return lines
        }
        for loss in losses {
            let records = loss.from == loss.to ? UIText.recoverRecord.format(language, loss.from)
                : UIText.recoverRecords.format(language, loss.from, loss.to)
            if let snapshot = loss.keptBySnapshot {
                lines.append(UIText.recoverBridged.format(language, records, snapshot))
            } else {
                lines.append(UIText.recoverLost.format(language, records, Self.origin(of: loss, in: language)))
            }
        }
        let lost = losses.reduce(Int64(0)) { $0 + $1.to - $1.from + 1 }
        lines.append(UIText.recoverSummaryLost.format(language, lost, totalRecords, source))
        return lines
    }

    /// "anna@host#pts/1, bert@host#pts/2; 2017-03-23 18:05:12 – 18:09:40"
    private static func origin(of loss: Loss, in language: Language) -> String {
        let authors = loss.authors.isEmpty ? UIText.recoverUnknownAuthor.text(language) : loss.authors.joined(separator: ", ")
        guard let first = loss.firstTime, let last = loss.lastTime else { return authors }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = language == .de ? "dd.MM.yyyy HH:mm:ss" : "yyyy-MM-dd HH:mm:ss"
        let times = first == last ? formatter.string(from: first) : formatter.string(from: first) + " – " + formatter.string(from: last)
        return authors + "; " + times
    }

    /// The new log as it is assembled.
    private struct Plan {
        var records: [EventRecord] = []
        var state = WorkshopState()
        var losses: [Loss] = []
        var recoveredUpTo: Int64 = 0
        /// Old sequence number → new one, for the targets of undo and redo.
        var renumbered: [Int64: Int64] = [:]

        /// Whether `record`'s events, and its undo or redo target, fit the state so far.
        func applies(_ record: EventRecord) -> Bool {
            if record.kind == .undo || record.kind == .redo {
                guard let target = record.target, renumbered[target] != nil else { return false }
            }
            var workshop = state.workshop
            for event in record.events {
                guard event.applies(to: workshop) else { return false }
                WorkshopReducer.apply(event, to: &workshop)
            }
            return true
        }

        mutating func keep(_ record: EventRecord, as sequence: Int64) {
            var copy = record
            copy.sequence = sequence
            copy.target = record.target.flatMap { renumbered[$0] }
            append(copy)
            renumbered[record.sequence] = sequence
            recoveredUpTo = record.sequence
        }

        /// Takes over the snapshot's `content` in one creation record, in place of `slots`.
        mutating func bridge(to content: Workshop, at snapshot: Int64, replacing slots: [WorkshopScan.Slot],
                             author: String, time: Date) {
            append(EventRecord(sequence: state.lastSequence + 1, time: time, author: author, kind: .creation,
                               events: WorkshopTemplate.transitionEvents(from: state.workshop, to: content)))
            for slot in slots { lose(slot, keptBy: snapshot) }
            recoveredUpTo = snapshot
        }

        mutating func lose(_ slot: WorkshopScan.Slot, keptBy snapshot: Int64?) {
            let origin: (author: String, time: Date)? = switch slot {
            case let .intact(record): (record.author, record.time)
            case let .broken(_, _, stored?): (stored.author, Date(timeIntervalSince1970: stored.time))
            case .broken(_, _, nil): nil
            }
            if var last = losses.last, last.to == slot.sequence - 1, last.keptBySnapshot == snapshot {
                last.to = slot.sequence
                if let origin {
                    if !last.authors.contains(origin.author) { last.authors.append(origin.author) }
                    last.firstTime = last.firstTime ?? origin.time
                    last.lastTime = origin.time
                }
                losses[losses.count - 1] = last
            } else {
                losses.append(Loss(from: slot.sequence, to: slot.sequence, authors: origin.map { [$0.author] } ?? [],
                                   firstTime: origin?.time, lastTime: origin?.time, keptBySnapshot: snapshot))
            }
        }

        private mutating func append(_ record: EventRecord) {
            records.append(record)
            WorkshopReducer.apply(record, to: &state)
        }
    }
}
