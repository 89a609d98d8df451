import GRDB

/// The tables and columns this version reads from a workshop file. A file whose header
/// carries the workshop mark but lacks one of them (written by hand, by another program that
/// reused the mark, or damaged) is refused with ``StoreError/unknownStructure(path:missing:)``
/// before any query could fail with SQLite's "no such column".
enum FileStructure {
    /// Every table with the columns that are read from it.
    static let required: [(table: String, columns: [String])] = [
        ("record", ["sequence", "schemaVersion", "time", "author", "kind", "target", "events"]),
        ("snapshot", ["sequence", "schemaVersion", "state"]),
    ]

    /// Throws ``StoreError/unknownStructure(path:missing:)`` naming the first table or
    /// column of ``required`` that `db` lacks.
    static func verify(_ db: Database, path: String) throws {
        for (table, columns) in required {
            guard try db.tableExists(table) else { throw StoreError.unknownStructure(path: path, missing: table) }
            let present = Set(try db.columns(in: table).map(\.name))
            if let column = columns.first(where: { !present.contains($0) }) {
                throw StoreError.unknownStructure(path: path, missing: "\(table).\(column)")
            }
        }
    }
}
