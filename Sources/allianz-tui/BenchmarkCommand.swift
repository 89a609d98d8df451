import ArgumentParser
import Foundation
import WorkshopModel
import WorkshopTUI

/// Hidden: measures keystroke-to-frame time with many cards (figures for docs/performance.md).
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Messung: Tastendruck bis fertiges Bild bei vielen Karten. Keystroke-to-frame benchmark.",
        shouldDisplay: false)

    @Option var cards = 10_000
    @Option var type = 20
    @Option var width = 160
    @Option var height = 45
    @Option(help: "Statt Karten: in ein Steckbrief-Feld mit so vielen Zeichen tippen. Type into a profile field of this many characters instead.")
    var fieldChars: Int?

    func validate() throws {
        guard (0...1_000_000).contains(cards), (1...1000).contains(type), width >= 60, height >= 16,
              (0...TextFieldKind.profileField.limit).contains(fieldChars ?? 0) else {
            throw ValidationError("--cards 0…1000000, --type 1…1000, --field-chars 0…\(TextFieldKind.profileField.limit), the size at least 60×16")
        }
    }

    func run() throws {
        let size = Size(width: width, height: height)
        let result = try fieldChars.map {
            try TypingBenchmark.runField(existing: $0, characters: type * 40, size: size, directory: NSTemporaryDirectory())
        } ?? TypingBenchmark.run(cards: cards, cardsToType: type, size: size, directory: NSTemporaryDirectory())
        print(result.report)
    }
}
