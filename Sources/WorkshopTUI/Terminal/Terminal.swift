import CNcurses
import Foundation

/// The ncursesw backend: sets up the terminal, reads keys, and draws canvases, sending
/// only the rows that changed since the last frame. Use it from one thread only.
public final class Terminal {
    private var previous: Canvas?
    private let colors: Bool
    private var isActive = false

    /// Takes over the terminal. `monochrome` forces attributes only (also when `NO_COLOR`
    /// is set or the terminal has no colours).
    public init(monochrome: Bool) {
        Self.ensureUTF8Locale()
        initscr()
        raw()
        noecho()
        nonl()
        keypad(allianz_stdscr(), true)
        set_escdelay(25)
        mouseinterval(0)
        mousemask(allianz_button1_mask(), nil)
        curs_set(0)
        Self.send(Self.bracketedPasteOn)
        colors = !monochrome && has_colors()
        if colors {
            start_color()
            use_default_colors()
            Self.definePairs()
        }
        isActive = true
    }

    /// The terminal's current size.
    public var size: Size { Size(width: Int(allianz_cols()), height: Int(allianz_lines())) }

    /// Waits up to `timeout` milliseconds for a key.
    public func readKey(timeout: Int32) -> Key? {
        wtimeout(allianz_stdscr(), timeout)
        var code: wint_t = 0
        let result = wget_wch(allianz_stdscr(), &code)
        if result == KEY_CODE_YES {
            if Int32(code) == KEY_RESIZE { previous = nil }
            if Int32(code) == KEY_MOUSE {
                var event = MEVENT()
                guard getmouse(&event) == OK, event.bstate & allianz_button1_mask() != 0 else { return nil }
                return .click(x: Int(event.x), y: Int(event.y))
            }
            return KeyDecoder.functionKey(UInt32(code))
        }
        guard result == OK else { return nil }
        if code == 0x1B {
            // Alt+Enter arrives as Esc immediately followed by Enter; a paste as Esc [200~.
            wtimeout(allianz_stdscr(), 0)
            var following: wint_t = 0
            let next = wget_wch(allianz_stdscr(), &following)
            if next == OK && (following == 0x0D || following == 0x0A) { return .newline }
            if next == OK && following == 0x5B, let paste = readPaste() { return paste }
            if next == OK { unget_wch(wchar_t(following)) }
            return .escape
        }
        return KeyDecoder.character(UInt32(code))
    }

    /// After Esc [: reads "200~", then everything up to Esc [201~, as one pasted text. Nil
    /// (with the characters read put back) when it is not the start of a paste.
    private func readPaste() -> Key? {
        var read: [wint_t] = []
        func nextCode(wait: Int32) -> wint_t? {
            wtimeout(allianz_stdscr(), wait)
            var code: wint_t = 0
            return wget_wch(allianz_stdscr(), &code) == OK ? code : nil
        }
        for expected in "200~".unicodeScalars {
            guard let code = nextCode(wait: 0), code == expected.value else {
                for code in read.reversed() { unget_wch(wchar_t(code)) }
                return nil
            }
            read.append(code)
        }
        var scalars: [UInt32] = []
        let end = Array("\u{1B}[201~".unicodeScalars.map(\.value))
        // A paste arrives at once; a pause of a second means the end marker was lost.
        while let code = nextCode(wait: 1000) {
            scalars.append(UInt32(code))
            if scalars.count >= end.count, Array(scalars.suffix(end.count)) == end {
                scalars.removeLast(end.count)
                break
            }
        }
        return .paste(KeyDecoder.pastedText(scalars))
    }

    private static let bracketedPasteOn = "\u{1B}[?2004h"
    private static let bracketedPasteOff = "\u{1B}[?2004l"

    private static func send(_ sequence: String) {
        FileHandle.standardOutput.write(Data(sequence.utf8))
    }

