/// The table of what terminals send for each key: xterm, VT220, rxvt, the linux console,
/// screen/tmux, VT100 and the kitty keyboard protocol. Used by ``InputDecoder``; every row is
/// tested from raw bytes.
enum KeySequences {
    /// What the bytes at the front of the input are.
    enum Decoded: Equatable {
        /// More bytes are needed to know.
        case incomplete
        /// `length` bytes make one key; nil for a sequence that is read and ignored (focus
        /// events, unknown keys, terminal reports).
        case key(Key?, length: Int)
        /// `length` bytes start a bracketed paste.
        case pasteStart(length: Int)
    }

    /// Decodes the key at the front of `bytes`. With `final`, nothing more will come: a lone
    /// Esc is an Esc and an incomplete sequence is dropped.
    static func decode(_ bytes: ArraySlice<UInt8>, final: Bool) -> Decoded {
        let first = bytes[bytes.startIndex]
        switch first {
        case 0x1B: return escape(bytes, final: final)
        case 0x80...: return utf8(bytes, final: final)
        default: return .key(control(first), length: 1)
        }
    }

    /// A single byte below 0x80.
    static func control(_ byte: UInt8) -> Key? {
        switch byte {
        case 0x0D: .enter
        case 0x0A: .newline
        case 0x09: .tab
        case 0x7F, 0x08: .backspace
        case 0x01...0x1A: .control(Character(Unicode.Scalar(byte + 0x60)))
        case 0x20...0x7E: .character(Character(Unicode.Scalar(byte)))
        default: nil
        }
    }

    // MARK: Escape

    private static func escape(_ bytes: ArraySlice<UInt8>, final: Bool) -> Decoded {
        let start = bytes.startIndex
        guard bytes.count > 1 else { return final ? .key(.escape, length: 1) : .incomplete }
        switch bytes[start + 1] {
        case UInt8(ascii: "["): return csi(bytes, final: final)
        case UInt8(ascii: "O"): return ss3(bytes, final: final)
        case 0x0D, 0x0A: return .key(.newline, length: 2)
        // Alt-Backspace deletes the word before the cursor, as in shells and editors.
        case 0x7F, 0x08: return .key(.control("w"), length: 2)
        case 0x1B:
            // Alt with a key that sends a sequence (ESC ESC [ A): the key, without Alt.
            guard bytes.count > 2 else { return final ? .key(.escape, length: 1) : .incomplete }
            guard bytes[start + 2] == UInt8(ascii: "[") || bytes[start + 2] == UInt8(ascii: "O") else {
                return .key(.escape, length: 1)
            }
            switch escape(bytes.dropFirst(), final: final) {
            case .incomplete: return .incomplete
            case let .key(key, length): return .key(key, length: length + 1)
            case let .pasteStart(length): return .pasteStart(length: length + 1)
            }
        default:
            // Esc typed just before another key: both count.
            return .key(.escape, length: 1)
        }
    }

