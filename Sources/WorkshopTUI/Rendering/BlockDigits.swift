/// Large digits drawn with block characters, five rows high, for figures the back row of
/// the room must read (the tally, the progress of a round).
enum BlockDigits {
    /// Rows of one glyph, three columns wide.
    private static let glyphs: [Character: [String]] = [
        "0": ["███", "█ █", "█ █", "█ █", "███"],
        "1": [" ██", "  █", "  █", "  █", "  █"],
        "2": ["███", "  █", "███", "█  ", "███"],
        "3": ["███", "  █", "███", "  █", "███"],
        "4": ["█ █", "█ █", "███", "  █", "  █"],
        "5": ["███", "█  ", "███", "  █", "███"],
        "6": ["███", "█  ", "███", "█ █", "███"],
        "7": ["███", "  █", "  █", "  █", "  █"],
        "8": ["███", "█ █", "███", "█ █", "███"],
        "9": ["███", "█ █", "███", "  █", "███"],
        "%": ["█ █", "  █", " █ ", "█  ", "█ █"],
        "/": ["  █", "  █", " █ ", "█  ", "█  "],
        " ": ["   ", "   ", "   ", "   ", "   "],
    ]

    /// Rows the glyphs take.
    static let height = 5

    /// The five rows of `text` (characters without a glyph are left out).
    static func rows(_ text: String) -> [String] {
        let known = text.compactMap { glyphs[$0] }
        return (0..<height).map { row in known.map { $0[row] }.joined(separator: " ") }
    }

    /// Columns `text` takes.
    static func width(_ text: String) -> Int { rows(text).first.map { DisplayWidth.of($0) } ?? 0 }
}
