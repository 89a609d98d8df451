/// The form in which text is drawn on the terminal, chosen so that the program, ncurses and
/// the terminal count the same columns for it.
///
/// ncurses advances its cursor by `wcwidth` of every code point and hangs zero-width code
/// points onto the cell before; terminals do the same for most text, but combine emoji
/// sequences by rules of their own (tmux 3.3a joins everything after a zero width joiner into
/// one cell, newer terminals widen a character followed by U+FE0F, combine skin tones and
/// flag pairs). So each grapheme cluster is drawn as a list of ``Glyph``s that every party
/// measures alike: joiners, variation selectors and other format characters are left out,
/// a skin-tone modifier after an emoji is left out, regional indicators are shown as their
/// letters (🇩🇪 → "DE"), a code point the C library does not know is shown as "�", and
/// combining marks stay with their base. The stored text is never changed; only its drawing.
public enum DisplayForm {
    /// One drawn piece of a grapheme cluster: a base character with at most
    /// ``maximumMarks`` combining marks, one or two columns wide. It fills one canvas cell
    /// (and a continuation cell when two columns wide).
    public struct Glyph: Equatable, Sendable {
        public let text: String
        public let width: Int
    }

    /// ncurses keeps a base and four combining characters per cell (`CCHARW_MAX` = 5);
    /// further marks are left out.
    public static let maximumMarks = 4

    /// The glyphs `character` is drawn as (none for a control character or a lone mark).
    public static func glyphs(of character: Character) -> [Glyph] {
        var glyphs: [Glyph] = []
        var text = ""
        var width = 0
        var marks = 0
        for (index, scalar) in character.unicodeScalars.enumerated() {
            switch role(of: scalar, isFirst: index == 0) {
            case .left:
                continue
            case .mark:
                guard width > 0, marks < maximumMarks else { continue }
                text.unicodeScalars.append(scalar)
                marks += 1
            case let .base(shown, columns):
                if width > 0 { glyphs.append(Glyph(text: text, width: width)) }
                text = String(shown)
                width = columns
                marks = 0
            }
        }
        if width > 0 { glyphs.append(Glyph(text: text, width: width)) }
        return glyphs
    }

    /// Columns `character` takes when drawn: the sum of its glyphs' widths.
    public static func width(of character: Character) -> Int {
        var width = 0
        for (index, scalar) in character.unicodeScalars.enumerated() {
            if case let .base(_, columns) = role(of: scalar, isFirst: index == 0) { width += columns }
        }
        return width
    }

    /// `text` as it is drawn: the glyphs of all its characters.
    public static func of(_ text: String) -> String {
        text.reduce(into: "") { result, character in
            for glyph in glyphs(of: character) { result += glyph.text }
        }
    }

    /// What becomes of one code point of a grapheme cluster.
    private enum Role {
        /// Not drawn.
        case left
        /// A zero-width code point drawn in the cell of the base before it.
        case mark
        /// Starts a glyph of `columns` columns, drawn as `shown`.
        case base(shown: Unicode.Scalar, columns: Int)
    }

    private static func role(of scalar: Unicode.Scalar, isFirst: Bool) -> Role {
        let value = scalar.value
        if (0x20..<0x7F).contains(value) { return .base(shown: scalar, columns: 1) }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .control, .format: return .left
        default: break
        }
        if properties.isVariationSelector || (properties.isEmojiModifier && !isFirst) { return .left }
        if (0x1F1E6...0x1F1FF).contains(value), let letter = Unicode.Scalar(value - 0x1F1E6 + 0x41) {
            return .base(shown: letter, columns: 1)
        }
        let columns = DisplayWidth.columns(of: scalar)
        if columns < 0 { return .base(shown: "\u{FFFD}", columns: 1) }
        return columns == 0 ? .mark : .base(shown: scalar, columns: columns)
    }
}
