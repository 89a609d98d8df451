/// Makes workshop text safe for each export format. Every function first cleans the text
/// with ``TextSanitizer`` (terminal escape sequences and control characters removed): the
/// exporters do not rely on the stored text having been cleaned.
public enum ProtocolEscaping {
    /// The text cleaned by ``TextSanitizer`` (line breaks kept). Text without a single
    /// character the sanitizer removes or changes (controls, escape sequences, bidi overrides,
    /// surrounding spaces) is returned as it is, which keeps large exports fast.
    public static func clean(_ text: String) -> String {
        isClean(text) ? text : TextSanitizer.clean(text, multiline: true)
    }

    private static func isClean(_ text: String) -> Bool {
        var previous: Unicode.Scalar = "\n"
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: if previous == " " { return false }
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return false
            case 0x20: if previous == "\n" { return false }
            default: break
            }
            previous = scalar
        }
        return previous != " " && previous != "\n" || text.isEmpty
    }

    /// Text for HTML (and inline SVG): `& < > " '` as character references; line breaks
    /// become `<br>` when `lineBreaks` is true.
    public static func html(_ text: String, lineBreaks: Bool = true) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        for character in clean(text) {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\n": output += lineBreaks ? "<br>" : " "
            default: output.append(character)
            }
        }
        return output
    }

    /// The lines of `text` for Markdown, each with every markup character escaped by a
    /// backslash: `` \ ` * _ [ ] < > | # ~ `` anywhere, `&` where it would start a character
    /// reference, `- + =` and the `.` or `)` of a list number ("1. ") at the start of a line.
    /// Leading spaces are removed (they would start a code block).
    public static func markdownLines(_ text: String) -> [String] {
        clean(text).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let scalars = Array(line.unicodeScalars.drop { $0 == " " })
            let listNumber = scalars.prefix { ("0"..."9").contains($0) }.count
            var output = String.UnicodeScalarView()
            for (index, scalar) in scalars.enumerated() {
                let escaped: Bool
                switch scalar {
                case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~": escaped = true
                case "-", "+", "=": escaped = index == 0
                case "&": escaped = startsCharacterReference(scalars[(index + 1)...])
                case ".", ")": escaped = listNumber > 0 && index == listNumber && (index + 1 == scalars.count || scalars[index + 1] == " ")
                default: escaped = false
                }
                if escaped { output.append("\\") }
                output.append(scalar)
            }
            return String(output)
        }
    }

    /// Whether the text after an `&` makes it a character reference (`&amp;`, `&#38;`).
    private static func startsCharacterReference(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        let name = rest.prefix { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "#" }
        return !name.isEmpty && rest.dropFirst(name.count).first == ";"
    }

    /// Text for a Markdown paragraph or list item: the escaped lines joined by `separator`.
    public static func markdown(_ text: String, separator: String = " / ") -> String {
        markdownLines(text).joined(separator: separator)
    }

    /// Characters that make a spreadsheet read a cell as a formula.
    private static let formulaStart: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// One CSV field: cleaned, a leading formula character defused with an apostrophe, and
    /// quoted (RFC 4180) when it holds the separator, a quote or a line break.
    public static func csvField(_ text: String, separator: Character) -> String {
        var value = clean(text)
        if let first = value.first, formulaStart.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
