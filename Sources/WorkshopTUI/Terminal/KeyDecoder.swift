import CNcurses
import Foundation

/// Turns what `wget_wch` returns into a ``Key``.
enum KeyDecoder {
    /// Decodes a function-key code (`KEY_CODE_YES`).
    static func functionKey(_ code: UInt32) -> Key? {
        switch Int32(code) {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_DC: .delete
        case KEY_BACKSPACE: .backspace
        case KEY_BTAB: .backTab
        case KEY_ENTER: .enter
        case KEY_RESIZE: .resize
        case KEY_F0 + 1...KEY_F0 + 12: .function(Int(Int32(code) - KEY_F0))
        default: nil
        }
    }

    /// The text of a bracketed paste: CR LF and CR become line breaks, tabs spaces; other
    /// control characters are left to the model's text cleaning.
    static func pastedText(_ scalars: [UInt32]) -> String {
        var text = String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return text.replacingOccurrences(of: "\t", with: " ")
    }

    /// Decodes an ordinary character code. (Alt+Enter arrives as Esc then Enter; the
    /// terminal joins the two into ``Key/newline``.)
    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 0x0D: return .enter
        case 0x0A: return .newline
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(code + 0x60)!))
        case 0x00...0x1F: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }
}
