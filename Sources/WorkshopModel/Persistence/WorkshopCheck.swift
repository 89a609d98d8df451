/// `allianz-tui check FILE`: verifies a whole workshop file without changing it — SQLite's
/// `integrity_check`, the header, every record against its checksum and its predecessor (the
/// hash chain), and every snapshot against its checksum and against the state that replaying
/// the log up to it gives.
public struct WorkshopCheck: Sendable {
    public let path: String
    /// Whether the file has checksums; a file of format 1 can only be checked for readability.
    public let isHashed: Bool
    /// How many positions the log has (the last record's sequence number).
    public let recordCount: Int64
    /// Everything found wrong, in file order; empty when the file is sound.
    public let problems: [IntegrityProblem]
    /// The newest snapshot that matched its checksum and the replayed log.
    public let matchingSnapshot: Int64?

    /// Whether nothing was found wrong.
    public var isSound: Bool { problems.isEmpty }

    /// Checks the file at `path`. Throws only when it cannot be checked at all (missing, not
    /// a workshop, of a newer format, unreadable for SQLite).
    public static func run(path: String) throws(StoreError) -> WorkshopCheck {
        let scan = try WorkshopScan.read(path)
        var problems = scan.databaseProblems
        for slot in scan.slots {
            guard case let .broken(sequence, problem, _) = slot else { continue }
            // Neighbouring missing records are one finding.
            if case let .recordsMissing(_, to) = problem, case let .recordsMissing(start, end)? = problems.last, end == sequence - 1 {
                problems[problems.count - 1] = .recordsMissing(from: start, to: to)
            } else {
                problems.append(problem)
            }
        }
        if scan.slots.isEmpty { problems.append(.noRecords) }

        // Replay the intact beginning of the log and compare each snapshot it reaches.
        var matching: Int64?
        var state = WorkshopState()
        var intactRecords = scan.slots.lazy.prefix { if case .intact = $0 { true } else { false } }.makeIterator()
        for snapshot in scan.snapshots {
            if let problem = snapshot.problem { problems.append(problem) }
            guard let stored = snapshot.state else { continue }
            while state.lastSequence < snapshot.sequence, case let .intact(record)? = intactRecords.next() {
                WorkshopReducer.apply(record, to: &state)
            }
            guard state.lastSequence == snapshot.sequence else { continue } // a broken record lies before it
            if stored == state {
                matching = snapshot.sequence
            } else {
                problems.append(.snapshotDiffers(sequence: snapshot.sequence))
            }
        }
        return WorkshopCheck(path: path, isHashed: scan.isHashed, recordCount: Int64(scan.slots.count),
                             problems: problems, matchingSnapshot: matching)
    }

    /// The report, one line per finding and a closing verdict, in `language`.
    public func report(in language: Language) -> [String] {
        var lines: [String] = isHashed ? [] : [UIText.checkNoChecksums.format(language, path)]
        lines += problems.map { "✗ " + $0.message(in: language) }
        if isSound {
            let snapshot = matchingSnapshot.map { UIText.checkSnapshotMatches.format(language, $0) }
                ?? UIText.checkNoSnapshot.text(language)
            lines.append((isHashed ? UIText.checkSound : .checkSoundUnhashed).format(language, path, recordCount, snapshot))
        } else {
            lines.append(UIText.checkDamaged.format(language, path, problems.count))
        }
        return lines
    }
}
