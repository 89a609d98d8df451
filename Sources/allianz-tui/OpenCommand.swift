import ArgumentParser
import Foundation
import WorkshopModel
import WorkshopTUI

/// `allianz-tui [FILE]`: opens (or creates) a workshop in the terminal.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Workshop im Terminal öffnen (ohne FILE: Demo-Workshop). Open a workshop.")

    @Argument(help: "Workshopdatei (.allianz); wird angelegt, wenn es sie nicht gibt. Workshop file.")
    var file: String?

    @Flag(name: .long, help: "Nur lesen, nichts ändern. Read-only.")
    var readOnly = false

    @OptionGroup var terminal: TerminalOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
        let language = common.language
        try terminal.requireTerminal(language)
        let store: WorkshopStore
        do {
            store = try openOrCreate(language)
        } catch {
            throw fail(error, language)
        }
        let app = App(store: store, language: language)
        let status = terminal.run(app)
        // Printed after the terminal is restored: what was not saved, and its text.
        if let notice = app.exitNotice { FileHandle.standardError.write(Data((notice + "\n").utf8)) }
        do { try store.close() } catch { throw fail(error, language) }
        if status != 0 { throw ExitCode(status) }
    }

    private func openOrCreate(_ language: Language) throws(StoreError) -> WorkshopStore {
        let path: String
        let template: WorkshopTemplate
        if let file {
            path = file
            template = .empty
        } else {
            do { try DefaultLocation.prepare() } catch {
                throw .cannotCreate(path: DefaultLocation.directory, reason: "\(error.localizedDescription)")
            }
            path = DefaultLocation.demoPath
            template = .demo
        }
        if FileManager.default.fileExists(atPath: path) {
            return try WorkshopStore.open(at: path, readOnly: readOnly)
        }
        return try WorkshopStore.create(at: path, content: template.content(title: title(for: path)))
    }

    private func title(for path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
