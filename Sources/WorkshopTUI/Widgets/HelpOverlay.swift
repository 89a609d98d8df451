import WorkshopModel

/// The `?` overlay: every key of the current screen and every global key, generated from
/// the same keymaps that handle the keys.
final class HelpOverlay: Overlay {
    private let screenKeymap: Keymap
    private var scroll = 0
    private var lastPage = 1

    init(screen: Screen) { screenKeymap = screen.keymap }

    var hasDraft: Bool { false }

    func handle(_ key: Key, app: App) -> Bool {
        switch key {
        case .down, .character("j"), .pageDown: scroll += key == .pageDown ? lastPage : 1
        case .up, .character("k"), .pageUp: scroll = max(0, scroll - (key == .pageUp ? lastPage : 1))
        default: return true
        }
        return false
    }

    func render(into canvas: inout Canvas, area: Rect, app: App) {
        let language = app.language
        // The key column is as wide as the widest key label (not the section headings).
        let keyLabels = (screenKeymap.bindings + Keymap.global.bindings).map { $0.keyLabel(language) }
        let keyWidth = min(keyLabels.map { DisplayWidth.of($0) }.max() ?? 10, 24)
        let columnWidth = max(50, keyWidth + 40)
        // Wide terminals show the screen's keys and the global keys side by side.
        let twoColumns = area.width >= 2 * columnWidth + 7
        let width = twoColumns ? 2 * columnWidth + 3 : min(area.width - 4, columnWidth)
        let textWidth = twoColumns ? columnWidth : width
        var screenRows: [Row] = [Row(UIText.helpScreenSection.text(language), style: .heading)]
        screenRows += screenKeymap.bindings.map { Row($0.keyLabel(language), $0.help.text(language)) }
        var globalRows: [Row] = [Row(UIText.helpGlobalSection.text(language), style: .heading)]
        globalRows += Keymap.global.bindings.map { Row($0.keyLabel(language), $0.help.text(language)) }
        globalRows += [Row("")]
        // The typing help is long: wrapped to the box, never cut off.
        globalRows += TextWrapper.wrap(UIText.textInputHelp.text(language), width: max(textWidth - 3, 1))
            .map { Row($0, style: .secondary) }
        let columns = twoColumns ? [screenRows, globalRows] : [screenRows + [Row("")] + globalRows]
        let rowCount = columns.map(\.count).max() ?? 0

        let box = area.centered(width: width, height: min(area.height, rowCount + 3))
        canvas.fill(box, style: .normal)
        canvas.drawFrame(box, title: UIText.helpTitle.text(language) + " — " + UIText.helpClose.text(language), style: .frameFocused)
        let inner = box.inset(by: 1)
        lastPage = max(1, inner.height - 1)
        scroll = min(scroll, max(0, rowCount - inner.height))
        for (index, rows) in columns.enumerated() {
            let column = Rect(x: inner.x + index * (textWidth + 1), y: inner.y, width: twoColumns ? textWidth : inner.width,
                              height: inner.height)
            draw(rows, into: &canvas, column: column, keyWidth: keyWidth)
        }
        // More rows above or below: the same marks as the lists.
        if scroll > 0 { canvas.draw("▲", x: box.maxX - 1, y: inner.y, style: .frameFocused) }
        if scroll + inner.height < rowCount { canvas.draw("▼", x: box.maxX - 1, y: inner.maxY - 1, style: .frameFocused) }
    }

    /// One line of the help: a key and what it does, or a heading or text line.
    private struct Row {
        let key: String
        let help: String
        let style: Style

        init(_ key: String, _ help: String = "", style: Style = .normal) {
            self.key = key
            self.help = help
            self.style = style
        }
    }

    private func draw(_ rows: [Row], into canvas: inout Canvas, column: Rect, keyWidth: Int) {
        for (line, row) in rows.dropFirst(scroll).prefix(column.height).enumerated() {
            let y = column.y + line
            if row.style != .normal {
                canvas.draw(" " + row.key, x: column.x, y: y, style: row.style, maxWidth: column.width)
                continue
            }
            canvas.draw(" " + row.key.truncated(toWidth: keyWidth), x: column.x, y: y, style: .heading, maxWidth: keyWidth + 1)
            canvas.draw(row.help.truncated(toWidth: column.width - keyWidth - 3), x: column.x + keyWidth + 3, y: y,
                        maxWidth: column.width - keyWidth - 3)
        }
    }
}
