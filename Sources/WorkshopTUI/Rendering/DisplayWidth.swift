import CNcurses

/// How many terminal columns text takes when drawn in its ``DisplayForm``.
///
/// Every code point is measured as ncurses measures it: with the C library's `wcwidth`,
/// here always in the C.UTF-8 locale, so headless tests and the running program (whatever
/// its locale) count alike; glibc has the same width table in every UTF-8 locale, and tmux
/// uses the same `wcwidth`.
public enum DisplayWidth {
    /// Columns taken by `character` (a grapheme cluster) as drawn: 0 (controls, lone marks),
    /// 1, 2, or more for a cluster drawn as several glyphs ("👩‍👩‍👧" takes 6).
    public static func of(_ character: Character) -> Int {
        DisplayForm.width(of: character)
    }

    /// Columns taken by `text`.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var width = 0
        for character in text { width += DisplayForm.width(of: character) }
        return width
    }

    /// `wcwidth` of one code point: 0 for marks and joiners, 1, 2 for wide characters, -1
    /// for controls and code points the C library does not know.
    public static func columns(of scalar: Unicode.Scalar) -> Int {
        guard let locale = utf8Locale else { return Int(allianz_wcwidth(wchar_t(bitPattern: scalar.value))) }
        let previous = uselocale(locale)
        defer { uselocale(previous) }
        return Int(allianz_wcwidth(wchar_t(bitPattern: scalar.value)))
    }

    /// The C.UTF-8 locale, used per call on the calling thread only (`uselocale`); without
    /// it, the process locale (the one ncurses uses) measures.
    nonisolated(unsafe) private static let utf8Locale: locale_t? = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)
}

extension String {
    /// The text cut to at most `width` columns, with "…" when something was cut.
    public func truncated(toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(self) <= width { return self }
        var result = ""
        var used = 0
        for character in self {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// The text padded with spaces to exactly `width` columns (cut with "…" if longer).
    public func padded(toWidth width: Int) -> String {
        let cut = truncated(toWidth: width)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }
}
