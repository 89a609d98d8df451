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
            let store = try WorkshopStore.create(at: file, content: template.content(title: title))
            try store.close()
            print(UIText.cliCreated.format(language, file, store.state.workshop.info.title))
        } catch {
            throw fail(error, language)
        }
    }
}

extension WorkshopTemplate: ExpressibleByArgument {}
