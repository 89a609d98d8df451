/// Splits and joins file paths as plain strings. Foundation's `NSString` path methods crash
/// on Linux for some paths the moderator may type (`deletingLastPathComponent` of `.`, `./`,
/// `a/` or any one-letter name ends the program with "Illegal instruction"), so every path
/// that comes from the command line or the `:` prompt goes through these instead.
enum PathParts {
    /// The directory that holds `path`: `.` for a bare name, `/` for a name in the root.
    /// Trailing slashes of `path` are ignored (`a/b/` lies in `a`).
    static func directory(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        let parent = withoutTrailingSlashes(String(trimmed[..<slash]))
        return parent.isEmpty ? "/" : parent
    }

    /// The last component of `path` (trailing slashes ignored); `/` for the root.
    static func name(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        let name = String(trimmed[trimmed.index(after: slash)...])
        return name.isEmpty ? "/" : name
    }

    /// `name` inside the directory `directory`, with exactly one slash between them.
    static func join(_ directory: String, _ name: String) -> String {
        if directory.isEmpty { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// `path` without its last extension (`kickoff.allianz` → `kickoff`); a leading dot of
    /// the name is not an extension (`.allianz` stays).
    static func withoutExtension(_ path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        let name = name(of: trimmed)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return trimmed }
        return String(trimmed.dropLast(name.distance(from: dot, to: name.endIndex)))
    }

    private static func withoutTrailingSlashes(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }
}
