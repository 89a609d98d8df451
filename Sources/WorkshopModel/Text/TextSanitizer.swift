import Foundation

/// Makes typed or pasted text safe to store and to draw: terminal escape sequences and
/// control characters are removed, line breaks are normalised, the text is NFC-normalised
/// (so "ü" is one character however it was typed) and trimmed.
public enum TextSanitizer {
    /// Cleans `raw`. Single-line text gets line breaks and tabs turned into spaces.
    public static func clean(_ raw: String, multiline: Bool) -> String {
        let text = strip(raw, multiline: multiline)
        if multiline {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            return lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// What ``clean(_:multiline:)`` does without trimming: escape sequences and control
    /// characters removed, line breaks normalised (spaces in single-line text), tabs turned
    /// into spaces, NFC. For text inserted in the middle of an input (a paste), where the
    /// spaces at its ends belong to the text.
    public static func strip(_ raw: String, multiline: Bool) -> String {
        var output = String.UnicodeScalarView()
        var scalars = raw.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return scalars.next()
        }
        while let scalar = next() {
            switch scalar.value {
            case 0x1B: // ESC: drop the whole escape sequence
                skipEscapeSequence(&scalars, pending: &pending)
            case 0x9B: // CSI (8-bit form)
                skipControlSequenceBody(&scalars)
            case 0x0D: // CR or CRLF
                let following = scalars.next()
                if following?.value != 0x0A { pending = following }
                output.append(multiline ? "\n" : " ")
            case 0x0A:
                output.append(multiline ? "\n" : " ")
            case 0x09:
                output.append(" ")
            case 0x00...0x1F, 0x7F, 0x80...0x9F:
                continue
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F: // bidi overrides spoof text
                continue
            case 0xFEFF:
                continue
            default:
                output.append(scalar)
            }
        }
        return String(output).precomposedStringWithCanonicalMapping
    }

    private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator,
                                           pending: inout Unicode.Scalar?) {
        guard let introducer = scalars.next() else { return }
        switch introducer {
        case "[":
            skipControlSequenceBody(&scalars)
        case "]", "P", "X", "^", "_": // OSC, DCS, SOS, PM, APC: up to BEL or ESC \
            while let s = scalars.next() {
                if s.value == 0x07 { return }
                if s.value == 0x1B { _ = scalars.next(); return }
            }
        case "(", ")", "*", "+", "#", "%": // designate character set: one more byte
            _ = scalars.next()
        default:
            if introducer.value < 0x20 { pending = introducer } // ESC followed by a control
        }
    }

    private static func skipControlSequenceBody(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let s = scalars.next() {
            if (0x40...0x7E).contains(s.value) { return }
        }
    }
}
