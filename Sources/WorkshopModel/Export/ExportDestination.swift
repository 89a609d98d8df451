import Foundation

/// Where an export of one file goes when the moderator named `--out PATH` or `:export FORMAT
/// PATH`: the file PATH — or, when PATH is a directory (an existing one, or any path written
/// with a trailing `/`), the default file name inside it (`--out .` writes
/// `kickoff-protokoll.md` into the current directory).
public enum ExportDestination {
    /// The file to write for the path `named`; `defaultName` is used inside a directory.
    /// An empty path is refused.
    public static func file(_ named: String, defaultName: String) throws(ExportError) -> String {
        guard !named.isEmpty else { throw .cannotWrite(path: named, problem: .noPath) }
        var isDirectory: ObjCBool = false
        let existingDirectory = FileManager.default.fileExists(atPath: named, isDirectory: &isDirectory) && isDirectory.boolValue
        guard existingDirectory || named.hasSuffix("/") else { return named }
        return PathParts.join(named, defaultName)
    }

    /// The default name of the JSON export of the workshop at `workshopPath`:
    /// `kickoff.allianz` → `kickoff.json`.
    public static func jsonName(forWorkshopAt workshopPath: String) -> String {
        PathParts.name(of: PathParts.withoutExtension(workshopPath)) + ".json"
    }
}
