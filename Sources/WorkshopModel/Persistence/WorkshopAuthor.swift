import Foundation

/// Who writes a record: one id per moderator terminal, `user@host#terminal`.
///
/// Two to four moderators may work on one workshop file at the same time, often as the same
/// user on the same machine (tmux panes, ssh sessions). Undo and redo take only the changes of
/// the terminal that asks (``UndoHistory/lastUndoable(by:)``), so every terminal needs an id of
/// its own. The terminal part is the controlling terminal's name (`pts/3`): it differs between
/// panes and sessions that run at the same time, and stays the same when the program is
/// restarted in the same pane, so undo still reaches the changes made before the restart.
/// Without a terminal (tests, pipes) the process id is used (`pid4711`).
public enum WorkshopAuthor {
    /// Separates `user@host` from the terminal part.
    public static let terminalSeparator: Character = "#"

    /// `user@host#terminal` of this process.
    public static var current: String {
        "\(userAtHost)\(terminalSeparator)\(terminal)"
    }

    /// `user@host` of this process (what records held before terminals had their own ids).
    public static var userAtHost: String {
        let environment = ProcessInfo.processInfo.environment
        let user = environment["USER"] ?? environment["LOGNAME"] ?? "moderator"
        return "\(user)@\(ProcessInfo.processInfo.hostName)"
    }

    /// The `user@host` part of an author id.
    public static func userAtHost(of author: String) -> String {
        guard let index = author.lastIndex(of: terminalSeparator) else { return author }
        return String(author[..<index])
    }

    /// The controlling terminal of standard input or output without `/dev/` (`pts/3`), or
    /// `pid<number>` when the process has none.
    static var terminal: String {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where isatty(descriptor) == 1 {
            if let name = ttyname(descriptor) {
                let path = String(cString: name)
                return path.hasPrefix("/dev/") ? String(path.dropFirst(5)) : path
            }
        }
        return "pid\(getpid())"
    }
}
