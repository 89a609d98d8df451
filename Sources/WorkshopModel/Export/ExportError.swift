import Foundation

/// Why an export could not be written. Every case has a message in both UI languages that
/// names the path and says what to do.
public enum ExportError: Error, Equatable, Sendable {
    /// CSV writes several files: it needs a directory (`--out DIR`).
    case needsDirectory
    /// Writing to `path` failed; nothing was written there.
    case cannotWrite(path: String, problem: WriteProblem)

    /// The message shown to the moderator.
    public func message(in language: Language) -> String {
        switch self {
        case .needsDirectory: UIText.exportNeedsDirectory.text(language)
        case let .cannotWrite(path, problem): UIText.exportCannotWrite.format(language, path, problem.label(language))
        }
    }
}

/// What went wrong when a file was written.
public enum WriteProblem: Equatable, Sendable {
    /// The directory the file should go into does not exist.
    case noDirectory
    /// No permission to write there.
    case permission
    /// The file system is mounted read-only.
    case readOnly
    /// The disk is full.
    case noSpace
    /// The path names a directory where a file is expected.
    case isDirectory
    /// The path names a file where a directory is expected.
    case notADirectory
    /// The path names a workshop file, which an export never replaces.
    case isWorkshop
    /// The path is empty.
    case noPath
    /// Anything else, as the system describes it.
    case other(String)

    /// The problem behind the POSIX error number `code`.
    public init(errno code: Int32) {
        switch code {
        case ENOENT: self = .noDirectory
        case EACCES, EPERM: self = .permission
        case EROFS: self = .readOnly
        case ENOSPC, EDQUOT: self = .noSpace
        case EISDIR: self = .isDirectory
        case ENOTDIR: self = .notADirectory
        default: self = .other(String(cString: strerror(code)))
        }
    }

    /// The problem in words.
    public func label(_ language: Language) -> String {
        switch self {
        case .noDirectory: UIText.writeProblemNoDirectory.text(language)
        case .permission: UIText.writeProblemPermission.text(language)
        case .readOnly: UIText.writeProblemReadOnly.text(language)
        case .noSpace: UIText.writeProblemNoSpace.text(language)
        case .isDirectory: UIText.writeProblemIsDirectory.text(language)
        case .notADirectory: UIText.writeProblemNotADirectory.text(language)
        case .isWorkshop: UIText.writeProblemIsWorkshop.text(language)
        case .noPath: UIText.writeProblemNoPath.text(language)
        case let .other(description): description
        }
    }
}
