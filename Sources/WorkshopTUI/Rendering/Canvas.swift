/// One terminal cell: the glyph drawn there (see ``DisplayForm``) and its style. The right
/// half of a double-width glyph is a continuation cell with empty text.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var style: Style

    public static let blank = Cell(text: " ", style: .normal)

    /// True for the right half of a double-width character.
    public var isContinuation: Bool { text.isEmpty }
}

/// The in-memory cell grid every view renders into. The terminal backend draws it with
/// ncurses; tests read it as text.
public struct Canvas: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the text cursor should blink (an input field), if anywhere.
    public var cursor: (x: Int, y: Int)? {
        get { cursorPosition.map { ($0 % max(size.width, 1), $0 / max(size.width, 1)) } }
        set { cursorPosition = newValue.map { $0.y * size.width + $0.x } }
    }
    private var cursorPosition: Int?

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: max(0, size.width * size.height))
    }

    /// The whole canvas as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Fills `rect` with spaces in `style`. A wide character cut by the edge is blanked whole.
    public mutating func fill(_ rect: Rect, style: Style) {
        let clipped = clip(rect)
        guard clipped.width > 0 else { return }
        for y in clipped.y..<clipped.maxY {
            clearHalfOfWideCharacter(at: clipped.x, y: y)
            clearHalfOfWideCharacter(at: clipped.maxX - 1, y: y)
            for x in clipped.x..<clipped.maxX { cells[y * size.width + x] = Cell(text: " ", style: style) }
        }
    }

    /// Draws `text` from (x, y) on one line, clipped to `maxWidth` columns (and the canvas),
    /// in its ``DisplayForm``: each glyph fills one cell, or two for a wide glyph. A grapheme
    /// that does not fit whole is left out. Returns the number of columns drawn.
    @discardableResult
    public mutating func draw(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let limit = min(size.width, x + (maxWidth ?? size.width))
        var column = x
        for character in text {
            let width = DisplayForm.width(of: character)
            if width == 0 { continue }
            if column + width > limit { break }
            DisplayForm.forEachGlyph(of: character) { glyph in
                if column >= 0 { put(glyph, x: column, y: y, style: style) }
                column += glyph.width
            }
        }
        return column - x
    }

    /// Draws a one-cell frame around `rect` with an optional title in the top edge.
    public mutating func drawFrame(_ rect: Rect, title: String? = nil, style: Style = .frame) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let horizontal = String(repeating: "─", count: rect.width - 2)
        draw("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: style)
        draw("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            draw("│", x: rect.x, y: y, style: style)
            draw("│", x: rect.maxX - 1, y: y, style: style)
        }
        if let title, rect.width > 6 {
            draw(" " + title.truncated(toWidth: rect.width - 6) + " ", x: rect.x + 2, y: rect.y, style: style)
        }
    }

    /// The text of row `y`, without trailing spaces.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<size.width { text += self[x, y].text }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// Every row as text: what a person would read on the screen.
    public var lines: [String] { (0..<size.height).map(line) }

    /// The whole screen as one string, rows separated by line breaks.
    public var text: String { lines.joined(separator: "\n") }

    /// The style of the first cell at which `text` appears on row `y`, if it appears.
    public func style(of text: String, onLine y: Int) -> Style? {
        var columns: [Int] = []
        var row = ""
        for x in 0..<size.width where !self[x, y].isContinuation {
            columns.append(x)
            row += self[x, y].text
        }
        guard let range = row.range(of: text) else { return nil }
        let offset = row.distance(from: row.startIndex, to: range.lowerBound)
        return self[columns[offset], y].style
    }

    public static func == (lhs: Canvas, rhs: Canvas) -> Bool {
        lhs.size == rhs.size && lhs.cells == rhs.cells && lhs.cursorPosition == rhs.cursorPosition
    }

    private func clip(_ rect: Rect) -> Rect {
        let x0 = max(rect.x, 0), y0 = max(rect.y, 0)
        return Rect(x: x0, y: y0, width: min(rect.maxX, size.width) - x0, height: min(rect.maxY, size.height) - y0)
    }

    /// Puts one glyph at (x, y): its cell and, when it is wide, the continuation cell.
    private mutating func put(_ glyph: DisplayForm.Glyph, x: Int, y: Int, style: Style) {
        clearHalfOfWideCharacter(at: x, y: y)
        cells[y * size.width + x] = Cell(text: glyph.text, style: style)
        if glyph.width == 2 {
            clearHalfOfWideCharacter(at: x + 1, y: y)
            cells[y * size.width + x + 1] = Cell(text: "", style: style)
        }
    }

    /// Overwriting one half of a wide character blanks the other half.
    private mutating func clearHalfOfWideCharacter(at x: Int, y: Int) {
        let index = y * size.width + x
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = Cell(text: " ", style: cells[index - 1].style)
        } else if x + 1 < size.width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(text: " ", style: cells[index + 1].style)
        }
    }
}
