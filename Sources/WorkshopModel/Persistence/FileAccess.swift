import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why a workshop is open read-only. Every case says in both UI languages why and what to do.
public enum ReadOnlyReason: Equatable, Sendable {
    /// Asked for: `--read-only`, `present`, `export`, `log`.
    case requested
    /// This user may not write the file (its mode is 0400, or it belongs to someone else).
    case fileNotWritable
    /// This user may not create files in the file's directory, where SQLite keeps the
    /// write-ahead log (`-wal`) and its index (`-shm`) beside the file.
    case directoryNotWritable
    /// The file system is mounted read-only (a write-protected stick, a read-only share).
    case readOnlyMedia
    /// The `-wal`/`-shm` files beside the file exist and this user may not write them.
    case sideFilesNotWritable

    /// The reason in a few words, for the status line ("nur lesen: …").
    public func label(_ language: Language) -> String {
        switch self {
        case .requested: UIText.statusReadOnly.text(language)
        case .fileNotWritable: UIText.readOnlyFileNotWritable.text(language)
        case .directoryNotWritable: UIText.readOnlyDirectoryNotWritable.text(language)
        case .readOnlyMedia: UIText.readOnlyMedia.text(language)
        case .sideFilesNotWritable: UIText.readOnlySideFilesNotWritable.text(language)
        }
    }

    /// What to do to be able to make changes to the file at `path`.
    public func advice(_ language: Language, path: String) -> String {
        switch self {
        case .requested: UIText.readOnlyRequestedAdvice.text(language)
        case .fileNotWritable: UIText.readOnlyFileNotWritableAdvice.format(language, path)
        case .directoryNotWritable:
            UIText.readOnlyDirectoryNotWritableAdvice.format(language, PathParts.directory(of: path))
        case .readOnlyMedia: UIText.readOnlyMediaAdvice.text(language)
        case .sideFilesNotWritable: UIText.readOnlySideFilesNotWritableAdvice.format(language, path)
        }
    }
}

extension WorkshopStore {
    /// The directory of the workshop file.
    var directory: String { PathParts.directory(of: path) }

    /// Whether new files can be made in the file's directory now (it can become read-only
    /// while the file is open: changes still go into the open file, nothing new beside it).
    public var directoryAcceptsNewFiles: Bool { access(directory, W_OK | X_OK) == 0 }
}

/// How this process may open a workshop file, found out before SQLite touches it.
///
/// SQLite keeps two files beside a WAL database, `-wal` and `-shm`, and creates them with the
/// database file's mode as soon as anyone reads it. A reader that may not write the file would
/// thus leave files of mode 0400 (or owned by the reader) that block every later writer; and
/// where they cannot be created at all (a read-only directory or medium) SQLite refuses to read.
/// So a process that may not write the file and its directory never lets SQLite create them:
/// it uses the side files a writer left (SQLite reads them read-only), and when there are none
/// (or only an empty `-wal`), everything is in the file itself and it is read as an unchanging
/// file (`immutable=1`: no side files, no locks).
struct FileAccess {
    /// Why the file cannot be written here; nil when it can. `requested` when read-only was
    /// asked for although writing would work.
    let readOnlyReason: ReadOnlyReason?
    /// Whether SQLite reads the file as unchanging (`immutable=1`): it then sees the file as it
    /// was when opened, not what a writer adds later.
    let immutable: Bool
    /// What SQLite is given to open: the path, or a `file:` URI with `immutable=1`.
    let sqlitePath: String

    /// Looks at `path`, its directory and its side files. A writer (`readOnly` false) gives
    /// itself back write permission on side files it owns that an older version of the program
    /// left with the mode of a read-only file.
    init(path: String, readOnly requested: Bool) {
        let problem = Self.writeProblem(path, repair: !requested)
        readOnlyReason = problem ?? (requested ? .requested : nil)
        let wal = path + "-wal", shm = path + "-shm"
        let sideFilesReadable = access(wal, R_OK) == 0 && access(shm, R_OK) == 0
        immutable = problem != nil && !sideFilesReadable && Self.size(of: wal) == 0
        sqlitePath = immutable ? Self.immutableURI(path) : path
    }

    /// Why SQLite could not write `path` and the files it keeps beside it; nil if it can.
    private static func writeProblem(_ path: String, repair: Bool) -> ReadOnlyReason? {
        if access(path, W_OK) != 0 { return errno == EROFS ? .readOnlyMedia : .fileNotWritable }
        let sideFiles = [path + "-wal", path + "-shm"]
        if repair { sideFiles.forEach { restoreWritePermission($0, like: path) } }
        let existing = sideFiles.filter { access($0, F_OK) == 0 }
        if existing.contains(where: { access($0, W_OK) != 0 }) { return .sideFilesNotWritable }
        // SQLite creates and removes them in the directory; both there and writable will do.
        guard existing.count < 2, access(PathParts.directory(of: path), W_OK | X_OK) != 0 else { return nil }
        return errno == EROFS ? .readOnlyMedia : .directoryNotWritable
    }

    /// Makes a side file this user owns writable again, with the mode of the (writable)
    /// database file.
    private static func restoreWritePermission(_ sideFile: String, like path: String) {
        var side = stat(), file = stat()
        guard stat(sideFile, &side) == 0, stat(path, &file) == 0, side.st_uid == geteuid(),
              access(sideFile, W_OK) != 0 else { return }
        chmod(sideFile, (file.st_mode & 0o666) | 0o600)
    }

    private static func size(of path: String) -> Int64 {
        var info = stat()
        return stat(path, &info) == 0 ? Int64(info.st_size) : 0
    }

    /// A `file:` URI for `path` with `immutable=1` (SQLite is built with URI support; `%`,
    /// `?` and `#` in the path are escaped).
    static func immutableURI(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "%?#")
        return "file:" + (path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path) + "?immutable=1"
    }

    /// The directory `path` is in ("." for a bare file name).
}
