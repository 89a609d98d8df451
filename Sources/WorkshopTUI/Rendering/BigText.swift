import Foundation

/// Text in large block glyphs for the projector: titles, timers, figures the back row of the
/// room must read.
///
/// `layout(_:maxWidth:maxHeight:)` picks the largest size that fits — `large` (5 rows per
/// line), `small` (3 rows per line), or plain text — and wraps the text over several lines
/// at spaces, hyphens, dashes and slashes, never inside a word: a word wider than the line
/// makes that size not fit. Lower-case letters are drawn as capitals, other accented letters
/// as their base letter (é → E), and characters without a glyph as `?`; nothing crashes.
///
/// ```swift
/// let title = BigText.layout(round.question, maxWidth: area.width, maxHeight: 12)
/// title.render(into: &canvas, rect: area, style: .heading, alignment: .center)
/// ```
public enum BigText {
    /// The sizes, largest first.
    public enum Size: CaseIterable, Sendable {
        /// Five rows per line: letters four rows high (8 pixels), a row above for umlaut dots.
        case large
        /// Three rows per line: letters 2½ rows high (5 pixels).
        case small
        /// Plain text, one row per line (drawn in the caller's style, bold for `.heading`).
        case plain

        /// Rows one line of text takes, including the row for umlaut dots.
        public var lineHeight: Int {
            switch self {
            case .large: 5
            case .small: 3
            case .plain: 1
            }
        }
    }

    /// How each line sits in the rectangle it is drawn into.
    public enum Alignment: Sendable {
        case left
        case center
    }

    /// Blank rows between two lines of block glyphs.
    public static let lineGap = 1

    /// The layout of `text` in the largest size, at most `largest`, whose lines fit into
    /// `maxWidth` columns and `maxHeight` rows. When no block size fits, the plain text is
    /// wrapped (cut with "…" if it still has too many lines).
    public static func layout(_ text: String, maxWidth: Int, maxHeight: Int, largest: Size = .large) -> BigTextLayout {
        let text = normalized(text)
        for size in Size.allCases.drop(while: { $0 != largest }) where size != .plain {
            if let layout = blockLayout(text, size: size, maxWidth: maxWidth), layout.height <= maxHeight {
                return layout
            }
        }
        return plainLayout(text, maxWidth: maxWidth, maxHeight: maxHeight)
    }

    /// The layout of `text` in `size` with lines of at most `maxWidth` columns, or nil when
    /// a word is wider than that. The height is not limited.
    public static func layout(_ text: String, size: Size, maxWidth: Int) -> BigTextLayout? {
        let text = normalized(text)
        if size == .plain { return plainLayout(text, maxWidth: maxWidth, maxHeight: Int.max) }
        return blockLayout(text, size: size, maxWidth: maxWidth)
    }

    /// A short figure (a countdown, a percentage) as large as the room allows: the largest
    /// block size on one line, scaled up by the largest whole factor that still fits, so a
    /// timer fills the projector at any terminal size.
    public static func figure(_ text: String, maxWidth: Int, maxHeight: Int) -> BigTextLayout {
        let line = normalized(text).replacingOccurrences(of: "\n", with: " ")
        for size in [Size.large, .small] {
            guard let layout = blockLayout(line, size: size, maxWidth: maxWidth), layout.lines.count == 1,
                  layout.height <= maxHeight, layout.width > 0 else { continue }
            let factor = min(maxWidth / layout.width, maxHeight / layout.height)
            return factor > 1 ? layout.scaled(by: factor) : layout
        }
        return plainLayout(line, maxWidth: maxWidth, maxHeight: maxHeight)
    }

    /// Lays out `text` to fit `rect` and draws it from the rectangle's top row.
    @discardableResult
    public static func draw(_ text: String, into canvas: inout Canvas, rect: Rect, style: Style,
                            alignment: Alignment = .center, largest: Size = .large) -> BigTextLayout {
        let layout = layout(text, maxWidth: rect.width, maxHeight: rect.height, largest: largest)
        layout.render(into: &canvas, rect: rect, style: style, alignment: alignment)
        return layout
    }

