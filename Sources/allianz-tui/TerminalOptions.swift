import ArgumentParser
import Foundation
import WorkshopModel
import WorkshopTUI

/// Options and checks of the commands that take over the terminal (`open`, `present`).
struct TerminalOptions: ParsableArguments {
    @Flag(name: .long, help: "Nur Schwarz-Weiß (auch mit NO_COLOR). Monochrome.")
    var monochrome = false

    /// Stops with exit code 2 and a message when the program cannot use the terminal
    /// (standard input or output not a terminal, `TERM` unset, unknown or without cursor
    /// addressing). Called before the workshop file is opened or created.
    func requireTerminal(_ language: Language) throws {
        if let problem = TerminalProblem.current() { throw refuse(problem, language) }
    }

    /// Runs `app` in the terminal (monochrome with `--monochrome` or a non-empty `NO_COLOR`)
    /// and returns the exit status of the loop (2 when the terminal cannot be used).
    func run(_ app: App) -> Int32 {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } == true
        do {
            return try TerminalSession.run(app, monochrome: monochrome || noColor)
        } catch {
            return refuse(error, app.language).rawValue
        }
    }

    private func refuse(_ problem: TerminalProblem, _ language: Language) -> ExitCode {
        FileHandle.standardError.write(Data((problem.message(in: language) + "\n").utf8))
        return ExitCode(2)
    }
}
