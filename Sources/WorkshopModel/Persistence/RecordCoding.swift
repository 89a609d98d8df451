import Foundation
import GRDB

/// Turns stored rows into records and back, upgrading old schema versions on read.
enum RecordCoding {
    static func encodeEvents(_ events: [WorkshopEvent]) throws -> String {
        String(decoding: try JSONEncoder.workshop.encode(events), as: UTF8.self)
    }

    static func decode(_ row: Row, path: String) throws -> EventRecord {
        let sequence: Int64 = row["sequence"]
        let version: Int = row["schemaVersion"]
        guard version <= EventRecord.currentSchemaVersion else {
            throw StoreError.newerSchema(path: path, found: version, supported: EventRecord.currentSchemaVersion)
        }
        guard let kind = RecordKind(rawValue: row["kind"]) else {
            throw StoreError.damaged(path: path, detail: "record \(sequence): kind")
        }
        let events: [WorkshopEvent]
        do {
            events = try JSONDecoder.workshop.decode([WorkshopEvent].self, from: Data((row["events"] as String).utf8))
        } catch {
            throw StoreError.damaged(path: path, detail: "record \(sequence): events")
        }
        return EventRecord(sequence: sequence, schemaVersion: version,
                           time: Date(timeIntervalSince1970: row["time"]), author: row["author"],
                           kind: kind, target: row["target"], events: events)
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