    /// The rows of one line of `text` in a block size, without wrapping or trimming
    /// (`size.lineHeight` rows of equal width).
    public static func rows(_ text: String, size: Size) -> [String] {
        guard let font = font(size) else { return [normalized(text)] }
        return font.rows(glyphKeys(normalized(text)))
    }

    /// Columns one line of `text` takes in `size`, without wrapping.
    public static func width(_ text: String, size: Size) -> Int {
        guard let font = font(size) else { return DisplayWidth.of(normalized(text)) }
        return font.width(glyphKeys(normalized(text)))
    }

    /// Every character with a glyph of its own, in both block sizes. Lower-case letters,
    /// `ä ö ü`, and a few typographic variants (`’ ‚ … ẞ`, no-break spaces) map onto these.
    public static var supportedCharacters: [Character] { largeFont.characters }

    /// The character whose glyph draws `character`: itself, its capital, an equivalent, or
    /// `?`. Nil for characters that take no room (combining marks, zero-width spaces).
    static func glyphKey(for character: Character) -> Character? {
        if largeFont.glyphs[character] != nil { return character }
        if DisplayWidth.of(character) == 0
            || character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .format }) {
            return nil  // combining marks, zero-width and soft hyphens, control characters
        }
        if character.isWhitespace { return " " }
        if let alias = aliases[character] { return alias }
        let capital = String(character).uppercased()
        if capital.count == 1, let key = capital.first, largeFont.glyphs[key] != nil { return key }
        // Letters with other accents: the base letter (é → E, ñ → N).
        if let base = capital.decomposedStringWithCanonicalMapping.unicodeScalars.first.map(Character.init),
           largeFont.glyphs[base] != nil {
            return base
        }
        return "?"
    }

    /// Characters drawn with the glyph of another.
    private static let aliases: [Character: Character] = [
        "ẞ": "ß", "’": "'", "‘": "'", "‚": ",", "«": "\"", "»": "\"", "‹": "'", "›": "'",
        "−": "-", "‐": "-", "‑": "-", "‒": "–", "―": "—",
    ]

    /// The glyph keys of one line (characters without room left out).
    private static func glyphKeys(_ line: String) -> [Character] {
        line.compactMap(glyphKey(for:))
    }

    /// Line breaks unified, tabs and ellipses spelled out.
    private static func normalized(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\r\n", "\r", "\u{2028}", "\u{2029}": result.append("\n")
            case "\t": result.append(" ")
            case "…": result += "..."
            default: result.append(character)
            }
        }
        return result
    }

    static func font(_ size: Size) -> BlockFont? {
        switch size {
        case .large: largeFont
        case .small: smallFont
        case .plain: nil
        }
    }

    static let largeFont = BlockFont(sheet: largeSheet, pixelRows: 10)
    static let smallFont = BlockFont(sheet: smallSheet, pixelRows: 6)

    // MARK: Layout

    private static func blockLayout(_ text: String, size: Size, maxWidth: Int) -> BigTextLayout? {
        guard let font = font(size), maxWidth > 0 else { return nil }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let wrapped = wrap(String(paragraph), maxWidth: maxWidth, width: { font.width(glyphKeys($0)) }) else {
                return nil
            }
            lines += wrapped
        }
        var rows: [String] = []
        for (index, line) in lines.enumerated() {
            if index > 0 { rows += Array(repeating: "", count: lineGap) }
            rows += font.rows(glyphKeys(line))
        }
        // Blank rows at the top and bottom: the dot row of a first line without umlauts.
        while let first = rows.first, isBlank(first) { rows.removeFirst() }
        while let last = rows.last, isBlank(last) { rows.removeLast() }
        return BigTextLayout(size: size, lines: lines, rows: rows)
    }

    private static func plainLayout(_ text: String, maxWidth: Int, maxHeight: Int) -> BigTextLayout {
        guard maxWidth > 0, maxHeight > 0 else { return BigTextLayout(size: .plain, lines: [], rows: []) }
        // A double-width character is never cut, so a line may be wider than a very narrow rectangle.
        var lines = TextWrapper.wrap(text, width: maxWidth).map { $0.truncated(toWidth: maxWidth) }
        if lines.count > maxHeight {
            lines = Array(lines.prefix(maxHeight))
            lines[maxHeight - 1] = (lines[maxHeight - 1] + "…").truncated(toWidth: maxWidth)
        }
        return BigTextLayout(size: .plain, lines: lines, rows: lines)
    }

    private static func isBlank(_ row: String) -> Bool { row.allSatisfy { $0 == " " } }

    /// Greedy word wrap of one paragraph by `width`: at spaces, then after hyphens, dashes and
    /// slashes; nil when a piece between two such breaks is wider than `maxWidth`.
    private static func wrap(_ paragraph: String, maxWidth: Int, width: (String) -> Int) -> [String]? {
        var lines: [String] = []
        var line = ""
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let joined = line.isEmpty ? word : line + " " + word
            if width(joined) <= maxWidth {
                line = joined
                continue
            }
            var pieces = breakPieces(word)
            if !line.isEmpty {
                // The head of a hyphenated word may still fit behind the line.
                let head = longestFittingHead(pieces, maxWidth: maxWidth) { width(line + " " + $0) }
                if head > 0 {
                    lines.append(line + " " + pieces[..<head].joined())
                    pieces.removeFirst(head)
                } else {
                    lines.append(line)
                }
                line = ""
            }
            while !pieces.isEmpty {
                let head = longestFittingHead(pieces, maxWidth: maxWidth) { width($0) }
                if head == 0 { return nil }
                if head == pieces.count {
                    line = pieces.joined()
                } else {
                    lines.append(pieces[..<head].joined())
                }
                pieces.removeFirst(head)
            }
        }
        lines.append(line)
        return lines
    }

    /// The most leading pieces whose joined text fits.
    private static func longestFittingHead(_ pieces: [String], maxWidth: Int, width: (String) -> Int) -> Int {
        var count = 0
        var text = ""
        for piece in pieces {
            text += piece
            if width(text) > maxWidth { break }
            count += 1
        }
        return count
    }

    /// A word cut after each hyphen, dash or slash ("City-Logistik" → "City-", "Logistik").
    private static func breakPieces(_ word: String) -> [String] {
        var pieces: [String] = []
        var piece = ""
        for character in word {
            piece.append(character)
            if "-–—/".contains(character) {
                pieces.append(piece)
                piece = ""
            }
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }
}

