/// The complete content of one workshop: the value every screen and export reads.
///
/// It changes only through ``WorkshopReducer`` applying events. Each instrument keeps its
/// items in flat collections here (boards, headings, cards, rounds, ratings, quick decisions,
/// materiality matrices and their topics, profiles),
/// so that every change is one small list event.
public struct Workshop: Codable, Equatable, Sendable {
    public var info: WorkshopInfo
    public var agenda: [AgendaItem]
    public var participants: [Person]
    public var moderators: [Person]
    /// Theme tables, SWOT, mind maps, strategy cards, guiding goals.
    public var boards: [Board]
    /// The headings of all boards, in display order.
    public var headings: [Heading]
    /// The cards of all boards; the order within a heading is the order here.
    public var cards: [Card]
    /// Systemic consensing rounds, with their proposals and raters.
    public var rounds: [ConsensingRound]
    /// The resistance values of all rounds, one per rater and proposal.
    public var ratings: [Rating]
    /// Shows of hands, dot votings, positionings and signature lists, in the order taken.
    public var quickDecisions: [QuickDecision]
    /// Materiality matrices, with their axes and comparison sessions.
    public var matrices: [MaterialityMatrix]
    /// The topics of all matrices; the order within a matrix is the order here.
    public var topics: [MatrixTopic]
    /// The workshop's own profile-form templates (the built-in ones are not stored).
    public var profileTemplates: [ProfileTemplate]
    /// Profile forms (Steckbriefe): the project-idea catalog and the real-world labs.
    public var profiles: [Profile]
    /// The rough assessment grid the profiles are rated with.
    public var assessmentGrid: AssessmentGrid
    /// What the projector shows.
    public var projection: Projection
    /// The countdown of the current agenda item, if one runs.
    public var timer: AgendaTimer?

    public init(info: WorkshopInfo, agenda: [AgendaItem] = [], participants: [Person] = [], moderators: [Person] = [],
                boards: [Board] = [], headings: [Heading] = [], cards: [Card] = [],
                rounds: [ConsensingRound] = [], ratings: [Rating] = [], quickDecisions: [QuickDecision] = [],
                matrices: [MaterialityMatrix] = [], topics: [MatrixTopic] = [],
                profileTemplates: [ProfileTemplate] = [], profiles: [Profile] = [],
                assessmentGrid: AssessmentGrid = .standard, projection: Projection = .title, timer: AgendaTimer? = nil) {
        self.info = info
        self.agenda = agenda
        self.participants = participants
        self.moderators = moderators
        self.boards = boards
        self.headings = headings
        self.cards = cards
        self.rounds = rounds
        self.ratings = ratings
        self.quickDecisions = quickDecisions
        self.matrices = matrices
        self.topics = topics
        self.profileTemplates = profileTemplates
        self.profiles = profiles
        self.assessmentGrid = assessmentGrid
        self.projection = projection
        self.timer = timer
    }

    private enum CodingKeys: String, CodingKey {
        case info, agenda, participants, moderators, boards, headings, cards, rounds, ratings, quickDecisions
        case matrices, topics, profileTemplates, profiles, assessmentGrid, projection, timer
    }

    /// Decodes a workshop; collections added in later versions default to empty, so older
    /// snapshots and exports still read.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        info = try container.decode(WorkshopInfo.self, forKey: .info)
        agenda = try container.decodeIfPresent([AgendaItem].self, forKey: .agenda) ?? []
        participants = try container.decodeIfPresent([Person].self, forKey: .participants) ?? []
        moderators = try container.decodeIfPresent([Person].self, forKey: .moderators) ?? []
        boards = try container.decodeIfPresent([Board].self, forKey: .boards) ?? []
        headings = try container.decodeIfPresent([Heading].self, forKey: .headings) ?? []
        cards = try container.decodeIfPresent([Card].self, forKey: .cards) ?? []
        rounds = try container.decodeIfPresent([ConsensingRound].self, forKey: .rounds) ?? []
        ratings = try container.decodeIfPresent([Rating].self, forKey: .ratings) ?? []
        quickDecisions = try container.decodeIfPresent([QuickDecision].self, forKey: .quickDecisions) ?? []
        matrices = try container.decodeIfPresent([MaterialityMatrix].self, forKey: .matrices) ?? []
        topics = try container.decodeIfPresent([MatrixTopic].self, forKey: .topics) ?? []
        profileTemplates = try container.decodeIfPresent([ProfileTemplate].self, forKey: .profileTemplates) ?? []
        profiles = try container.decodeIfPresent([Profile].self, forKey: .profiles) ?? []
        assessmentGrid = try container.decodeIfPresent(AssessmentGrid.self, forKey: .assessmentGrid) ?? .standard
        projection = try container.decodeIfPresent(Projection.self, forKey: .projection) ?? .title
        timer = try container.decodeIfPresent(AgendaTimer.self, forKey: .timer)
    }

    /// An empty workshop, the state before the first event.
    public static let blank = Workshop(info: WorkshopInfo(title: "", date: "", place: ""))

    /// The people of one list.
    public func people(_ list: PersonList) -> [Person] {
        switch list {
        case .participants: participants
        case .moderators: moderators
        }
    }

    /// How many things the instrument of an agenda item holds: cards on its boards, the
    /// consensing rounds, or the topics of all materiality matrices. Instruments without
    /// content of their own yet hold nothing.
    public func itemCount(for kind: InstrumentKind) -> Int {
        if kind == .consensing { return rounds.count }
        if kind == .materiality { return topics.count }
        if kind == .profileForms { return profiles.count }
        let boardKinds = kind.boardKinds
        guard !boardKinds.isEmpty else { return 0 }
        let boardIDs = Set(boards.filter { boardKinds.contains($0.kind) }.map(\.id))
        return cards.reduce(0) { $0 + (boardIDs.contains($1.boardID) ? 1 : 0) }
    }
}
