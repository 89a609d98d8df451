import Foundation

/// A stable identifier of anything in a workshop (person, agenda item, card, …).
///
/// Identifiers are chosen when a command is decided and travel inside the events, so
/// replaying the log always produces the same identifiers.
public struct EntityID: Hashable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// A fresh random identifier.
    public static func random() -> EntityID { EntityID(UUID().uuidString.lowercased()) }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
}
