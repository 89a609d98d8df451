import ArgumentParser
import Foundation
import WorkshopModel

/// `allianz-tui export FILE --format md|html|csv|json [--out PATH] [--csv-semicolon]`: writes
/// the protocol (Markdown, HTML), CSV tables, or the complete state as JSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Workshop exportieren: Protokoll (md, html), Tabellen (csv) oder der vollständige Stand (json). Export a workshop.",
        discussion: """
            md und html ohne --out gehen auf die Standardausgabe; csv schreibt cards.csv, topics.csv, \
            votes.csv, decisions.csv und profiles.csv in den Ordner --out. Without --out, md, html and json go to \
            stdout; csv needs --out DIR. Siehe docs/export-protocol.md.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html, csv, json
    }

    @Argument(help: "Workshopdatei. Workshop file.")
    var file: String

    @Option(name: .long, help: "Format: md, html, csv oder json (Standard: json).")
    var format: Format = .json

    @Option(name: .long, help: "Zieldatei; ein Ordner bekommt den Standardnamen (--out .); bei csv der Zielordner. Output file; a directory gets the default name; for csv the directory.")
    var out: String?

    @Flag(name: .long, help: "CSV für deutsche Tabellenkalkulationen: Semikolon, UTF-8 mit BOM, Dezimalkomma.")
    var csvSemicolon = false

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if csvSemicolon && format != .csv { throw ValidationError(UIText.exportSemicolonOnlyCSV.text(common.language)) }
    }

    func run() throws {
        let language = common.language
        let state: WorkshopState
        do {
            let store = try WorkshopStore.open(at: file, readOnly: true)
            state = store.state
            try store.close()
        } catch {
            throw fail(error, language)
        }
        let exporter = ProtocolExporter(workshop: state.workshop, language: language,
                                        csvDialect: csvSemicolon ? .spreadsheet : .standard)
        let data: Data
        switch format {
        case .md: data = Data(exporter.markdown().utf8)
        case .html: data = Data(exporter.html().utf8)
        case .json: data = try WorkshopExport(state: state).jsonData()
        case .csv:
            guard let out else { throw fail(ExportError.needsDirectory, language) }
            do { try exporter.write(.csv, to: destination(out)) } catch { throw fail(error, language) }
            return
        }
        guard let out else {
            FileHandle.standardOutput.write(data)
            return
        }
        do { try AtomicFileWriter.write([(destination(out), data)]) } catch { throw fail(error, language) }
    }

    /// What `--out PATH` names: for md, html and json a directory means the default file name
    /// inside it; for csv PATH is the directory (docs/export-protocol.md).
    private func destination(_ out: String) throws(ExportError) -> String {
        switch format {
        case .md: try ProtocolExporter.destination(out, forWorkshopAt: file, format: .markdown)
        case .html: try ProtocolExporter.destination(out, forWorkshopAt: file, format: .html)
        case .csv: try ProtocolExporter.destination(out, forWorkshopAt: file, format: .csv)
        case .json: try ExportDestination.file(out, defaultName: ExportDestination.jsonName(forWorkshopAt: file))
        }
    }
}

/// Stops with an export error's message in the UI language and exit code 1.
private func fail(_ error: ExportError, _ language: Language) -> ExitCode {
    FileHandle.standardError.write(Data((error.message(in: language) + "\n").utf8))
    return ExitCode(1)
}
