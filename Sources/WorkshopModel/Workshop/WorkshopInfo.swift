/// The header facts of a workshop: what, when, where.
public struct WorkshopInfo: Codable, Equatable, Sendable {
    public var title: String
    /// The meeting date as the organisers write it (ISO `2017-03-23`).
    public var date: String
    public var place: String

    public init(title: String, date: String, place: String) {
        self.title = title
        self.date = date
        self.place = place
    }
}
