import ArgumentParser
import Foundation
import WorkshopModel
import WorkshopTUI

/// `allianz-tui present FILE`: the projector terminal. Opens the workshop read-only and shows
/// what the moderator put on the projector, following the file as it changes.
struct PresentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "present",
        abstract: "Beameransicht: folgt der Moderation live, nur lesend. Projector view, read-only.")

    @Argument(help: "Workshopdatei (ohne: der Demo-Workshop). Workshop file (default: the demo).")
    var file: String?

    @Flag(name: .long, help: "Nur Schwarz-Weiß (auch mit NO_COLOR). Monochrome.")
    var monochrome = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let language = common.language
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            FileHandle.standardError.write(Data((UIText.cliNeedsTerminal.text(language) + "\n").utf8))
            throw ExitCode(2)
        }
        let store: WorkshopStore
        do {
            store = try WorkshopStore.open(at: file ?? DefaultLocation.demoPath, readOnly: true)
        } catch {
            throw fail(error, language)
        }
        let app = App(store: store, language: language, root: ProjectorScreen())
        let monochrome = monochrome || ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } == true
        let status = TerminalSession.run(app, monochrome: monochrome)
        try? store.close()
        if status != 0 { throw ExitCode(status) }
    }
}
