import CNcurses
import Foundation

/// The ncursesw backend: sets up the terminal, owns its input, and draws canvases, sending
/// only the rows that changed since the last frame. Use it from one thread only.
public final class Terminal {
    private var previous: Canvas?
    private let colors: Bool
    private var isActive = false

    /// Takes over the terminal. `monochrome` forces attributes only (also when `NO_COLOR`
    /// is set or the terminal has no colours). Throws, with the terminal untouched, when it
    /// cannot be used (see ``TerminalProblem/current(environment:)``); unlike `initscr`,
    /// `newterm` reports a failure instead of exiting.
    init(monochrome: Bool) throws(TerminalProblem) {
        Self.ensureUTF8Locale()
        if let problem = TerminalProblem.current() { throw problem }
        guard newterm(nil, allianz_stdout(), allianz_stdin()) != nil else {
            throw .cannotStart(ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        raw()
        noecho()
        nonl()
        // Keys are read from the raw bytes (TerminalInput), never by ncurses: no typeahead
        // checks, no escape delay or mouse handling of its own.
        typeahead(-1)
        keypad(allianz_stdscr(), true)
        curs_set(0)
        Self.send(Self.modesOn)
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

    /// Reads and decodes what the terminal sends.
    let input = TerminalInput()

    /// Tells the renderer that the screen must be drawn whole (after a resize).
    func invalidate() { previous = nil }

    /// Bracketed paste, and mouse clicks reported as SGR (`ESC [ < b ; x ; y M`).
    private static let modesOn = "\u{1B}[?2004h\u{1B}[?1000h\u{1B}[?1006h"
    private static let modesOff = "\u{1B}[?1006l\u{1B}[?1000l\u{1B}[?2004l"

    private static func send(_ sequence: String) {
        FileHandle.standardOutput.write(Data(sequence.utf8))
    }

    /// Draws `canvas`: rows equal to the previous frame are skipped, and ncurses sends only
    /// the cells that differ.
    public func draw(_ canvas: Canvas) {
        let full = previous?.size != canvas.size
        // After a resize the terminal may hold anything: clear it for real, not only ncurses' copy.
        if full { clear() }
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
        Self.send(Self.modesOff)
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