/// Text laid out by `BigText`: its size, the text of each line, and the rows to draw.
public struct BigTextLayout: Equatable, Sendable {
    /// The size chosen.
    public let size: BigText.Size
    /// The text of each line as wrapped (not upper-cased).
    public let lines: [String]
    /// The rows to draw, top to bottom: block glyphs (empty strings between two lines) or
    /// plain text. The dot row above the first line is left out when no letter needs it.
    public let rows: [String]

    /// Rows the text takes.
    public var height: Int { rows.count }

    /// Columns of the widest line.
    public var width: Int { rows.map { DisplayWidth.of($0) }.max() ?? 0 }

    /// The same block glyphs `factor` times as wide and high: every half-block pixel becomes
    /// `factor` × `factor` pixels. Plain text is not scaled.
    public func scaled(by factor: Int) -> BigTextLayout {
        guard factor > 1, size != .plain else { return self }
        let width = self.width
        // Two pixels per cell, top and bottom.
        let pixels: [[Bool]] = rows.flatMap { row -> [[Bool]] in
            let cells = Array(row) + Array(repeating: " ", count: max(width - row.count, 0))
            return [cells.map { $0 == "█" || $0 == "▀" }, cells.map { $0 == "█" || $0 == "▄" }]
        }
        let big = pixels.flatMap { line in
            Array(repeating: line.flatMap { Array(repeating: $0, count: factor) }, count: factor)
        }
        let scaledRows = stride(from: 0, to: big.count - 1, by: 2).map { y in
            String(zip(big[y], big[y + 1]).map { top, bottom -> Character in
                switch (top, bottom) {
                case (true, true): "█"
                case (true, false): "▀"
                case (false, true): "▄"
                case (false, false): " "
                }
            })
        }
        return BigTextLayout(size: size, lines: lines, rows: scaledRows)
    }

