/// One board read for display: its headings in order, each with its cards in display order
/// (a round card followed by the cards grouped under it).
public struct BoardContent: Sendable {
    /// A card in display order, with its grouping depth (1 for a member of a round card).
    public struct Entry: Sendable, Equatable {
        public let card: Card
        public let depth: Int

        public init(card: Card, depth: Int) {
            self.card = card
            self.depth = depth
        }
    }

    /// A heading with its cards.
    public struct Column: Sendable {
        public let heading: Heading
        public let entries: [Entry]
    }

    public let board: Board
    public let columns: [Column]

    /// Reads `board` from `workshop`: one pass over the workshop's headings and cards.
    public init(board: Board, in workshop: Workshop) {
        self.board = board
        var cardsByHeading: [EntityID: [Card]] = [:]
        for card in workshop.cards where card.boardID == board.id {
            cardsByHeading[card.headingID, default: []].append(card)
        }
        columns = workshop.headings.filter { $0.boardID == board.id }.map { heading in
            Column(heading: heading, entries: Self.displayOrder(cardsByHeading[heading.id] ?? []))
        }
    }

    /// Number of cards on the board.
    public var cardCount: Int { columns.reduce(0) { $0 + $1.entries.count } }

    /// Round cards first in their place, each followed by its members; members of a
    /// missing round card stand on their own.
    private static func displayOrder(_ cards: [Card]) -> [Entry] {
        let clusterIDs = Set(cards.filter(\.isCluster).map(\.id))
        var members: [EntityID: [Card]] = [:]
        for card in cards {
            if let cluster = card.clusterID, clusterIDs.contains(cluster) { members[cluster, default: []].append(card) }
        }
        var entries: [Entry] = []
        for card in cards {
            if let cluster = card.clusterID, clusterIDs.contains(cluster) { continue }
            entries.append(Entry(card: card, depth: 0))
            entries += (members[card.id] ?? []).map { Entry(card: $0, depth: 1) }
        }
        return entries
    }
}
