import ArgumentParser
import Foundation
import WorkshopModel

/// `allianz-tui check FILE`: verifies the whole file and says what is wrong. Exit code 0 when
/// it is sound, 2 when damage was found, 1 when it cannot be checked at all.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Workshopdatei vollständig prüfen (Prüfsummen, Protokoll, Zwischenstände). Verify a workshop file.",
        discussion: """
            Ändert nichts. Exit-Code 0: in Ordnung, 2: beschädigt, 1: nicht prüfbar. \
            Changes nothing. Exit code 0: sound, 2: damaged, 1: cannot be checked. See docs/reliability.md.
            """)

    @Argument(help: "Workshopdatei. Workshop file.")
    var file: String

    @OptionGroup var common: CommonOptions

    func run() throws {
        let language = common.language
        let check: WorkshopCheck
        do { check = try WorkshopCheck.run(path: file) } catch { throw fail(error, language) }
        print(check.report(in: language).joined(separator: "\n"))
        if !check.isSound { throw ExitCode(2) }
    }
}
