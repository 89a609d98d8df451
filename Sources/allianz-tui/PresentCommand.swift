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

    @OptionGroup var terminal: TerminalOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
        let language = common.language
        try terminal.requireTerminal(language)
        let store: WorkshopStore
        do {
            store = try WorkshopStore.open(at: file ?? DefaultLocation.demoPath, readOnly: true)
        } catch {
            throw fail(error, language)
        }
        let app = App(store: store, language: language, root: ProjectorScreen())
        let status = terminal.run(app)
        try? store.close()
        if status != 0 { throw ExitCode(status) }
    }
}