    /// Draws `canvas`: rows equal to the previous frame are skipped, and ncurses sends only
    /// the cells that differ.
    public func draw(_ canvas: Canvas) {
        let full = previous?.size != canvas.size
        if full { erase() }
        for y in 0..<canvas.size.height {
            if !full, let previous, (0..<canvas.size.width).allSatisfy({ previous[$0, y] == canvas[$0, y] }) { continue }
            drawRow(canvas, y: y)
        }
        if let cursor = canvas.cursor {
            curs_set(1)
            move(Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        refresh()
        previous = canvas
    }

    /// Gives the terminal back exactly as it was. Safe to call more than once.
    public func shutdown() {
        guard isActive else { return }
        isActive = false
        Self.send(Self.bracketedPasteOff)
        curs_set(1)
        endwin()
    }

    private func drawRow(_ canvas: Canvas, y: Int) {
        var x = 0
        while x < canvas.size.width {
            let style = canvas[x, y].style
            var run = ""
            let start = x
            while x < canvas.size.width, canvas[x, y].style == style {
                run += canvas[x, y].text
                x += 1
            }
            attrset(attributes(for: style))
            mvaddstr(Int32(y), Int32(start), run)
        }
        attrset(Int32(bitPattern: allianz_a_normal()))
    }

    private func attributes(for style: Style) -> Int32 {
        let a = Self.monochromeAttributes(style)
        guard colors, let pair = Self.colorPairs[style] else { return Int32(bitPattern: a) }
        return Int32(bitPattern: Self.colorAttributes(style) | allianz_color_pair(pair.number))
    }

    // MARK: Styles

    /// Foreground and background of the styles that have colour (high contrast: black on
    /// strong colours, which survive a washed-out projector).
    private static let colorPairs: [Style: (number: Int16, foreground: Int16, background: Int16)] = [
        .titleBar: (1, Int16(COLOR_BLACK), Int16(COLOR_CYAN)),
        .statusBar: (2, Int16(COLOR_BLACK), Int16(COLOR_WHITE)),
        .selection: (3, Int16(COLOR_BLACK), Int16(COLOR_YELLOW)),
        .error: (4, Int16(COLOR_WHITE), Int16(COLOR_RED)),
        .success: (5, Int16(COLOR_BLACK), Int16(COLOR_GREEN)),
        .frameFocused: (6, Int16(COLOR_CYAN), -1),
        .input: (7, Int16(COLOR_BLACK), Int16(COLOR_WHITE)),
        .prepared: (8, Int16(COLOR_CYAN), -1),
        .cluster: (9, Int16(COLOR_YELLOW), -1),
    ]

    private static func definePairs() {
        for pair in colorPairs.values { init_pair(pair.number, pair.foreground, pair.background) }
    }

    private static func colorAttributes(_ style: Style) -> attr_t {
        switch style {
        case .titleBar, .selection, .error, .frameFocused, .heading, .cluster: allianz_a_bold()
        default: allianz_a_normal()
        }
    }

    /// Attributes without colour: the monochrome fallback.
    private static func monochromeAttributes(_ style: Style) -> attr_t {
        switch style {
        case .normal, .secondary, .frame, .prepared: allianz_a_normal()
        case .titleBar, .selection, .error: allianz_a_reverse() | allianz_a_bold()
        case .statusBar, .selectionInactive, .input, .success: allianz_a_reverse()
        case .heading, .frameFocused, .cluster: allianz_a_bold()
        }
    }

    /// UTF-8 only renders when the locale is set before ncurses starts; without one in the
    /// environment (CI, a bare tmux), C.UTF-8 is used.
    private static func ensureUTF8Locale() {
        let current = setlocale(LC_ALL, "").map { String(cString: $0) } ?? ""
        if !current.uppercased().contains("UTF-8") && !current.uppercased().contains("UTF8") {
            setlocale(LC_ALL, "C.UTF-8")
        }
    }
}
