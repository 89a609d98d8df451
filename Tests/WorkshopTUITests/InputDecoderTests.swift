import Testing
@testable import WorkshopTUI

/// The key decoder from raw bytes: every terminal family's sequences, unknown sequences
/// read whole and ignored, a lone Esc after the delay, and pastes that stay text.
struct InputDecoderTests {
    /// Decodes `bytes` fed at once, then flushed as if nothing more came.
    private func keys(_ bytes: [UInt8]) -> [Key] {
        var decoder = InputDecoder()
        return decoder.feed(bytes) + decoder.flush()
    }

    private func keys(_ text: String) -> [Key] { keys(Array(text.utf8)) }

    private static let esc = "\u{1B}"

    /// (what the terminal sends, the key), for xterm, VT220, rxvt, linux console, screen/tmux,
    /// VT100 and the kitty protocol.
    static let table: [(String, Key)] = [
        // xterm (normal and application cursor mode), modified forms
        ("[A", .up), ("[B", .down), ("[C", .right), ("[D", .left),
        ("OA", .up), ("OB", .down), ("OC", .right), ("OD", .left),
        ("[1;5A", .up), ("[1;2B", .down), ("[1;3C", .right), ("[1;6D", .left),
        ("[H", .home), ("[F", .end), ("OH", .home), ("OF", .end), ("[1;5H", .home), ("[1;2F", .end),
        ("OP", .function(1)), ("OQ", .function(2)), ("OR", .function(3)), ("OS", .function(4)),
        ("[Z", .backTab),
        // VT220 / screen / tmux
        ("[1~", .home), ("[4~", .end), ("[3~", .delete), ("[5~", .pageUp), ("[6~", .pageDown),
        ("[3;5~", .delete), ("[5;2~", .pageUp),
        ("[15~", .function(5)), ("[17~", .function(6)), ("[18~", .function(7)), ("[19~", .function(8)),
        ("[20~", .function(9)), ("[21~", .function(10)), ("[23~", .function(11)), ("[24~", .function(12)),
        ("[11~", .function(1)), ("[12~", .function(2)), ("[13~", .function(3)), ("[14~", .function(4)),
        // rxvt
        ("[7~", .home), ("[8~", .end), ("[7^", .home), ("[8$", .end), ("[a", .up), ("[d", .left), ("Oa", .up),
        // linux console
        ("[[A", .function(1)), ("[[B", .function(2)), ("[[E", .function(5)),
        // application keypad
        ("OM", .enter), ("Op", .character("0")), ("Oy", .character("9")), ("Ok", .character("+")), ("On", .character(".")),
        // kitty keyboard protocol and xterm modifyOtherKeys
        ("[57399u", .character("0")), ("[57408u", .character("9")), ("[57414u", .enter),
        ("[13u", .enter), ("[13;2u", .newline), ("[9;2u", .backTab), ("[27u", .escape), ("[127u", .backspace),
        ("[97;5u", .control("a")), ("[97u", .character("a")), ("[97;2u", .character("A")), ("[252u", .character("ü")),
        ("[57419u", .up), ("[57423u", .home), ("[27;5;114~", .control("r")),
        // mouse: SGR and X10 left clicks (1-based on the wire)
        ("[<0;10;5M", .click(x: 9, y: 4)), ("[M !!", .click(x: 0, y: 0)),
        // Esc with Enter is Alt-Enter; Alt with a sequence is the key
        ("\r", .newline), ("\u{1B}[A", .up),
    ]

    @Test(arguments: Self.table)
    func decodesKnownSequences(sequence: String, key: Key) {
        #expect(keys(Self.esc + sequence) == [key], "ESC \(sequence)")
    }

    /// Sequences that are no key here: read to their end and dropped, never Esc, never
    /// their bytes as keys. Each is followed by "x" to show the next key is intact.
    static let ignored: [String] = [
        "[25~", "[1;5P", "[1;2Q", "[15;5~", "[I", "[O", "[57399;1:3u", "[57376u", "[2~", "[E", "[12;40R",
        "[<64;10;5M", "[<0;10;5m", "[<32;3;3M", "[M`!!", "[?1;2c", "[>0;95;0c", "[[Z", "[200;5~", "[201~",
        "[97;3u", "O5P", "Oz", "[1;5;3;4;5;6;7;8;9;10;11;12;13;14;15;16;17;18;19;20;21;22;23;24;25;26;27;28;29;30Q",
    ]

    @Test(arguments: Self.ignored)
    func ignoresUnknownSequencesWhole(sequence: String) {
        #expect(keys(Self.esc + sequence + "x") == [.character("x")], "ESC \(sequence)")
    }

