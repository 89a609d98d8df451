import ArgumentParser
import Foundation
import WorkshopModel

/// `allianz-tui export FILE --format json [--out PATH]`: writes the workshop's complete state.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Workshop exportieren (JSON: der vollständige Stand). Export a workshop.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
    }

    @Argument(help: "Workshopdatei. Workshop file.")
    var file: String

    @Option(name: .long, help: "Format: json.")
    var format: Format = .json

    @Option(name: .long, help: "Zieldatei (Standard: Standardausgabe). Output file (default: stdout).")
    var out: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        let language = common.language
        let data: Data
        do {
            let store = try WorkshopStore.open(at: file, readOnly: true)
            data = try WorkshopExport(state: store.state).jsonData()
            try store.close()
        } catch let error as StoreError {
            throw fail(error, language)
        }
        guard let out else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            throw fail(.cannotWrite(path: out, reason: error.localizedDescription), language)
        }
    }
}
