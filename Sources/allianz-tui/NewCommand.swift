import ArgumentParser
import WorkshopModel

/// `allianz-tui new FILE --template demo|empty`: creates a workshop file.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Neue Workshopdatei anlegen. Create a workshop file.")

    @Argument(help: "Pfad der neuen Datei (.allianz). Path of the new file.")
    var file: String

    @Option(name: .long, help: "Vorlage: demo (Auftakt Bottrop 2017) oder empty. Template.")
    var template: WorkshopTemplate = .empty

    @Option(name: .long, help: "Titel für eine leere Vorlage. Title for the empty template.")
    var title: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        let language = common.language
        do {
            // Only the file: opening it would need room for SQLite's side files on a nearly full disk.
            let state = try WorkshopStore.createFile(at: file, content: template.content(title: title))
            print(UIText.cliCreated.format(language, file, state.workshop.info.title))
        } catch {
            throw fail(error, language)
        }
    }
}

extension WorkshopTemplate: ExpressibleByArgument {}
