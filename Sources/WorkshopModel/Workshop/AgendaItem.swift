/// One step of the meeting: what happens, with which instrument, and for how long.
public struct AgendaItem: Identifiable, Codable, Equatable, Sendable {
    public let id: EntityID
    public var title: String
    public var kind: InstrumentKind
    /// Planned duration in minutes (0 when not planned).
    public var plannedMinutes: Int

    public init(id: EntityID, title: String, kind: InstrumentKind, plannedMinutes: Int) {
        self.id = id
        self.title = title
        self.kind = kind
        self.plannedMinutes = plannedMinutes
    }
}
