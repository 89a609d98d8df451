/// The cards of all boards by tag, in the shape of the report's Table 1: for each tag (e.g. a
/// change process) the tagged cards, each with the cards it links to (the visions that answer
/// a challenge). Read by the summary screen and the protocol export.
public struct CardAggregation: Sendable {
    /// A card that another card links to, with the title of its board.
    public struct Target: Sendable, Equatable {
        public let card: Card
        public let boardTitle: String
    }

    /// A tagged card and the cards it links to, in link order.
    public struct Entry: Sendable, Equatable {
        public let card: Card
        public let boardTitle: String
        public let targets: [Target]
    }

    /// One tag: how many cards carry it, and the entries to show. A tagged card that another
    /// tagged card links to is shown under that card, not again on its own.
    public struct Group: Sendable, Equatable {
        public let tag: String
        public let cardCount: Int
        public let entries: [Entry]

        /// Whether any entry links to another card.
        public var hasLinks: Bool { entries.contains { !$0.targets.isEmpty } }
    }

    /// The tags in the order they first occur on the cards.
    public let groups: [Group]

    /// Aggregates the cards of `workshop`: one pass to index the cards and the tags.
    public init(_ workshop: Workshop) {
        let cardsByID = Dictionary(workshop.cards.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let boardTitles = Dictionary(workshop.boards.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        var tags: [String] = []
        var tagged: [String: [Card]] = [:]
        for card in workshop.cards {
            for tag in card.tags {
                if tagged[tag] == nil { tags.append(tag) }
                tagged[tag, default: []].append(card)
            }
        }
        groups = tags.map { tag in
            let cards = tagged[tag] ?? []
            let linkedTo = Set(cards.flatMap(\.links))
            let entries = cards.filter { !linkedTo.contains($0.id) || !$0.links.isEmpty }.map { card in
                Entry(card: card, boardTitle: boardTitles[card.boardID] ?? "",
                      targets: card.links.compactMap { id in
                          cardsByID[id].map { Target(card: $0, boardTitle: boardTitles[$0.boardID] ?? "") }
                      })
            }
            return Group(tag: tag, cardCount: cards.count, entries: entries)
        }
    }
}
