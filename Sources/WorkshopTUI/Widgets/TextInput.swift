import WorkshopModel

/// An editable text with a cursor: single-line (Enter submits) or multi-line (Alt-Enter or
/// Ctrl-J breaks the line, long lines wrap at word boundaries). Works on grapheme clusters,
/// so umlauts, ß and wide characters move and delete as one.
///
/// Pasted text is cleaned as it comes in (escape sequences and control characters removed,
/// line breaks in a single-line input become spaces) and cut to ``limit`` once, which the
/// outcome reports. The whole text may be selected (``selectAll()``): then a typed character
/// or a paste replaces it, and any other editing key ends the selection and edits as usual.
/// Editing and drawing cost what is near the cursor, not the length of the whole text.
public struct TextInput: Equatable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int
    public let isMultiline: Bool
    /// The most characters a paste fills the input up to.
    public let limit: Int
    /// The whole text is selected: the next character typed or pasted replaces it.
    public private(set) var isSelected = false

    /// `limit` defaults to the largest limit of the model's single-line or multi-line fields.
    public init(_ text: String = "", multiline: Bool = false, limit: Int? = nil) {
        characters = Array(text)
        cursor = characters.count
        isMultiline = multiline
        self.limit = limit ?? TextFieldKind.largestLimit(multiline: multiline)
    }

    public var text: String { String(characters) }

    /// What an editing key did.
    public enum Outcome: Equatable, Sendable {
        /// The text or cursor changed (or the key was consumed).
        case edited
        /// Enter: the caller should submit the text.
        case submit
        /// The key is not an editing key.
        case ignored
        /// A paste was inserted, but only its first `kept` of `pasted` characters: the rest
        /// would have gone over ``TextInput/limit``.
        case pasteShortened(pasted: Int, kept: Int, limit: Int)

        /// Whether the key changed the input (an edit or a shortened paste).
        public var isEdit: Bool {
            switch self {
            case .edited, .pasteShortened: true
            case .submit, .ignored: false
            }
        }

        /// What to tell the moderator about the key, if anything: that a paste was cut.
        public func message(_ language: Language) -> String? {
            guard case let .pasteShortened(pasted, kept, limit) = self else { return nil }
            return UIText.pasteShortened.format(language, LocalizedFormat.count(pasted, language),
                                                LocalizedFormat.count(kept, language), LocalizedFormat.count(limit, language))
        }
    }

    /// Applies an editing key. `width` is the wrap width, used for ↑/↓ in multi-line text.
    public mutating func handle(_ key: Key, width: Int = 80) -> Outcome {
        switch key {
        case let .character(c):
            replaceSelection()
            characters.insert(c, at: cursor)
            cursor += 1
        case let .paste(text):
            replaceSelection()
            return insert(pasted: text)
        case .newline:
            guard isMultiline else { return .submit }
            isSelected = false
            characters.insert("\n", at: cursor)
            cursor += 1
        case .enter:
            return .submit
        case .backspace:
            isSelected = false
            guard cursor > 0 else { return .edited }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .control("d"):
            isSelected = false
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left:
            isSelected = false
            cursor = max(cursor - 1, 0)
        case .right:
            isSelected = false
            cursor = min(cursor + 1, characters.count)
        case .home, .control("a"):
            isSelected = false
            cursor = currentLine(width: width).line.lowerBound
        case .end, .control("e"):
            isSelected = false
            let (lines, row) = currentLine(width: width).around
            cursor = lastPosition(inLine: row, of: lines)
        case .control("w"):
            isSelected = false
            deleteWordBackwards()
        case .control("u"):
            isSelected = false
            let start = currentLine(width: width).line.lowerBound
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .up where isMultiline:
            isSelected = false
            moveVertically(by: -1, width: width)
        case .down where isMultiline:
            isSelected = false
            moveVertically(by: 1, width: width)
        default:
            return .ignored
        }
        return .edited
    }

    /// Replaces the whole text and puts the cursor at its end.
    public mutating func set(_ text: String) {
        characters = Array(text)
        cursor = characters.count
        isSelected = false
    }

    /// Replaces the characters in `range` with `text` and puts the cursor after it.
    public mutating func replace(_ range: Range<Int>, with text: String) {
        let new = Array(text)
        characters.replaceSubrange(range, with: new)
        cursor = range.lowerBound + new.count
        isSelected = false
    }

    /// Ends a selection without changing the text.
    public mutating func deselect() {
        isSelected = false
    }

    /// Selects the whole text (when there is any), so that typing starts afresh; the cursor
    /// goes to the end.
    public mutating func selectAll() {
        cursor = characters.count
        isSelected = !characters.isEmpty
    }

    /// Inserts `text` at the cursor, cleaned and cut to what fits under ``limit``.
    private mutating func insert(pasted text: String) -> Outcome {
        let cleaned = Array(TextSanitizer.strip(text, multiline: isMultiline))
        let room = max(0, limit - characters.count)
        let inserted = cleaned.count > room ? cleaned[..<room] : cleaned[...]
        characters.insert(contentsOf: inserted, at: cursor)
        cursor += inserted.count
        return inserted.count < cleaned.count ? .pasteShortened(pasted: cleaned.count, kept: inserted.count, limit: limit) : .edited
    }

    /// A selected text is replaced by what comes next: it goes, and the selection with it.
    private mutating func replaceSelection() {
        guard isSelected else { return }
        characters.removeAll()
        cursor = 0
        isSelected = false
    }

    // MARK: Layout

    /// The visual lines of the whole text at `width` columns, as ranges of character indices.
    /// Every character belongs to exactly one line; a line break ends its line.
    public func layout(width: Int) -> [Range<Int>] {
        guard isMultiline else { return [0..<characters.count] }
        var lines: [Range<Int>] = []
        var start = 0
        repeat {
            lines += paragraphLines(from: start, width: width)
            start = lines[lines.count - 1].upperBound
        } while endsWithBreak(lines[lines.count - 1])
        return lines
    }

    /// The row and column of the cursor in ``layout(width:)``.
    public func cursorPosition(width: Int) -> (row: Int, column: Int) {
        let lines = layout(width: width)
        let row = lineIndex(of: cursor, in: lines)
        return (row, columns(lines[row].lowerBound..<cursor))
    }

    /// The visual lines of the paragraph starting at `start`, which ends after its line break
    /// or at the end of the text. Soft wraps depend only on the paragraph, so this is all that
    /// has to be laid out around a position.
    private func paragraphLines(from start: Int, width: Int) -> [Range<Int>] {
        guard isMultiline else { return [0..<characters.count] }
        let width = max(width, 2)
        var lines: [Range<Int>] = []
        var lineStart = start
        var columns = 0
        var lastSpace: Int? = nil
        var index = start
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                lines.append(lineStart..<index + 1)
                return lines
            }
            let w = DisplayWidth.of(character)
            if columns + w > width - 1, index > lineStart {
                let breakAt = (lastSpace.map { $0 + 1 }) ?? index
                lines.append(lineStart..<breakAt)
                lineStart = breakAt; lastSpace = nil
                columns = self.columns(breakAt..<index)
                continue
            }
            if character == " " { lastSpace = index }
            columns += w
            index += 1
        }
        lines.append(lineStart..<characters.count)
        return lines
    }

    /// Where the paragraph holding `position` starts: after the line break before it.
    private func paragraphStart(of position: Int) -> Int {
        guard isMultiline else { return 0 }
        var start = position
        while start > 0, characters[start - 1] != "\n" { start -= 1 }
        return start
    }

    private func endsWithBreak(_ line: Range<Int>) -> Bool {
        line.upperBound > line.lowerBound && characters[line.upperBound - 1] == "\n"
    }

    /// Columns taken by the characters in `range` (a line break takes none).
    private func columns(_ range: Range<Int>) -> Int {
        characters[range].reduce(0) { $0 + ($1 == "\n" ? 0 : DisplayWidth.of($1)) }
    }

    /// The lines of the cursor's paragraph and the cursor's row among them.
    private func currentLine(width: Int) -> (line: Range<Int>, around: (lines: [Range<Int>], row: Int)) {
        let lines = paragraphLines(from: paragraphStart(of: cursor), width: width)
        let row = lineIndex(of: cursor, in: lines)
        return (lines[row], (lines, row))
    }

    /// Draws the input into `rect`: single-line inputs scroll horizontally to keep the cursor
    /// visible; multi-line inputs wrap and scroll vertically. Sets the canvas cursor. A
    /// selected text is drawn in the selection style. Only what is visible is measured.
    public func render(into canvas: inout Canvas, rect: Rect, style: Style = .input) {
        canvas.fill(rect, style: style)
        guard rect.width > 0, rect.height > 0 else { return }
        let textStyle: Style = isSelected ? .selection : style
        if !isMultiline {
            // Back from the cursor as far as fits, keeping one column for the cursor itself.
            var start = cursor
            var used = 0
            while start > 0 {
                let w = DisplayWidth.of(characters[start - 1])
                if used + w > rect.width - 1 { break }
                used += w
                start -= 1
            }
            canvas.draw(String(characters[start..<visibleEnd(from: start, width: rect.width)]),
                        x: rect.x, y: rect.y, style: textStyle, maxWidth: rect.width)
            canvas.cursor = (rect.x + used, rect.y)
            return
        }
        // The cursor's paragraph, and the paragraphs above it as far as the rows above the
        // cursor reach; then the rows below it as far as the rect reaches.
        var start = paragraphStart(of: cursor)
        var lines = paragraphLines(from: start, width: rect.width)
        var row = lineIndex(of: cursor, in: lines)
        while row < rect.height - 1, start > 0 {
            start = paragraphStart(of: start - 1)
            let above = paragraphLines(from: start, width: rect.width)
            lines = above + lines
            row += above.count
        }
        let first = max(0, row - rect.height + 1)
        while lines.count < first + rect.height, let last = lines.last, endsWithBreak(last) {
            lines += paragraphLines(from: last.upperBound, width: rect.width)
        }
        for (offset, index) in (first..<min(lines.count, first + rect.height)).enumerated() {
            let text = String(characters[lines[index]].filter { $0 != "\n" })
            canvas.draw(text, x: rect.x, y: rect.y + offset, style: textStyle, maxWidth: rect.width)
        }
        canvas.cursor = (rect.x + columns(lines[row].lowerBound..<cursor), rect.y + row - first)
    }

    /// The end of what fits into `width` columns from `start`.
    private func visibleEnd(from start: Int, width: Int) -> Int {
        var end = start
        var used = 0
        while end < characters.count {
            used += DisplayWidth.of(characters[end])
            if used > width { break }
            end += 1
        }
        return end
    }

    // MARK: Editing helpers

    /// A position at a soft wrap belongs to the start of the next line; the end of the text
    /// belongs to the last line.
    private func lineIndex(of position: Int, in lines: [Range<Int>]) -> Int {
        lines.firstIndex { position < $0.upperBound } ?? lines.count - 1
    }

    /// The last cursor position that is still shown on visual line `row`: before its line
    /// break, before a soft wrap (that position belongs to the next line), or the text's end.
    private func lastPosition(inLine row: Int, of lines: [Range<Int>]) -> Int {
        let range = lines[row]
        if endsWithBreak(range) { return range.upperBound - 1 }
        return range.upperBound == characters.count ? range.upperBound : max(range.upperBound - 1, range.lowerBound)
    }

    /// ↑/↓: to the same column of the visual line above or below (laying out at most the
    /// neighbouring paragraph); past the first or last line to the start or end of the text.
    private mutating func moveVertically(by delta: Int, width: Int) {
        var (_, (lines, row)) = currentLine(width: width)
        let column = columns(lines[row].lowerBound..<cursor)
        var target = row + delta
        if target < 0, let first = lines.first, first.lowerBound > 0 {
            let above = paragraphLines(from: paragraphStart(of: first.lowerBound - 1), width: width)
            lines = above + lines
            target += above.count
        } else if target >= lines.count, let last = lines.last, endsWithBreak(last) {
            lines += paragraphLines(from: last.upperBound, width: width)
        }
        guard lines.indices.contains(target) else {
            cursor = delta < 0 ? 0 : characters.count
            return
        }
        var index = lines[target].lowerBound
        var used = 0
        let last = lastPosition(inLine: target, of: lines)
        while index < last {
            let w = DisplayWidth.of(characters[index])
            if used + w > column { break }
            used += w
            index += 1
        }
        cursor = index
    }

    private mutating func deleteWordBackwards() {
        var start = cursor
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " ", characters[start - 1] != "\n" { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }
}

extension TextInput.Outcome {
    /// Shows ``message(_:)`` on the app's message line, if the key has something to say.
    func report(to app: App) {
        if let text = message(app.language) { app.show(text, kind: .error) }
    }
}
