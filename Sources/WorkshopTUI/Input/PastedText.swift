/// The text of a bracketed paste: only text, whatever bytes the paste held.
enum PastedText {
    /// Decodes the pasted bytes as UTF-8 (invalid bytes become U+FFFD), turns CR LF and CR
    /// into line breaks and tabs into spaces, and removes escape sequences and every other
    /// control character, so nothing pasted can act as a key or reach the terminal.
    static func text(of bytes: [UInt8]) -> String {
        var cleaned: [UInt8] = []
        cleaned.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x1B:
                index = endOfEscapeSequence(in: bytes, from: index)
                continue
            case 0x0D:
                cleaned.append(0x0A)
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            case 0x09:
                cleaned.append(0x20)
            case 0x0A, 0x20...:
                cleaned.append(byte)
            default:
                break
            }
            index += 1
        }
        let text = String(decoding: cleaned, as: UTF8.self)
        // C1 controls (U+0080–U+009F) are control characters too.
        guard text.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) || $0.value == 0x7F }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !(0x7F...0x9F).contains($0.value) }))
    }

    /// The index after the escape sequence starting at `start` (CSI and SS3 read to their
    /// final byte, OSC/DCS to their terminator; any other Esc is removed alone).
    private static func endOfEscapeSequence(in bytes: [UInt8], from start: Int) -> Int {
        var index = start + 1
        guard index < bytes.count else { return index }
        let kind = bytes[index]
        index += 1
        switch kind {
        case UInt8(ascii: "["):
            while index < bytes.count, (0x20...0x3F).contains(bytes[index]) { index += 1 }
            return min(index + 1, bytes.count)
        case UInt8(ascii: "O"):
            return min(index + 1, bytes.count)
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"):
            // String sequences end with BEL or ESC \.
            while index < bytes.count {
                if bytes[index] == 0x07 { return index + 1 }
                if bytes[index] == 0x1B { return min(index + 2, bytes.count) }
                index += 1
            }
            return index
        default:
            return start + 1
        }
    }
}
