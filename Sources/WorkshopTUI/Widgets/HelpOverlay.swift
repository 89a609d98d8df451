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
        let width = min(area.width - 4, max(50, keyWidth + 40))
        var rows: [(String, String, Style)] = [(UIText.helpScreenSection.text(language), "", .heading)]
        rows += screenKeymap.bindings.map { ($0.keyLabel(language), $0.help.text(language), .normal) }
        rows += [("", "", .normal), (UIText.helpGlobalSection.text(language), "", .heading)]
        rows += Keymap.global.bindings.map { ($0.keyLabel(language), $0.help.text(language), .normal) }
        rows += [("", "", .normal)]
        // The typing help is long: wrapped to the box, never cut off.
        rows += TextWrapper.wrap(UIText.textInputHelp.text(language), width: max(width - 3, 1)).map { ($0, "", .secondary) }

        let box = area.centered(width: width, height: min(area.height, rows.count + 3))
        canvas.fill(box, style: .normal)
        canvas.drawFrame(box, title: UIText.helpTitle.text(language) + " — " + UIText.helpClose.text(language), style: .frameFocused)
        let inner = box.inset(by: 1)
        lastPage = max(1, inner.height - 1)
        scroll = min(scroll, max(0, rows.count - inner.height))
        for (line, row) in rows.dropFirst(scroll).prefix(inner.height).enumerated() {
            let y = inner.y + line
            if row.2 != .normal {
                canvas.draw(" " + row.0, x: inner.x, y: y, style: row.2, maxWidth: inner.width)
                continue
            }
            canvas.draw(" " + row.0.truncated(toWidth: keyWidth), x: inner.x, y: y, style: .heading, maxWidth: keyWidth + 1)
            canvas.draw(row.1.truncated(toWidth: inner.width - keyWidth - 3), x: inner.x + keyWidth + 3, y: y,
                        maxWidth: inner.width - keyWidth - 3)
        }
        // More rows above or below: the same marks as the lists.
        if scroll > 0 { canvas.draw("▲", x: box.maxX - 1, y: inner.y, style: .frameFocused) }
        if scroll + inner.height < rows.count { canvas.draw("▼", x: box.maxX - 1, y: inner.maxY - 1, style: .frameFocused) }
    }
}
