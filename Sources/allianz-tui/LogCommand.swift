import ArgumentParser
import Foundation
import WorkshopModel

/// `allianz-tui log FILE`: the event history, one record per entry.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Ereignisprotokoll der Workshopdatei anzeigen. Show the event history.")

    @Argument(help: "Workshopdatei. Workshop file.")
    var file: String

    @OptionGroup var common: CommonOptions

    func run() throws {
        let language = common.language
        let records: [EventRecord]
        let workshop: Workshop
        do {
            let store = try WorkshopStore.open(at: file, readOnly: true)
            records = try store.allRecords()
            workshop = store.state.workshop
            try store.close()
        } catch {
            throw fail(error, language)
        }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = .current
        for record in records {
            print("#\(record.sequence)  \(formatter.string(from: record.time))  \(record.author)  \(EventDescription.kind(record, language))")
            for event in record.events.prefix(5) {
                print("    " + EventDescription.describe(event, language, in: workshop))
            }
            if record.events.count > 5 {
                print("    " + UIText.cliMoreEvents.format(language, record.events.count - 5))
            }
        }
    }
}
