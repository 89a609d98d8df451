import Foundation
import Testing
import WorkshopModel
import TestKit

private func clean(_ raw: String) -> String { TextSanitizer.clean(raw, multiline: false) }
private func cleanLines(_ raw: String) -> String { TextSanitizer.clean(raw, multiline: true) }

@Suite struct TextSanitizerTests {
    @Test func plainTextIsUnchanged() {
        for text in ["Anna Müller", "Kreativnetzwerk „Made in Bottrop“", "Gülay Yıldız", "Faktor 10 – Institut",
                     "Ærø · Ŝtraße · 東京 · 👩🏽‍💻", "a  b"] {
            #expect(clean(text) == text)
            #expect(cleanLines(text) == text)
        }
    }

    // MARK: Escape sequences

    @Test(arguments: [
        ("\u{1B}[31mRot\u{1B}[0m", "Rot"),
        ("\u{1B}[1;38;5;196mfett\u{1B}[m", "fett"),
        ("A\u{1B}[2J\u{1B}[HB", "AB"),
        ("\u{1B}[?1049hAlt\u{1B}[?1049l", "Alt"),
        ("x\u{9B}31my", "xy"), // 8-bit CSI
        ("\u{1B}]0;Fenstertitel\u{7}Text", "Text"), // OSC ended by BEL
        ("\u{1B}]0;Fenstertitel\u{1B}\\Text", "Text"), // OSC ended by ESC \
        ("\u{1B}]8;;https://example.com\u{1B}\\Link\u{1B}]8;;\u{1B}\\", "Link"), // hyperlink
        ("\u{1B}]52;c;ZWNobyBwd25lZA==\u{7}Ablage", "Ablage"), // clipboard write
        ("\u{1B}P1$qm\u{1B}\\DCS", "DCS"),
        ("\u{1B}_APC\u{1B}\\ok", "ok"),
        ("\u{1B}(0qqq\u{1B}(B", "qqq"), // character set designation
        ("\u{1B}7gespeichert\u{1B}8", "gespeichert"), // two-byte escapes drop their final byte
        ("Ende\u{1B}", "Ende"),
        ("Ende\u{1B}[", "Ende"),
    ])
    func escapeSequencesAreRemoved(raw: String, expected: String) {
        #expect(clean(raw) == expected)
        #expect(cleanLines(raw) == expected)
    }

    @Test func escFollowedByAControlKeepsTheControlsMeaning() {
        #expect(clean("a\u{1B}\nb") == "a b")
        #expect(cleanLines("a\u{1B}\nb") == "a\nb")
        #expect(clean("a\u{1B}\u{1B}[31mb") == "ab")
    }

    // MARK: Control characters

    @Test func c0AndC1ControlsAreRemoved() {
        var raw = "A"
        for value in UInt32(0x00)...0x1F where ![0x09, 0x0A, 0x0D, 0x1B].contains(value) {
            raw.unicodeScalars.append(Unicode.Scalar(value)!)
        }
        raw += "B\u{7F}C"
        for value in UInt32(0x80)...0x9F where value != 0x9B {
            raw.unicodeScalars.append(Unicode.Scalar(value)!)
        }
        raw += "D"
        #expect(clean(raw) == "ABCD")
        #expect(cleanLines(raw) == "ABCD")
    }

    @Test func nothingThatATerminalInterpretsSurvives() {
        var generator = SeededGenerator(seed: 42)
        let alphabet: [Unicode.Scalar] = ["a", "ü", "[", "]", "\\", ";", "1", "m", " ", "\u{1B}", "\u{7}", "\u{9B}",
                                          "\u{9C}", "\u{9D}", "\r", "\n", "\t", "\u{0}", "\u{7F}", "\u{202E}", "\u{308}"]
        for _ in 0..<2000 {
            var raw = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...24, using: &generator) {
                raw.append(alphabet.randomElement(using: &generator)!)
            }
            let text = String(raw)
            for multiline in [false, true] {
                let cleaned = TextSanitizer.clean(text, multiline: multiline)
                let forbidden = cleaned.unicodeScalars.filter {
                    ($0.value < 0x20 && !(multiline && $0 == "\n")) || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}"
                }
                #expect(forbidden.isEmpty, "\(text.debugDescription) → \(cleaned.debugDescription)")
                #expect(TextSanitizer.clean(cleaned, multiline: multiline) == cleaned, "not idempotent: \(text.debugDescription)")
            }
        }
    }

    // MARK: Line breaks and tabs

    @Test func singleLineTurnsBreaksAndTabsIntoSpaces() {
        #expect(clean("Zeile 1\r\nZeile 2") == "Zeile 1 Zeile 2")
        #expect(clean("Zeile 1\rZeile 2") == "Zeile 1 Zeile 2")
        #expect(clean("Zeile 1\nZeile 2") == "Zeile 1 Zeile 2")
        #expect(clean("a\tb") == "a b")
        #expect(clean("\r\n  mitte \t\n") == "mitte")
    }

    @Test func multilineKeepsLineBreaksAndNormalisesThem() {
        #expect(cleanLines("eins\r\nzwei\rdrei\nvier") == "eins\nzwei\ndrei\nvier")
        #expect(cleanLines("eins\r\n\r\nzwei") == "eins\n\nzwei")
        #expect(cleanLines("eins\r\r\nzwei") == "eins\n\nzwei")
        // Trailing blanks of each line and blank lines around the text go.
        #expect(cleanLines("\n\n  eins   \nzwei\t\n\n") == "eins\nzwei")
        // Indentation inside the text stays.
        #expect(cleanLines("Punkte:\n  - a\n  - b") == "Punkte:\n  - a\n  - b")
        #expect(cleanLines("a\r") == "a")
    }

    // MARK: Unicode

    @Test func textIsNFCNormalised() {
        #expect(clean("u\u{308}") == "ü")
        #expect(clean("u\u{308}").unicodeScalars.count == 1)
        #expect(clean("Mu\u{308}ller") == "Müller")
        #expect(clean("Ha\u{30A}kon") == "Håkon")
        #expect(cleanLines("A\u{30A}\ne\u{301}") == "Å\né")
        // Removing a control between base and mark still composes.
        #expect(clean("u\u{7}\u{308}") == "ü")
    }

    @Test func bidiOverridesAndInvisibleMarksAreRemoved() {
        #expect(clean("Rechnung\u{202E}fdp.exe") == "Rechnungfdp.exe")
        for scalar in ["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}",
                       "\u{2069}", "\u{200E}", "\u{200F}", "\u{FEFF}"] {
            #expect(clean("a\(scalar)b") == "ab", "\(scalar.unicodeScalars.first!.value)")
        }
    }

    @Test func surroundingBlanksAreTrimmed() {
        #expect(clean("   Anna  ") == "Anna")
        #expect(clean("\u{A0}Anna\u{A0}") == "Anna")
        #expect(clean("") == "")
        #expect(clean(" \t ") == "")
        #expect(cleanLines(" \n\t\r\n ") == "")
    }
}
