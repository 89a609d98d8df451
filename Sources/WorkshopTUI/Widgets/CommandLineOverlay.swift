import WorkshopModel

/// The `:` command line in the message row: `q`, `lang de|en`, `undo`, `redo`, `help`.
final class CommandLineOverlay: Overlay {
    private var input = TextInput()

    var hasDraft: Bool { false }

    func handle(_ key: Key, app: App) -> Bool {
        if key == .escape { return true }
        guard input.handle(key) == .submit else { return false }
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
        default:
            app.show(UIText.commandUnknown.format(app.language, command), kind: .error)
        }
    }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let y = area.maxY
        canvas.fill(Rect(x: 0, y: y, width: canvas.size.width, height: 1), style: .input)
        canvas.draw(":", x: 0, y: y, style: .input)
        input.render(into: &canvas, rect: Rect(x: 1, y: y, width: canvas.size.width - 1, height: 1))
    }
}
