/// The complete content of one workshop: the value every screen and export reads.
///
/// It changes only through ``WorkshopReducer`` applying events; later instruments add their
/// collections here (boards, matrices, rounds, profiles).
public struct Workshop: Codable, Equatable, Sendable {
    public var info: WorkshopInfo
    public var agenda: [AgendaItem]
    public var participants: [Person]
    public var moderators: [Person]

    public init(info: WorkshopInfo, agenda: [AgendaItem] = [], participants: [Person] = [], moderators: [Person] = []) {
        self.info = info
        self.agenda = agenda
        self.participants = participants
        self.moderators = moderators
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
}
