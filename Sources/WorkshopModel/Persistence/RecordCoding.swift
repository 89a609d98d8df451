import Foundation
import GRDB

/// Turns stored rows into records and back, upgrading old schema versions on read.
enum RecordCoding {
    static func encodeEvents(_ events: [WorkshopEvent]) throws -> String {
        String(decoding: try JSONEncoder.workshop.encode(events), as: UTF8.self)
    }

    /// Decodes a stored record; a record of a newer schema is refused, one whose kind or
    /// events do not decode is reported as unreadable.
    static func decode(_ stored: StoredRecord, path: String) throws -> EventRecord {
        guard stored.schemaVersion <= EventRecord.currentSchemaVersion else {
            throw StoreError.newerSchema(path: path, found: stored.schemaVersion, supported: EventRecord.currentSchemaVersion)
        }
        guard let kind = RecordKind(rawValue: stored.kind),
              let events = try? JSONDecoder.workshop.decode([WorkshopEvent].self, from: Data(stored.events.utf8)) else {
            throw StoreError.integrity(path: path, problem: .recordUnreadable(sequence: stored.sequence))
        }
        return EventRecord(sequence: stored.sequence, schemaVersion: stored.schemaVersion,
                           time: Date(timeIntervalSince1970: stored.time), author: stored.author,
                           kind: kind, target: stored.target, events: events)
    }
}

extension JSONEncoder {
    /// The encoder for stored events, snapshots and exports: stable key order, ISO dates.
    static var workshop: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}

extension JSONDecoder {
    /// The decoder matching ``JSONEncoder/workshop``.
    static var workshop: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
