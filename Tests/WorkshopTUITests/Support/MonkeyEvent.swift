import WorkshopModel
@testable import WorkshopTUI
import TestKit

/// One thing a monkey does to the program: a key, raw bytes from a terminal, a paste, a
/// resize, or going home to open another instrument.
enum MonkeyEvent {
    case key(Key)
    case bytes([UInt8])
    case paste(String)
    case resize(Size)
    /// Esc until the home screen, then this key (opens an instrument).
    case restart(Key)

    /// Printable keys: every command letter of the screens, and German text.
    private static let printable = Array("abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ0123456789 +-<>=.,:;!?/#*äöüßÄÖÜ–„“")
    private static let special: [Key] = [.enter, .newline, .escape, .tab, .backTab, .backspace, .delete,
                                         .up, .down, .left, .right, .home, .end, .pageUp, .pageDown]
    private static let homeKeys: [Key] = [.character("b"), .character("c"), .character("m"), .character("s"),
                                          .character("v"), .enter, .character("a"), .character("i"), .tab]
    private static let textPieces = ["Grüße", "Straße", "–", "„Zitat“", "\n", "\t", "\u{1B}[201~", "\u{1B}:q\r",
                                     "\u{1B}[A", "👩‍👩‍👧", "🏳️‍🌈", "e\u{301}", "漢字", "\u{7}", "\r\n",
                                     "Donaudampfschifffahrtsgesellschaftskapitän", "Idee: ", "10", ";", "x"]
    private static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 45), Size(width: 60, height: 16),
                                Size(width: 40, height: 10), Size(width: 120, height: 36), Size(width: 240, height: 67),
                                Size(width: 1, height: 1)]

    /// A random event; `q` and Ctrl-C are left out (the harness restarts a quit app anyway).
    static func random(using generator: inout SeededGenerator) -> MonkeyEvent {
        let roll = Int.random(in: 0..<100, using: &generator)
        switch roll {
        case 0..<45:
            return .key(.character(printable.randomElement(using: &generator)!))
        case 45..<65:
            return .key(special.randomElement(using: &generator)!)
        case 65..<72:
            let letter = Character(Unicode.Scalar(UInt8.random(in: 0x61...0x7A, using: &generator)))
            return .key(.control(letter))
        case 72..<74:
            return .key(.function(Int.random(in: 1...12, using: &generator)))
        case 74..<88:
            return .bytes(randomBytes(using: &generator))
        case 88..<92:
            return .paste(randomText(using: &generator))
        case 92..<96:
            return .resize(sizes.randomElement(using: &generator)!)
        default:
            return .restart(homeKeys.randomElement(using: &generator)!)
        }
    }

    /// A known escape sequence, a cut one, or garbage.
    private static func randomBytes(using generator: inout SeededGenerator) -> [UInt8] {
        let known = InputDecoderTests.table.map { "\u{1B}" + $0.0 } + InputDecoderTests.ignored.map { "\u{1B}" + $0 }
        var bytes = Array(known.randomElement(using: &generator)!.utf8)
        switch Int.random(in: 0..<4, using: &generator) {
        case 0: bytes = Array(bytes.prefix(Int.random(in: 1...bytes.count, using: &generator)))
        case 1: bytes = (0..<Int.random(in: 1...12, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        case 2: bytes += Array("\u{1B}[200~".utf8) + Array(randomText(using: &generator).utf8)
        default: break
        }
        return bytes
    }

    private static func randomText(using generator: inout SeededGenerator) -> String {
        let count = Int.random(in: 0..<100, using: &generator) == 0 ? 5_000 : Int.random(in: 1...40, using: &generator)
        return (0..<count).map { _ in textPieces.randomElement(using: &generator)! }.joined()
    }
}