    @Test func controlBytes() {
        #expect(keys([0x0D, 0x0A, 0x09, 0x7F, 0x08, 0x01, 0x1A, 0x00, 0x1C, 0x1F]) ==
                [.enter, .newline, .tab, .backspace, .backspace, .control("a"), .control("z")])
    }

    @Test func germanTextAndEmojiDecode() {
        #expect(keys("Grüße – „Maß“ 👩🏽") == "Grüße – „Maß“ 👩🏽".unicodeScalars.map { .character(Character($0)) })
    }

    @Test func invalidUTF8IsDropped() {
        #expect(keys([0xFF, 0x61, 0xC3, 0x28, 0xE2, 0x82, 0x62, 0xC2, 0x85]) == [.character("a"), .character("("), .character("b")])
    }

    @Test func loneEscapeWaitsForTheDelay() {
        var decoder = InputDecoder()
        #expect(decoder.feed([0x1B]).isEmpty)
        #expect(decoder.isWaiting)
        #expect(decoder.waitLimit == InputDecoder.escapeDelay)
        #expect(decoder.flush() == [.escape])
        #expect(!decoder.isWaiting)
    }

    @Test func escapeBeforeALetterIsBoth() {
        #expect(keys("\u{1B}q") == [.escape, .character("q")])
        #expect(keys("\u{1B}\u{1B}") == [.escape, .escape])
        #expect(keys("\u{1B}\u{7F}") == [.control("w")])
    }

    @Test func sequencesSplitAcrossReadsAreJoined() {
        var decoder = InputDecoder()
        var result = decoder.feed([0x1B])
        result += decoder.feed(Array("[".utf8))
        result += decoder.feed(Array("4".utf8))
        #expect(result.isEmpty)
        result += decoder.feed(Array("~".utf8))
        result += decoder.feed([0xC3])
        result += decoder.feed([0xBC])
        #expect(result == [.end, .character("ü")])
    }

    @Test func anIncompleteSequenceIsDroppedAfterTheDelay() {
        #expect(keys("\u{1B}[1;5") == [])
        #expect(keys("\u{1B}O") == [])
    }

    @Test func aBrokenSequenceGivesBackTheByteThatBrokeIt() {
        #expect(keys("\u{1B}[1;\rx") == [.enter, .character("x")])
    }

    /// The issue's case: End under TERM=xterm-256color in tmux closed the card panel and the
    /// rest of the sequence ran as commands.
    @Test func homeAndEndAsTmuxSendsThemAreOneKeyEach() {
        #expect(keys("Idee: Ende\u{1B}[4~ dd") == "Idee: Ende".map { .character($0) } + [.end] + " dd".map { .character($0) })
        #expect(keys("\u{1B}[1~\u{1B}[4~") == [.home, .end])
    }

    // MARK: Paste

    @Test func aPasteIsOneTextKey() {
        #expect(keys("\u{1B}[200~Zeile 1\r\nZeile 2\rZeile 3\tEnde\u{1B}[201~x") == [.paste("Zeile 1\nZeile 2\nZeile 3 Ende"), .character("x")])
    }

    /// The issue's attack: the pasted text holds the end marker, an Esc, a command line and
    /// Enter; the terminal's own end marker follows. All of it is text.
    @Test func aPasteHoldingTheEndMarkerAndACommandStaysText() {
        let pasted = "H16 harmless\u{1B}[201~\u{1B}:export html x.html\r"
        let result = keys("\u{1B}[200~" + pasted + "\u{1B}[201~")
        #expect(result.count == 1)
        guard case let .paste(text) = result.first else { Issue.record("no paste: \(result)"); return }
        #expect(text.hasPrefix("H16 harmless"))
        #expect(text.contains("export html x.html"))
        #expect(!text.contains("\u{1B}"))
    }

    @Test func keysTypedAfterAPasteEndedAreKeys() {
        var decoder = InputDecoder()
        var result = decoder.feed(Array("\u{1B}[200~abc\u{1B}[201~".utf8))
        #expect(result.isEmpty)
        #expect(decoder.isWaiting)
        result += decoder.flush()
        result += decoder.feed(Array("q".utf8))
        #expect(result == [.paste("abc"), .character("q")])
    }

    @Test func aPasteSplitAcrossReadsAndMarkersIsJoined() {
        var decoder = InputDecoder()
        let whole = Array("\u{1B}[200~Grüße\u{1B}[201~ und mehr\u{1B}[201~".utf8)
        var result: [Key] = []
        for byte in whole { result += decoder.feed([byte]) }
        result += decoder.flush()
        #expect(result == [.paste("Grüße und mehr")])
    }

    @Test func twoPastesInARowStayTwo() {
        #expect(keys("\u{1B}[200~eins\u{1B}[201~\u{1B}[200~zwei\u{1B}[201~") == [.paste("eins"), .paste("zwei")])
    }

    @Test func aPasteWithoutEndMarkerEndsAfterAPause() {
        var decoder = InputDecoder()
        #expect(decoder.feed(Array("\u{1B}[200~halb".utf8)).isEmpty)
        #expect(decoder.waitLimit == InputDecoder.pastePause)
        #expect(decoder.flush() == [.paste("halb")])
    }

    @Test func controlCharactersAndSequencesInPastesAreRemoved() {
        #expect(keys("\u{1B}[200~\u{1B}[31mrot\u{1B}[0m\u{07}\u{1B}]0;title\u{07}!\u{9B}\u{7F}\u{1B}[201~") == [.paste("rot!")])
    }

    @Test func aLargePasteIsDecodedWhole() {
        let line = String(repeating: "Nachhaltige Gründungen – Straße ", count: 10_000)
        var decoder = InputDecoder()
        var result: [Key] = []
        let bytes = Array(("\u{1B}[200~" + line + "\u{1B}[201~").utf8)
        var index = 0
        while index < bytes.count {
            result += decoder.feed(bytes[index..<min(index + 4096, bytes.count)])
            index += 4096
        }
        result += decoder.flush()
        #expect(result == [.paste(line)])
    }
}