    /// Draws the rows from the top of `rect`, each line aligned on its own, clipped to `rect`.
    /// Use `rect.centered(width:height:)` with `width` and `height` to centre vertically too.
    public func render(into canvas: inout Canvas, rect: Rect, style: Style, alignment: BigText.Alignment = .center) {
        for (index, row) in rows.enumerated() where index < rect.height && !row.isEmpty {
            let rowWidth = DisplayWidth.of(row)
            let x = alignment == .center ? rect.x + max((rect.width - rowWidth) / 2, 0) : rect.x
            canvas.draw(row, x: x, y: rect.y + index, style: style, maxWidth: max(rect.maxX - x, 0))
        }
    }
}

/// One block font: glyphs as terminal rows built from half blocks.
struct BlockFont: Sendable {
    /// Terminal rows per glyph.
    let height: Int
    /// The rows of each glyph, all of the glyph's width.
    let glyphs: [Character: [String]]
    /// The characters in the order of the sheet.
    let characters: [Character]

    /// Reads a pixel sheet (see `BigTextGlyphs.swift`); malformed glyphs are left out.
    init(sheet: String, pixelRows: Int) {
        height = pixelRows / 2
        var glyphs: [Character: [String]] = [:]
        var characters: [Character] = []
        let lines = sheet.split(separator: "\n").filter { !$0.allSatisfy { $0 == " " } }
        var index = 0
        while index + pixelRows < lines.count + 1 {
            let labels = lines[index].split(separator: " ")
            let pixels = lines[(index + 1)...(index + pixelRows)].map { $0.split(separator: " ") }
            for (column, label) in labels.enumerated() where label.count == 1 {
                let bitmap = pixels.compactMap { column < $0.count ? String($0[column]) : nil }
                guard bitmap.count == pixelRows, let glyph = Self.cells(bitmap) else { continue }
                let character: Character = label == "␠" ? " " : label.first!
                glyphs[character] = glyph
                characters.append(character)
            }
            index += pixelRows + 1
        }
        self.glyphs = glyphs
        self.characters = characters
    }

    /// Pairs of pixel rows as half blocks; nil when the rows differ in width.
    private static func cells(_ bitmap: [String]) -> [String]? {
        let pixels = bitmap.map { $0.map { $0 == "#" } }
        guard let width = pixels.first?.count, pixels.allSatisfy({ $0.count == width }) else { return nil }
        return stride(from: 0, to: pixels.count - 1, by: 2).map { row in
            String((0..<width).map { x -> Character in
                switch (pixels[row][x], pixels[row + 1][x]) {
                case (true, true): "█"
                case (true, false): "▀"
                case (false, true): "▄"
                case (false, false): " "
                }
            })
        }
    }

    private var fallback: [String] { glyphs["?"] ?? Array(repeating: "", count: height) }

    /// The rows of `keys` set side by side, one column apart.
    func rows(_ keys: [Character]) -> [String] {
        let set = keys.map { glyphs[$0] ?? fallback }
        return (0..<height).map { row in set.map { $0[row] }.joined(separator: " ") }
    }

    /// Columns `keys` take.
    func width(_ keys: [Character]) -> Int {
        let widths = keys.map { (glyphs[$0] ?? fallback).first?.count ?? 0 }
        return widths.reduce(0, +) + max(widths.count - 1, 0)
    }
}
