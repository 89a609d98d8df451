import WorkshopModel

/// A yes/no question in a box. `j`/`y` confirms, `n` or Esc declines.
final class ConfirmOverlay: Overlay {
    private let question: String
    private let onConfirm: (App) -> Void

    init(question: String, onConfirm: @escaping (App) -> Void) {
        self.question = question
        self.onConfirm = onConfirm
    }

    var hasDraft: Bool { false }

    func handle(_ key: Key, app: App) -> Bool {
        switch key {
        case .character("j"), .character("J"), .character("y"), .character("Y"):
            onConfirm(app)
            return true
        case .character("n"), .character("N"), .escape:
            app.show(UIText.cancelled.text(app.language))
            return true
        default:
            return false
        }
    }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let width = min(area.width - 4, max(40, DisplayWidth.of(question) + 6))
        let lines = TextWrapper.wrap(question, width: width - 4)
        let box = area.centered(width: width, height: lines.count + 4)
        canvas.fill(box, style: .normal)
        canvas.drawFrame(box, style: .frameFocused)
        for (index, line) in lines.enumerated() {
            canvas.draw(line, x: box.x + 2, y: box.y + 1 + index, style: .heading, maxWidth: box.width - 4)
        }
        canvas.draw(UIText.confirmYesNo.text(app.language), x: box.x + 2, y: box.maxY - 2, maxWidth: box.width - 4)
    }
}
