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
        forEachGlyph(of: character) { glyphs.append($0) }
        return glyphs
    }

    /// Calls `body` with each glyph of `character` in order, without collecting them.
    public static func forEachGlyph(of character: Character, _ body: (Glyph) -> Void) {
        guard let kind = singleBasicKind(of: character) else { return forEachGlyph(ofSequence: character, body) }
        switch kind {
        case .left, .mark: break
        case .unknown: body(Glyph(text: "\u{FFFD}", width: 1))
        case .narrow, .wide: body(Glyph(text: String(character), width: kind.columns))
        }
    }

    private static func forEachGlyph(ofSequence character: Character, _ body: (Glyph) -> Void) {
        var text = ""
        var width = 0
        var marks = 0
        var isFirst = true
        for scalar in character.unicodeScalars {
            let role = role(of: scalar, isFirst: isFirst)
            isFirst = false
            switch role {
            case .left:
                break
            case .mark:
                guard width > 0, marks < maximumMarks else { break }
                text.unicodeScalars.append(scalar)
                marks += 1
            case let .base(shown, columns):
                if width > 0 { body(Glyph(text: text, width: width)) }
                text = String(shown)
                width = columns
                marks = 0
            }
        }
        if width > 0 { body(Glyph(text: text, width: width)) }
    }

    /// Columns `character` takes when drawn: the sum of its glyphs' widths.
    public static func width(of character: Character) -> Int {
        guard let kind = singleBasicKind(of: character) else { return width(ofSequence: character) }
        return kind.columns
    }

    private static func width(ofSequence character: Character) -> Int {
        var width = 0
        var isFirst = true
        for scalar in character.unicodeScalars {
            if case let .base(_, columns) = role(of: scalar, isFirst: isFirst) { width += columns }
            isFirst = false
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

    /// What a code point is by itself, without the cluster around it.
    private enum Kind {
        /// Not drawn: controls, format characters (joiners, tags, bidi controls, soft hyphen)
        /// and variation selectors.
        case left
        /// Unknown to the C library (`wcwidth` -1): drawn as "�".
        case unknown
        /// Zero columns: a combining mark or Hangul vowel, drawn with the base before it.
        case mark
        /// A base of one column.
        case narrow
        /// A base of two columns.
        case wide

        init(_ scalar: Unicode.Scalar) {
            let properties = scalar.properties
            switch properties.generalCategory {
            case .control, .format:
                self = .left
                return
            default:
                break
            }
            if properties.isVariationSelector {
                self = .left
                return
            }
            switch DisplayWidth.columns(of: scalar) {
            case ..<0: self = .unknown
            case 0: self = .mark
            case 1: self = .narrow
            default: self = .wide
            }
        }

        /// Columns taken when the code point stands alone.
        var columns: Int {
            switch self {
            case .left, .mark: 0
            case .unknown, .narrow: 1
            case .wide: 2
            }
        }
    }

    private static func role(of scalar: Unicode.Scalar, isFirst: Bool) -> Role {
        let value = scalar.value
        if value < 0x10000 { return role(of: scalar, kind: basicPlaneKinds[Int(value)]) }
        if scalar.properties.isEmojiModifier && !isFirst { return .left }
        if (0x1F1E6...0x1F1FF).contains(value), let letter = Unicode.Scalar(value - 0x1F1E6 + 0x41) {
            return .base(shown: letter, columns: 1)
        }
        return role(of: scalar, kind: Kind(scalar))
    }

    private static func role(of scalar: Unicode.Scalar, kind: Kind) -> Role {
        switch kind {
        case .left: .left
        case .unknown: .base(shown: "\u{FFFD}", columns: 1)
        case .mark: .mark
        case .narrow, .wide: .base(shown: scalar, columns: kind.columns)
        }
    }

    /// The kind of a character that is one code point of the Basic Multilingual Plane (most
    /// text), straight from the table; nil for any other.
    private static func singleBasicKind(of character: Character) -> Kind? {
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? .narrow : .left }
        let scalars = character.unicodeScalars
        let first = scalars[scalars.startIndex]
        guard first.value < 0x10000, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
        return basicPlaneKinds[Int(first.value)]
    }

    /// The kinds of the Basic Multilingual Plane (where almost all text lives), worked out once.
    private static let basicPlaneKinds: [Kind] = (0..<0x10000).map { value in
        Unicode.Scalar(UInt32(value)).map(Kind.init) ?? .left
    }
}