    /// Reads `ESC [ params intermediates final` (and the three forms that break that grammar:
    /// `ESC [ [ x`, `ESC [ M b x y`, rxvt's `ESC [ 2 $`).
    private static func csi(_ bytes: ArraySlice<UInt8>, final: Bool) -> Decoded {
        let start = bytes.startIndex
        let count = bytes.count
        func need(_ length: Int) -> Decoded? {
            count < length ? (final ? .key(nil, length: count) : .incomplete) : nil
        }
        if let waiting = need(3) { return waiting }
        let third = bytes[start + 2]
        if third == UInt8(ascii: "[") {
            // Linux console F1–F5: ESC [ [ A … E.
            if let waiting = need(4) { return waiting }
            let letter = bytes[start + 3]
            let key: Key? = (UInt8(ascii: "A")...UInt8(ascii: "E")).contains(letter) ? .function(Int(letter) - 0x40) : nil
            return .key(key, length: 4)
        }
        if third == UInt8(ascii: "M") {
            // X10 mouse report: three bytes follow, each offset by 32.
            if let waiting = need(6) { return waiting }
            let button = Int(bytes[start + 3]) - 32
            let click = button & 0b0110_0011 == 0
            return .key(click ? .click(x: Int(bytes[start + 4]) - 33, y: Int(bytes[start + 5]) - 33) : nil, length: 6)
        }
        var index = start + 2
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length = index - start + 1
            switch byte {
            case 0x30...0x3F, 0x20...0x23, 0x25...0x2F:
                index += 1
            case 0x24, 0x40...0x7E:
                // rxvt ends Shift-modified keys with "$", which is otherwise an intermediate.
                if byte == 0x24 && !bytes[(start + 2)..<index].allSatisfy({ (0x30...0x39).contains($0) }) {
                    index += 1
                    continue
                }
                let parameters = Array(bytes[(start + 2)..<index])
                if parameters == Array("200".utf8) && byte == UInt8(ascii: "~") { return .pasteStart(length: length) }
                return .key(csiKey(parameters, final: byte), length: length)
            default:
                // Not part of a sequence: drop what was read, decode this byte on its own.
                return .key(nil, length: length - 1)
            }
        }
        return final ? .key(nil, length: count) : .incomplete
    }

    /// Reads `ESC O [modifier digits] final`.
    private static func ss3(_ bytes: ArraySlice<UInt8>, final: Bool) -> Decoded {
        let start = bytes.startIndex
        var index = start + 2
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length = index - start + 1
            switch byte {
            case 0x30...0x3F where length <= 8:
                index += 1
            case 0x40...0x7E:
                let parameters = Parameters(Array(bytes[(start + 2)..<index]))
                let modified = (parameters.last ?? 1) != 1
                return .key(ss3Key(byte, modified: modified), length: length)
            default:
                return .key(nil, length: length - 1)
            }
        }
        return final ? .key(nil, length: bytes.count) : .incomplete
    }

    // MARK: UTF-8

    private static func utf8(_ bytes: ArraySlice<UInt8>, final: Bool) -> Decoded {
        let start = bytes.startIndex
        let lead = bytes[start]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return .key(nil, length: 1)
        }
        for offset in 1..<length {
            guard start + offset < bytes.endIndex else { return final ? .key(nil, length: offset) : .incomplete }
            let byte = bytes[start + offset]
            guard (0x80...0xBF).contains(byte) else { return .key(nil, length: offset) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value), value >= 0xA0 else { return .key(nil, length: length) }
        return .key(.character(Character(scalar)), length: length)
    }

    // MARK: The tables

    /// The numbers of a sequence: `1;5` is [[1], [5]], `57399;1:3` is [[57399], [1, 3]].
    struct Parameters {
        let values: [[Int?]]

        init(_ bytes: [UInt8]) {
            let text = String(decoding: bytes.filter { (0x30...0x3B).contains($0) }, as: UTF8.self)
            values = text.isEmpty ? [] : text.split(separator: ";", omittingEmptySubsequences: false)
                .map { $0.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) } }
        }

        subscript(index: Int) -> Int? { values.indices.contains(index) ? values[index].first ?? nil : nil }
        var last: Int? { values.last?.first ?? nil }
        var isEmpty: Bool { values.isEmpty }
    }

    private static func csiKey(_ bytes: [UInt8], final: UInt8) -> Key? {
        let marker = bytes.first.flatMap { (0x3C...0x3F).contains($0) ? $0 : nil }
        let parameters = Parameters(bytes)
        if marker == UInt8(ascii: "<") {
            // SGR mouse: ESC [ < button ; x ; y M (press) or m (release).
            guard final == UInt8(ascii: "M"), let button = parameters[0], button & 0b0110_0011 == 0,
                  let x = parameters[1], let y = parameters[2] else { return nil }
            return .click(x: x - 1, y: y - 1)
        }
        guard marker == nil else { return nil }
        if let key = cursorKey(final) { return key }
        let modified = (parameters[1] ?? 1) != 1
        switch Character(Unicode.Scalar(final)) {
        case "Z": return .backTab
        case "P", "Q", "R", "S":
            // Unmodified F1–F4 only; "ESC [ row ; column R" is a cursor report.
            guard parameters.isEmpty || (parameters[0] == 1 && !modified) else { return nil }
            return .function(Int(final) - 0x4F)
        case "~", "^", "$", "@":
            guard let number = parameters[0] else { return nil }
            if number == 27, let code = parameters[2] { return codepointKey(code, modifiers: parameters[1] ?? 1) }
            return tildeKey(number, modified: modified || final != UInt8(ascii: "~"))
        case "u":
            guard let code = parameters[0] else { return nil }
            let event = parameters.values.count > 1 && parameters.values[1].count > 1 ? parameters.values[1][1] : 1
            guard event != 3 else { return nil }
            return codepointKey(code, modifiers: parameters[1] ?? 1)
        default:
            // Focus in/out (I, O) and everything else: read and ignored.
            return nil
        }
    }

    /// The VT220 keys, `ESC [ n ~`. Modified navigation keys act unmodified; modified
    /// function keys are not bound to anything.
    private static func tildeKey(_ number: Int, modified: Bool) -> Key? {
        switch number {
        case 1, 7: return .home
        case 4, 8: return .end
        case 3: return .delete
        case 5: return .pageUp
        case 6: return .pageDown
        default: break
        }
        guard !modified else { return nil }
        switch number {
        case 11...15: return .function(number - 10)
        case 17...21: return .function(number - 11)
        case 23, 24: return .function(number - 12)
        default: return nil
        }
    }

    /// The cursor keys, ended the same way after CSI and SS3, with or without modifiers
    /// (lower case: rxvt's Shift and Ctrl forms).
    private static func cursorKey(_ final: UInt8) -> Key? {
        switch Character(Unicode.Scalar(final)) {
        case "A", "a": .up
        case "B", "b": .down
        case "C", "c": .right
        case "D", "d": .left
        case "H": .home
        case "F": .end
        default: nil
        }
    }

    private static func ss3Key(_ final: UInt8, modified: Bool) -> Key? {
        if let key = cursorKey(final) { return key }
        switch Character(Unicode.Scalar(final)) {
        case "P", "Q", "R", "S": return modified ? nil : .function(Int(final) - 0x4F)
        case "M": return .enter
        default: break
        }
        // The application keypad.
        let keypad: [UInt8: Character] = [
            UInt8(ascii: "j"): "*", UInt8(ascii: "k"): "+", UInt8(ascii: "l"): ",", UInt8(ascii: "m"): "-",
            UInt8(ascii: "n"): ".", UInt8(ascii: "o"): "/", UInt8(ascii: "X"): "=",
        ]
        if let character = keypad[final] { return .character(character) }
        if (UInt8(ascii: "p")...UInt8(ascii: "y")).contains(final) {
            return .character(Character(Unicode.Scalar(final - UInt8(ascii: "p") + UInt8(ascii: "0"))))
        }
        return nil
    }

    /// A key given by its code point and modifiers (kitty's `CSI code ; mods u`, xterm's
    /// `CSI 27 ; mods ; code ~`). Modifiers are 1 + shift 1, alt 2, ctrl 4, super 8.
    private static func codepointKey(_ code: Int, modifiers: Int) -> Key? {
        let bits = max(modifiers - 1, 0)
        let shift = bits & 1 != 0, alt = bits & 2 != 0, ctrl = bits & 4 != 0, other = bits & ~7 != 0
        switch code {
        case 13, 57414: return shift || alt || ctrl ? .newline : .enter
        case 9: return shift ? .backTab : .tab
        case 27: return .escape
        case 127, 8: return alt || ctrl ? .control("w") : .backspace
        case 57399...57408: return .character(Character(Unicode.Scalar(UInt8(code - 57399) + UInt8(ascii: "0"))))
        case 57409: return .character(".")
        case 57410: return .character("/")
        case 57411: return .character("*")
        case 57412: return .character("-")
        case 57413: return .character("+")
        case 57415: return .character("=")
        case 57416: return .character(",")
        case 57417: return .left
        case 57418: return .right
        case 57419: return .up
        case 57420: return .down
        case 57421: return .pageUp
        case 57422: return .pageDown
        case 57423: return .home
        case 57424: return .end
        case 57426: return .delete
        case 0x20...0x7E, 0xA0...0xDFFF, 0xF900...0xFFFD, 0x10000...0xEFFFF:
            guard !alt, !other, let scalar = Unicode.Scalar(code) else { return nil }
            if ctrl {
                let letter = Character(scalar).lowercased()
                guard letter.count == 1, let ascii = letter.unicodeScalars.first, ("a"..."z").contains(ascii) else { return nil }
                return .control(Character(ascii))
            }
            let character = Character(scalar), upper = character.uppercased()
            return .character(shift && upper.count == 1 ? Character(upper) : character)
        default:
            return nil
        }
    }
}
