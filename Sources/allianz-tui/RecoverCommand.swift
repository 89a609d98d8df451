import ArgumentParser
import Foundation
import WorkshopModel

/// `allianz-tui recover FILE --out NEW`: writes what is intact into a new workshop file and
/// says what was lost. Exit code 0 when nothing was lost, 2 when something was, 1 when
/// nothing could be written.
struct RecoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recover",
        abstract: "Den intakten Teil einer beschädigten Workshopdatei in eine neue retten. Save the intact part into a new file.",
        discussion: """
            FILE wird nur gelesen. Exit-Code 0: nichts verloren, 2: etwas verloren (die Ausgabe nennt \
            Datensätze, Urheber und Zeiten), 1: nichts geschrieben. FILE is only read. Exit code 0: nothing lost, \
            2: something lost (listed with records, authors and times), 1: nothing written. See docs/reliability.md.
            """)

    @Argument(help: "Beschädigte Workshopdatei. Damaged workshop file.")
    var file: String

    @Option(name: .long, help: "Neue Workshopdatei (darf nicht existieren). New workshop file (must not exist).")
    var out: String

    @OptionGroup var common: CommonOptions

    func run() throws {
        let language = common.language
        let recovery: WorkshopRecovery
        do { recovery = try WorkshopRecovery.run(from: file, to: out) } catch { throw fail(error, language) }
        print(recovery.report(in: language).joined(separator: "\n"))
        if recovery.writtenRecords == 0 { throw ExitCode(1) }
        if recovery.lostAnything { throw ExitCode(2) }
    }
}
