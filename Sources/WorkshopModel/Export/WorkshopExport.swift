import Foundation

/// The complete state of a workshop as JSON (`allianz-tui export FILE --format json`).
/// The schema is documented in `docs/export-json.md`.
public struct WorkshopExport: Codable, Equatable, Sendable {
    /// Always "allianz-tui-export".
    public var format: String
    /// Version of this JSON shape.
    public var formatVersion: Int
    /// Sequence number of the last record included.
    public var lastSequence: Int64
    public var workshop: Workshop
    /// The tally of every consensing round (the frozen result of a closed round), in round order.
    public var consensingResults: [RoundResult]

    /// Every materiality matrix's topics ranked: the top-right quadrant first (the prioritised
    /// topics), within it by position.
    public var priorityLists: [PriorityList]

    /// One matrix's ranked topics and how many of them are prioritised (top right).
    public struct PriorityList: Codable, Equatable, Sendable {
        public var matrixID: EntityID
        public var title: String
        public var prioritisedCount: Int
        public var topics: [MatrixTopic]
    }

    /// A round's question and its result with ranks, for readers that do not tally themselves.
    public struct RoundResult: Codable, Equatable, Sendable {
        public var roundID: EntityID
        public var question: String
        public var status: RoundStatus
        public var result: ConsensingResult
    }

    public static let currentFormatVersion = 1

    public init(state: WorkshopState) {
        format = "allianz-tui-export"
        formatVersion = Self.currentFormatVersion
        lastSequence = state.lastSequence
        workshop = state.workshop
        priorityLists = state.workshop.matrices.map { matrix in
            let ranked = state.workshop.priorityList(of: matrix.id)
            return PriorityList(matrixID: matrix.id, title: matrix.title,
                                prioritisedCount: state.workshop.prioritisedTopics(of: matrix.id).count, topics: ranked)
        }
        consensingResults = state.workshop.rounds.map { round in
            RoundResult(roundID: round.id, question: round.question, status: round.status,
                        result: state.workshop.result(for: round))
        }
    }

    /// Pretty-printed JSON with stable key order, UTF-8, ending in a line break.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder.workshop
        encoder.outputFormatting.insert(.prettyPrinted)
        return try encoder.encode(self) + Data("\n".utf8)
    }
}
