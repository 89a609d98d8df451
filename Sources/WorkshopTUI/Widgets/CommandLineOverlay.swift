import Foundation
import WorkshopModel

/// The `:` command line in the message row: `q`, `lang de|en`, `undo`, `redo`, `help`,
/// `export md|html|csv [PATH]`, `copy PATH`.
final class CommandLineOverlay: Overlay {
    private var input = TextInput()

    var hasDraft: Bool { false }

    func handle(_ key: Key, app: App) -> Bool {
        if key == .escape { return true }
        let outcome = input.handle(key)
        outcome.report(to: app)
        guard outcome == .submit else { return false }
        run(input.text.trimmingCharacters(in: .whitespaces), app: app)
        return true
    }

    private func run(_ command: String, app: App) {
        let words = command.split(separator: " ").map(String.init)
        switch words.first ?? "" {
        case "": break
        case "q", "quit", "wq", "x": app.perform(.quit)
        case "undo": app.perform(.undo)
        case "redo": app.perform(.redo)
        case "help", "h": app.perform(.help)
        case "lang" where words.count == 2 && Language(rawValue: words[1]) != nil:
            app.language = Language(rawValue: words[1])!
            app.show(UIText.commandLanguageSet.text(app.language), kind: .success)
        case "export":
            export(command.dropFirst(words[0].count), app: app)
        case "copy":
            copy(command.dropFirst(words[0].count), app: app)
        default:
            app.show(UIText.commandUnknown.format(app.language, command), kind: .error)
        }
    }

    /// `export md|html|csv [PATH]`: writes the protocol to PATH (for md and html a directory
    /// means the default file name inside it), by default beside the workshop file
    /// (``ProtocolExporter/defaultPath(forWorkshopAt:format:)``).
    private func export(_ arguments: Substring, app: App) {
        let arguments = arguments.trimmingCharacters(in: .whitespaces)
        let formatName = arguments.prefix { $0 != " " }
        guard let format = ProtocolFormat(rawValue: String(formatName)) else {
            app.show(UIText.commandExportUsage.text(app.language), kind: .error)
            return
        }
        let named = arguments.dropFirst(formatName.count).trimmingCharacters(in: .whitespaces)
        do {
            let path = named.isEmpty ? ProtocolExporter.defaultPath(forWorkshopAt: app.store.path, format: format)
                : try ProtocolExporter.destination((named as NSString).expandingTildeInPath,
                                                   forWorkshopAt: app.store.path, format: format)
            try ProtocolExporter(workshop: app.workshop, language: app.language).write(format, to: path)
            app.show(UIText.exportWritten.format(app.language, path), kind: .success)
        } catch {
            app.show(error.message(in: app.language), kind: .error)
        }
    }

    /// `copy PATH`: a complete copy of the workshop file, the way out when the file cannot be
    /// written (disk full, deleted, locked).
    private func copy(_ argument: Substring, app: App) {
        let named = argument.trimmingCharacters(in: .whitespaces)
        guard !named.isEmpty else { return app.show(UIText.commandCopyUsage.text(app.language), kind: .error) }
        let path = (named as NSString).expandingTildeInPath
        do {
            try app.store.copy(to: path)
            app.show(UIText.copyWritten.format(app.language, path), kind: .success)
        } catch {
            app.show(error.message(in: app.language), kind: .error)
        }
    }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let y = area.maxY
        canvas.fill(Rect(x: 0, y: y, width: canvas.size.width, height: 1), style: .input)
        canvas.draw(":", x: 0, y: y, style: .input)
        input.render(into: &canvas, rect: Rect(x: 1, y: y, width: canvas.size.width - 1, height: 1))
    }
}
