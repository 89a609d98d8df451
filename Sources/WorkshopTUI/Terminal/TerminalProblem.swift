import CNcurses
import Foundation
import WorkshopModel

/// Why the program cannot take over the terminal it was started in. Asked before ncurses
/// starts, so the moderator reads what is wrong and what to do in the UI language instead of
/// a blank screen (`TERM=dumb`) or ncurses' English "Error opening terminal".
public enum TerminalProblem: Error, Equatable, Sendable {
    /// Standard input or output is not a terminal (a pipe, a file, a cron job).
    case notATerminal
    /// `TERM` is not set or empty.
    case typeUnset
    /// terminfo has no entry for the type in `TERM`.
    case typeUnknown(String)
    /// No terminfo database was found at all.
    case noTerminfo(String)
    /// The terminal cannot put the cursor anywhere on the screen (`dumb`, a hardcopy
    /// terminal), so a full-screen program cannot draw on it.
    case noCursorAddressing(String)
    /// ncurses refused the terminal although terminfo knows it.
    case cannotStart(String)

    /// The problem with this process's terminal, or nil when the program can use it.
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalProblem? {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return .notATerminal }
        let type = environment["TERM"] ?? ""
        guard !type.isEmpty else { return .typeUnset }
        switch allianz_terminal_usability() {
        case 1: return nil
        case 0: return .typeUnknown(type)
        case -1: return .noTerminfo(type)
        default: return .noCursorAddressing(type)
        }
    }

    /// What is wrong and what to do, in `language`.
    public func message(in language: Language) -> String {
        switch self {
        case .notATerminal: UIText.cliNeedsTerminal.text(language)
        case .typeUnset: UIText.terminalTypeUnset.text(language)
        case let .typeUnknown(type): UIText.terminalTypeUnknown.format(language, type)
        case let .noTerminfo(type): UIText.terminalNoTerminfo.format(language, type)
        case let .noCursorAddressing(type): UIText.terminalNoCursorAddressing.format(language, type)
        case let .cannotStart(type): UIText.terminalCannotStart.format(language, type)
        }
    }
}
