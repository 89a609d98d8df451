import Foundation

/// Where the demo workshop lives when no file is named:
/// `$XDG_DATA_HOME/allianz-tui/demo.allianz`, or `~/.local/share/allianz-tui/demo.allianz`.
enum DefaultLocation {
    static var directory: String {
        let environment = ProcessInfo.processInfo.environment
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/allianz-tui" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share/allianz-tui"
    }

    static var demoPath: String { directory + "/demo.allianz" }

    /// Creates the directory (owner only) if needed.
    static func prepare() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }
}
