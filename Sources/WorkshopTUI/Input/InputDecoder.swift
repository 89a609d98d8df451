import WorkshopModel

/// Turns the bytes a terminal sends into ``Key``s, from raw bytes and without ncurses, so what
/// a key does never depends on the terminfo entry being right.
///
/// Rules (docs/architecture.md, "Reading keys"):
/// - UTF-8 text becomes characters; C0 controls become Enter, Tab, Backspace, Ctrl-letters.
/// - Escape sequences (CSI `ESC [ … final`, SS3 `ESC O x`, the linux console's `ESC [ [ x`,
///   X10 and SGR mouse reports, `CSI … u` keys) are always read to their end. Known ones become
///   keys (``KeySequences``); unknown ones are dropped whole: never an Esc, never their
///   remaining bytes as keys.
/// - A lone Esc is only an Esc when nothing follows within ``escapeDelay``: the reader calls
///   ``flush()`` then. Esc followed by Enter is ``Key/newline`` (Alt-Enter); Esc followed by a
///   printable character is Esc and then that character (an Esc typed quickly before a key).
/// - A bracketed paste (`ESC [ 200~ … ESC [ 201~`) is one ``Key/paste(_:)``, whatever bytes it
///   holds. Terminals that pass ESC through inside pastes let a pasted text contain the end
///   marker itself, so an end marker only ends the paste when no more bytes follow within
///   ``escapeDelay``: bytes that keep arriving belong to the paste up to its last end marker.
public struct InputDecoder: Sendable {
    /// How long the reader waits for the rest of an escape sequence before it calls
    /// ``flush()``: a lone Esc is delivered this long after it was pressed.
    public static let escapeDelay: Duration = .milliseconds(50)
    /// How long a paste may pause before its end marker counts as lost.
    public static let pastePause: Duration = .seconds(1)
    /// Pasted bytes beyond this are dropped (the text fields' limits are far lower).
    public static let maximumPasteBytes = 4 << 20

    private var pending: [UInt8] = []
    private var paste: PasteState?

    private struct PasteState: Sendable {
        var content: [UInt8] = []
        /// Bytes after a seen end marker, held until it is clear whether the paste goes on.
        var afterEnd: [UInt8]?
        /// How many bytes of the end marker the content ends with (to find it in O(1) per byte).
        var matched = 0
    }

    public init() {}

    /// True while bytes are held for a sequence or a paste that may still go on: the reader
    /// should call ``flush()`` if nothing arrives within ``waitLimit``.
    public var isWaiting: Bool { !pending.isEmpty || paste != nil }

    /// How long to wait for more bytes before calling ``flush()``.
    public var waitLimit: Duration {
        if let paste, paste.afterEnd == nil { return Self.pastePause }
        return Self.escapeDelay
    }

    /// Decodes `bytes` as far as they go; an incomplete sequence at the end is kept.
    public mutating func feed(_ input: some Collection<UInt8>) -> [Key] {
        let bytes = Array(input)
        var keys: [Key] = []
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if paste != nil {
                let rest = bytes[index...]
                index = bytes.endIndex
                keys += feedPaste(rest)
                continue
            }
            pending.append(bytes[index])
            index = bytes.index(after: index)
            keys += decodePending(final: false)
        }
        return keys
    }

    /// Nothing more arrived in time: a held Esc is an Esc, a paste without its end marker
    /// ends, an incomplete sequence is dropped.
    public mutating func flush() -> [Key] {
        var keys: [Key] = []
        if var state = paste {
            paste = nil
            if let afterEnd = state.afterEnd {
                keys.append(.paste(Self.pastedText(state.content)))
                state.afterEnd = nil
                keys += feed(afterEnd)
                keys += flush()
                return keys
            }
            keys.append(.paste(Self.pastedText(state.content)))
            return keys
        }
        keys += decodePending(final: true)
        return keys
    }

    // MARK: Outside pastes

    /// Decodes complete keys from the front of `pending`; with `final`, an incomplete rest is
    /// resolved (lone Esc) or dropped.
    private mutating func decodePending(final: Bool) -> [Key] {
        var keys: [Key] = []
        while !pending.isEmpty {
            switch KeySequences.decode(pending[...], final: final) {
            case .incomplete:
                if !final { return keys }
                pending.removeAll()
            case let .key(key, length):
                pending.removeFirst(length)
                if let key { keys.append(key) }
            case let .pasteStart(length):
                pending.removeFirst(length)
                paste = PasteState()
                let rest = pending
                pending.removeAll()
                keys += feedPaste(rest[...])
                // Bytes left over after a completed paste are decoded by the next feed or flush.
                return keys
            }
        }
        return keys
    }

    // MARK: Inside pastes

    private static let endMarker: [UInt8] = Array("\u{1B}[201~".utf8)
    private static let startMarker: [UInt8] = Array("\u{1B}[200~".utf8)

    private mutating func feedPaste(_ bytes: ArraySlice<UInt8>) -> [Key] {
        guard var state = paste else { return [] }
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            if state.afterEnd != nil {
                state.afterEnd!.append(byte)
                let tail = state.afterEnd!
                if tail.count >= Self.endMarker.count, tail.suffix(Self.endMarker.count).elementsEqual(Self.endMarker) {
                    // Another end marker: the first one was part of the pasted text.
                    state.content += Self.endMarker
                    state.content += tail.dropLast(Self.endMarker.count)
                    state.afterEnd = []
                } else if tail.count >= Self.startMarker.count, tail.suffix(Self.startMarker.count).elementsEqual(Self.startMarker) {
                    // A new paste began: the first one really ended.
                    paste = nil
                    var keys: [Key] = [.paste(Self.pastedText(state.content))]
                    keys += feed(tail.dropLast(Self.startMarker.count))
                    keys += flush()
                    paste = PasteState()
                    return keys + feedPaste(bytes[index...])
                }
                continue
            }
            if state.content.count < Self.maximumPasteBytes || byte == 0x1B || state.matched > 0 {
                state.content.append(byte)
            }
            state.matched = byte == Self.endMarker[state.matched] ? state.matched + 1 : (byte == Self.endMarker[0] ? 1 : 0)
            if state.matched == Self.endMarker.count {
                state.content.removeLast(Self.endMarker.count)
                state.matched = 0
                state.afterEnd = []
            }
        }
        paste = state
        return []
    }

    /// A paste's bytes as text: UTF-8 (invalid bytes become U+FFFD), cleaned by the model's
    /// one text cleaner (escape sequences and control characters removed, CR/CRLF → line
    /// break, Tab → space), so nothing pasted can act as a key or reach the terminal.
    static func pastedText(_ bytes: [UInt8]) -> String {
        TextSanitizer.strip(String(decoding: bytes, as: UTF8.self), multiline: true)
    }
}
