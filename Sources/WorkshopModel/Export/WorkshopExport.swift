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

    public static let currentFormatVersion = 1

    public init(state: WorkshopState) {
        format = "allianz-tui-export"
        formatVersion = Self.currentFormatVersion
        lastSequence = state.lastSequence
        workshop = state.workshop
    }

    /// Pretty-printed JSON with stable key order, UTF-8, ending in a line break.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder.workshop
        encoder.outputFormatting.insert(.prettyPrinted)
        return try encoder.encode(self) + Data("\n".utf8)
    }
}
