import Foundation

/// The first 100 bytes of a workshop file, read without SQLite so that a foreign or newer
/// file can be refused before anything could write to it.
struct FileHeader {
    /// `PRAGMA application_id` of every workshop file: "ALTU".
    static let applicationID: UInt32 = 0x414C_5455
    /// The file format (`PRAGMA user_version`) this build writes and reads. 2: checksums
    /// (``RecordChain``); files of format 1 are upgraded when opened for writing.
    static let fileFormatVersion: UInt32 = 2

    let isSQLite: Bool
    let applicationID: UInt32
    let formatVersion: UInt32

    /// Whether the file at `path` is (or is part of) a workshop: a workshop database, or the
    /// write-ahead log or shared memory beside one. Used so that no export replaces it.
    static func isWorkshopFile(_ path: String) -> Bool {
        for suffix in ["-wal", "-shm"] where path.hasSuffix(suffix) {
            if isWorkshopFile(String(path.dropLast(suffix.count))) { return true }
        }
        guard let header = try? FileHeader(path: path) else { return false }
        return header.isSQLite && header.applicationID == applicationID
    }

    /// Refuses, before SQLite touches it, a file that is missing, is no workshop or has a
    /// newer format than this build reads.
    static func requireWorkshop(at path: String) throws(StoreError) {
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path: path) }
        let header: FileHeader?
        do { header = try FileHeader(path: path) } catch let error as StoreError { throw error } catch {
            throw .cannotOpen(path: path, reason: WorkshopStore.describe(error))
        }
        guard let header, header.isSQLite, header.applicationID == applicationID else {
            throw .notAWorkshop(path: path)
        }
        guard header.formatVersion <= fileFormatVersion else {
            throw .newerSchema(path: path, found: Int(header.formatVersion), supported: Int(fileFormatVersion))
        }
    }

    /// Reads the header of the file at `path`; `nil` when the file is shorter than a header.
    init?(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        let bytes = [UInt8](try handle.read(upToCount: 100) ?? Data())
        guard bytes.count == 100 else { return nil }
        isSQLite = bytes[0..<16].elementsEqual(Array("SQLite format 3\0".utf8))
        func bigEndian(_ offset: Int) -> UInt32 {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
        }
        applicationID = bigEndian(68)
        formatVersion = bigEndian(60)
    }
}
