import ArgumentParser
import Foundation
import WorkshopModel
import WorkshopTUI

/// Options and checks of the commands that take over the terminal (`open`, `present`).
struct TerminalOptions: ParsableArguments {
    @Flag(name: .long, help: "Nur Schwarz-Weiß (auch mit NO_COLOR). Monochrome.")
    var monochrome = false

    /// Stops with exit code 2 and a message when standard input or output is not a terminal.
    func requireTerminal(_ language: Language) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            FileHandle.standardError.write(Data((UIText.cliNeedsTerminal.text(language) + "\n").utf8))
            throw ExitCode(2)
        }
    }

    /// Runs `app` in the terminal (monochrome with `--monochrome` or a non-empty `NO_COLOR`)
    /// and returns the exit status of the loop.
    func run(_ app: App) -> Int32 {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } == true
        return TerminalSession.run(app, monochrome: monochrome || noColor)
    }
}
