import WorkshopModel

/// One field of a ``FormOverlay``.
public struct FormField: Sendable {
    public enum Content: Sendable {
        case text(TextInput)
        /// A fixed set of options, chosen with ←/→.
        case choice(options: [String], selected: Int)
    }

    public let label: String
    public var content: Content

    /// A text field; `lines` > 1 makes it multi-line.
    public static func text(_ label: String, _ value: String = "", lines: Int = 1) -> FormField {
        FormField(label: label, content: .text(TextInput(value, multiline: lines > 1)))
    }

    public static func choice(_ label: String, options: [String], selected: Int) -> FormField {
        FormField(label: label, content: .choice(options: options, selected: selected))
    }

    /// The text typed, or the index of the chosen option as text.
    public var value: String {
        switch content {
        case let .text(input): input.text
        case let .choice(_, selected): String(selected)
        }
    }

    /// Rows the field's input takes.
    var inputHeight: Int {
        if case let .text(input) = content, input.isMultiline { return 4 }
        return 1
    }
}

/// A small form in a box: the moderator types, Tab moves between fields, Enter saves,
/// Esc cancels. When the model refuses the values, the form stays open with the text kept
/// and the reason shown inside it.
public final class FormOverlay: Overlay {
    private let title: String
    private var fields: [FormField]
    private let initialValues: [String]
    private var focus = 0
    private var error: String?
    private var inputWidth = 40
    /// First content row shown when the form is taller than the terminal.
    private var scroll = 0
    private let onSubmit: ([String], App) -> String?

    /// `onSubmit` gets the field values and returns nil on success or the reason it failed.
    public init(title: String, fields: [FormField], onSubmit: @escaping ([String], App) -> String?) {
        self.title = title
        self.fields = fields
        initialValues = fields.map(\.value)
        self.onSubmit = onSubmit
    }

    public var hasDraft: Bool { fields.map(\.value) != initialValues }

    public func handle(_ key: Key, app: App) -> Bool {
        if key == .escape {
            app.show(UIText.cancelled.text(app.language))
            return true
        }
        if key == .tab || (key == .down && !isMultilineFocused) {
            focus = (focus + 1) % fields.count
            return false
        }
        if key == .backTab || (key == .up && !isMultilineFocused) {
            focus = (focus + fields.count - 1) % fields.count
            return false
        }
        switch fields[focus].content {
        case var .text(input):
            let outcome = input.handle(key, width: inputWidth)
            fields[focus].content = .text(input)
            if outcome == .submit { return submit(app) }
        case let .choice(options, selected):
            switch key {
            case .left: fields[focus].content = .choice(options: options, selected: (selected + options.count - 1) % options.count)
            case .right, .character(" "): fields[focus].content = .choice(options: options, selected: (selected + 1) % options.count)
            case .enter: return submit(app)
            default: break
            }
        }
        return false
    }

    private var isMultilineFocused: Bool {
        if case let .text(input) = fields[focus].content { return input.isMultiline }
        return false
    }

    private func submit(_ app: App) -> Bool {
        error = onSubmit(fields.map(\.value), app)
        return error == nil
    }

    public func render(into canvas: inout Canvas, area: Rect, app: App) {
        let width = min(area.width - 2, 76)
        inputWidth = width - 4
        let errorLines = error.map { TextWrapper.wrap($0, width: width - 4) } ?? []
        var tops: [Int] = []
        var contentHeight = 0
        for field in fields {
            tops.append(contentHeight)
            contentHeight += 1 + field.inputHeight
        }
        let box = area.centered(width: width, height: contentHeight + errorLines.count + 4)
        // On a small terminal the fields scroll so the focused one is always visible.
        let visible = max(box.height - 4 - errorLines.count, 1 + fields[focus].inputHeight)
        let focusBottom = tops[focus] + 1 + fields[focus].inputHeight
        if tops[focus] < scroll { scroll = tops[focus] }
        if focusBottom > scroll + visible { scroll = focusBottom - visible }
        scroll = max(0, min(scroll, contentHeight - visible))
        canvas.fill(box, style: .normal)
        canvas.drawFrame(box, title: title, style: .frameFocused)
        var cursor: (x: Int, y: Int)? = nil
        for (index, field) in fields.enumerated() where tops[index] >= scroll && tops[index] + 1 + field.inputHeight <= scroll + visible {
            let focused = index == focus
            let y = box.y + 1 + tops[index] - scroll
            canvas.draw(field.label, x: box.x + 2, y: y, style: focused ? .heading : .secondary, maxWidth: width - 4)
            let rect = Rect(x: box.x + 2, y: y + 1, width: width - 4, height: field.inputHeight)
            switch field.content {
            case let .text(input):
                input.render(into: &canvas, rect: rect, style: focused ? .input : .selectionInactive)
                if focused { cursor = canvas.cursor }
            case let .choice(options, selected):
                canvas.fill(rect, style: focused ? .input : .selectionInactive)
                canvas.draw("◀ " + options[selected] + " ▶", x: rect.x, y: rect.y,
                            style: focused ? .input : .selectionInactive, maxWidth: rect.width)
            }
        }
        if scroll > 0 { canvas.draw("▲", x: box.maxX - 1, y: box.y + 1, style: .frameFocused) }
        if scroll + visible < contentHeight { canvas.draw("▼", x: box.maxX - 1, y: box.y + visible, style: .frameFocused) }
        for (offset, line) in errorLines.enumerated() where box.y + 1 + visible + offset < box.maxY - 2 {
            canvas.draw(line, x: box.x + 2, y: box.y + 1 + visible + offset, style: .error, maxWidth: width - 4)
        }
        let hint = isChoiceFocused ? UIText.formNextField.text(app.language) + " · " + UIText.formSaveHint.text(app.language)
            : UIText.formSaveHint.text(app.language)
        canvas.draw(hint, x: box.x + 2, y: box.maxY - 2, style: .secondary, maxWidth: width - 4)
        canvas.cursor = cursor
    }


    private var isChoiceFocused: Bool {
        if case .choice = fields[focus].content { return true }
        return false
    }
}
