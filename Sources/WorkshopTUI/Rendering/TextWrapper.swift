/// Word wrap by display width, for German text: breaks at spaces, then after hyphens and
/// dashes inside long compounds ("Wirtschafts-förderung", "Gemeinsam–Innovativ"), and only
/// as a last resort inside a word.
public enum TextWrapper {
    /// The lines of `text` wrapped to `width` columns. Explicit line breaks are kept.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += wrapParagraph(String(paragraph), width: width)
        }
        return lines
    }

    private static func wrapParagraph(_ paragraph: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
            var piece = String(word)
            var pieceWidth = DisplayWidth.of(piece)
            let separator = line.isEmpty ? 0 : 1
            if lineWidth + separator + pieceWidth <= width {
                if separator == 1 { line += " " }
                line += piece
                lineWidth += separator + pieceWidth
                continue
            }
            // Try to fill the current line with the head of a hyphenated word.
            if !line.isEmpty, let (head, tail) = splitAtBreak(piece, maxWidth: width - lineWidth - 1) {
                lines.append(line + " " + head)
                piece = tail
                pieceWidth = DisplayWidth.of(piece)
            } else if !line.isEmpty {
                lines.append(line)
            }
            line = ""
            lineWidth = 0
            while pieceWidth > width {
                let (head, tail) = splitAtBreak(piece, maxWidth: width) ?? hardSplit(piece, maxWidth: width)
                lines.append(head)
                piece = tail
                pieceWidth = DisplayWidth.of(piece)
            }
            line = piece
            lineWidth = pieceWidth
        }
        lines.append(line)
        return lines
    }

    /// Splits after the last hyphen or dash whose head fits into `maxWidth` columns.
    private static func splitAtBreak(_ word: String, maxWidth: Int) -> (String, String)? {
        guard maxWidth > 1 else { return nil }
        var best: String.Index? = nil
        var used = 0
        var index = word.startIndex
        while index < word.endIndex {
            let character = word[index]
            used += DisplayWidth.of(character)
            if used > maxWidth { break }
            let next = word.index(after: index)
            if "-–—/".contains(character) && next < word.endIndex { best = next }
            index = next
        }
        guard let best else { return nil }
        return (String(word[..<best]), String(word[best...]))
    }

    private static func hardSplit(_ word: String, maxWidth: Int) -> (String, String) {
        var used = 0
        var index = word.startIndex
        while index < word.endIndex {
            let w = DisplayWidth.of(word[index])
            if used + w > maxWidth && used > 0 { break }
            used += w
            index = word.index(after: index)
        }
        return (String(word[..<index]), String(word[index...]))
    }
}
