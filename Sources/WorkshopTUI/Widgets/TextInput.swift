/// An editable text with a cursor: single-line (Enter submits) or multi-line (Alt-Enter or
/// Ctrl-J breaks the line, long lines wrap at word boundaries). Works on grapheme clusters,
/// so umlauts, ß and wide characters move and delete as one.
public struct TextInput: Equatable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int
    public let isMultiline: Bool

    public init(_ text: String = "", multiline: Bool = false) {
        characters = Array(text)
        cursor = characters.count
        isMultiline = multiline
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
    }

    /// Applies an editing key. `width` is the wrap width, used for ↑/↓ in multi-line text.
    public mutating func handle(_ key: Key, width: Int = 80) -> Outcome {
        switch key {
        case let .character(c):
            characters.insert(c, at: cursor)
            cursor += 1
        case let .paste(text):
            // Line breaks stay in multi-line text; in a single line they become spaces.
            let inserted = Array(isMultiline ? text : text.replacingOccurrences(of: "\n", with: " "))
            characters.insert(contentsOf: inserted, at: cursor)
            cursor += inserted.count
        case .newline:
            guard isMultiline else { return .submit }
            characters.insert("\n", at: cursor)
            cursor += 1
        case .enter:
            return .submit
        case .backspace:
            guard cursor > 0 else { return .edited }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .control("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left:
            cursor = max(cursor - 1, 0)
        case .right:
            cursor = min(cursor + 1, characters.count)
        case .home, .control("a"):
            cursor = lineStart(width: width)
        case .end, .control("e"):
            cursor = lineEnd(width: width)
        case .control("w"):
            deleteWordBackwards()
        case .control("u"):
            let start = lineStart(width: width)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .up where isMultiline:
            moveVertically(by: -1, width: width)
        case .down where isMultiline:
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
    }

    // MARK: Layout

    /// The visual lines of the text at `width` columns, as ranges of character indices.
    /// Every character belongs to exactly one line; a line break ends its line.
    public func layout(width: Int) -> [Range<Int>] {
        guard isMultiline else { return [0..<characters.count] }
        let width = max(width, 2)
        var lines: [Range<Int>] = []
        var start = 0
        var columns = 0
        var lastSpace: Int? = nil
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                lines.append(start..<index + 1)
                start = index + 1; columns = 0; lastSpace = nil
                index += 1
                continue
            }
            let w = DisplayWidth.of(character)
            if columns + w > width - 1, index > start {
                let breakAt = (lastSpace.map { $0 + 1 }) ?? index
                lines.append(start..<breakAt)
                start = breakAt; lastSpace = nil
                columns = DisplayWidth.of(String(characters[breakAt..<index]))
                continue
            }
            if character == " " { lastSpace = index }
            columns += w
            index += 1
        }
        lines.append(start..<characters.count)
        return lines
    }

    /// The row and column of the cursor in ``layout(width:)``.
    public func cursorPosition(width: Int) -> (row: Int, column: Int) {
        let lines = layout(width: width)
        let row = lineIndex(of: cursor, in: lines)
        let columns = DisplayWidth.of(String(characters[lines[row].lowerBound..<cursor]).replacingOccurrences(of: "\n", with: ""))
        return (row, columns)
    }

    /// Draws the input into `rect`: single-line inputs scroll horizontally to keep the cursor
    /// visible; multi-line inputs wrap and scroll vertically. Sets the canvas cursor.
    public func render(into canvas: inout Canvas, rect: Rect, style: Style = .input) {
        canvas.fill(rect, style: style)
        guard rect.width > 0, rect.height > 0 else { return }
        if !isMultiline {
            var visible = characters[0..<cursor].map { $0 }
            while DisplayWidth.of(String(visible)) > rect.width - 1 { visible.removeFirst() }
            let start = cursor - visible.count
            canvas.draw(String(characters[start...]), x: rect.x, y: rect.y, style: style, maxWidth: rect.width)
            canvas.cursor = (rect.x + DisplayWidth.of(String(visible)), rect.y)
            return
        }
        let lines = layout(width: rect.width)
        let position = cursorPosition(width: rect.width)
        let first = max(0, position.row - rect.height + 1)
        for (offset, row) in (first..<min(lines.count, first + rect.height)).enumerated() {
            let text = String(characters[lines[row]]).replacingOccurrences(of: "\n", with: "")
            canvas.draw(text, x: rect.x, y: rect.y + offset, style: style, maxWidth: rect.width)
        }
        canvas.cursor = (rect.x + position.column, rect.y + position.row - first)
    }

    // MARK: Editing helpers

    /// A position at a soft wrap belongs to the start of the next line; the end of the text
    /// belongs to the last line.
    private func lineIndex(of position: Int, in lines: [Range<Int>]) -> Int {
        lines.firstIndex { position < $0.upperBound } ?? lines.count - 1
    }

    private func lineStart(width: Int) -> Int {
        let lines = layout(width: width)
        return lines[lineIndex(of: cursor, in: lines)].lowerBound
    }

    private func lineEnd(width: Int) -> Int {
        let lines = layout(width: width)
        let row = lineIndex(of: cursor, in: lines)
        return lastPosition(inLine: row, of: lines)
    }

    /// The last cursor position that is still shown on visual line `row`: before its line
    /// break, before a soft wrap (that position belongs to the next line), or the text's end.
    private func lastPosition(inLine row: Int, of lines: [Range<Int>]) -> Int {
        let range = lines[row]
        if range.upperBound > range.lowerBound && characters[range.upperBound - 1] == "\n" { return range.upperBound - 1 }
        return row == lines.count - 1 ? range.upperBound : max(range.upperBound - 1, range.lowerBound)
    }

    private mutating func moveVertically(by delta: Int, width: Int) {
        let lines = layout(width: width)
        let position = cursorPosition(width: width)
        let target = position.row + delta
        guard lines.indices.contains(target) else {
            cursor = delta < 0 ? 0 : characters.count
            return
        }
        var index = lines[target].lowerBound
        var columns = 0
        let last = lastPosition(inLine: target, of: lines)
        while index < last {
            let w = DisplayWidth.of(characters[index])
            if columns + w > position.column { break }
            columns += w
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
