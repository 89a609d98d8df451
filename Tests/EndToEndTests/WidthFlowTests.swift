import Foundation
import Testing

/// Emoji sequences, flags, CJK and combining marks on a board in a real terminal: the
/// program, ncurses and tmux agree on every width, so no column drifts and no stale text
/// stays after a redraw. Positions are tmux's own (copy-mode search), not the program's.
@Suite(.serialized)
struct WidthFlowTests {
    /// One text per class of cluster that terminals measure differently.
    static let wideCards = [
        "👩‍👩‍👧 fam 🏳️‍🌈 flag",      // ZWJ family; rainbow flag with VS16 and ZWJ
        "🧑🏽‍🔧 👍🏽 Hautton",       // skin tones, also inside a ZWJ sequence
        "🇩🇪 🇪🇺 1️⃣ ❤️ Flagge",      // flag pairs, keycap, VS16
        "漢字 한국 q\u{301}e\u{301} CJK",  // CJK, Hangul, combining marks
        "Größe – Straße „gut“",      // German text stays as it is
    ]

    @Test(arguments: [(80, 24, 160, 45), (160, 45, 80, 24)])
    func boardColumnsAndFramesStayInPlace(width: Int, height: Int, otherWidth: Int, otherHeight: Int) throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("breite.allianz")
        #expect(try Binary.run(["new", file, "--title", "Breitentest"]).status == 0)
        let terminal = try TmuxSession(width: width, height: height, directory: directory.path)
        try terminal.run("'\(Binary.path)' breite.allianz; echo EXIT=$?")
        try terminal.waitFor("Breitentest")

        // A theme table with three headings; plain cards right of the wide ones, row by row.
        try terminal.createThemeTable("Tisch")
        for heading in ["Mitte", "Rechts"] {
            try terminal.press("+")
            try terminal.type(heading)
            try terminal.press("Enter")
            try terminal.waitFor("\(heading) (0)")
        }
        for heading in ["Mitte", "Rechts"] {
            try terminal.press("l", "n")
            for number in 1...Self.wideCards.count {
                try terminal.type("\(heading) \(number)")
                try terminal.press("Enter")
            }
            try terminal.waitFor("\(heading) (\(Self.wideCards.count))")
            try terminal.press("Escape")
        }
        try terminal.press("h", "h", "n")

        // The card panel with the first wide text typed: its frame is a rectangle and the
        // cursor stands right after the text.
        try terminal.type(Self.wideCards[0])
        let panel = try terminal.waitFor { $0.contains("fam") && $0.contains("flag") && $0.contains("┘") }
        expectFramesAreRectangles(try frameCells(terminal), panel)
        let cursor = try terminal.cursor()
        let lastLetter = try terminal.cells(of: "g").filter { $0.y == cursor.y }.map(\.x).max()
        #expect(lastLetter.map { $0 + 1 } == cursor.x, "cursor \(cursor) after the text in\n\(panel)")
        try terminal.press("Enter")
        for text in Self.wideCards.dropFirst() {
            try terminal.type(text)
            try terminal.press("Enter")
        }
        try terminal.waitFor("Beiträge (\(Self.wideCards.count))")
        try terminal.press("Escape")
        let board = try terminal.waitFor { !$0.contains("┘") && $0.contains("Größe") }
        try expectCardsInTheirColumns(terminal, board)

        // Moving the selection up over the wide cards and back redraws each of them.
        for key in Array(repeating: "Up", count: Self.wideCards.count) + Array(repeating: "Down", count: Self.wideCards.count) {
            try terminal.press(key)
            Thread.sleep(forTimeInterval: 0.1)
        }
        let reselected = try terminal.waitFor { $0.contains("Größe") }
        expectSameBoard(reselected, board, "after moving the selection")
        try expectCardsInTheirColumns(terminal, reselected)

        // Help over the board crosses the wide cards; closing it redraws them.
        try terminal.press("?")
        let help = try terminal.waitFor { $0.contains("┘") }
        expectFramesAreRectangles(try frameCells(terminal), help)
        try terminal.press("Escape")
        let redrawn = try terminal.waitFor { !$0.contains("┘") }
        expectSameBoard(redrawn, board, "after help")
        try expectCardsInTheirColumns(terminal, redrawn)

        // A resize and back: everything drawn anew at both sizes.
        try terminal.resize(width: otherWidth, height: otherHeight)
        let resized = try terminal.waitFor { isBoard($0, drawnAtWidth: otherWidth) }
        try expectCardsInTheirColumns(terminal, resized)
        try terminal.resize(width: width, height: height)
        let back = try terminal.waitFor { isBoard($0, drawnAtWidth: width) }
        expectSameBoard(back, board, "after resizing")
        try expectCardsInTheirColumns(terminal, back)

        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
    }

    // MARK: Checks

    /// The board is on the screen, laid out for `width` columns (its heading rule spans them).
    private func isBoard(_ screen: String, drawnAtWidth width: Int) -> Bool {
        screen.contains("Größe") && screen.components(separatedBy: "\n").contains { $0.hasPrefix("──") && $0.count == width }
    }

    /// Every row with cards holds three bullets, each exactly where its heading's rule starts.
    private func expectCardsInTheirColumns(_ terminal: TmuxSession, _ screen: String,
                                           sourceLocation: SourceLocation = #_sourceLocation) throws {
        let lines = screen.components(separatedBy: "\n")
        guard let ruleRow = lines.firstIndex(where: { $0.hasPrefix("──") }) else {
            Issue.record("no heading rule on\n\(screen)", sourceLocation: sourceLocation)
            return
        }
        // The rule row holds only one-column characters: its character offsets are columns.
        let rule = Array(lines[ruleRow])
        let starts = rule.indices.filter { rule[$0] == "─" && ($0 == 0 || rule[$0 - 1] == " ") }
        #expect(starts.count == 3, "three headings on\n\(screen)", sourceLocation: sourceLocation)
        let bullets = try terminal.cells(of: "•")
        for row in (ruleRow + 1)...(ruleRow + Self.wideCards.count) {
            let columns = bullets.filter { $0.y == row }.map(\.x).sorted()
            #expect(columns == starts, "bullets of row \(row) on\n\(screen)", sourceLocation: sourceLocation)
        }
    }

    /// The board drawn anew is the board as first drawn (message and status line aside).
    private func expectSameBoard(_ screen: String, _ original: String, _ when: String,
                                 sourceLocation: SourceLocation = #_sourceLocation) {
        let rows = screen.components(separatedBy: "\n").dropLast(3)
        let originalRows = original.components(separatedBy: "\n").dropLast(3)
        #expect(rows == originalRows, "stale text \(when):\n\(screen)\nexpected:\n\(original)", sourceLocation: sourceLocation)
    }

    private func frameCells(_ terminal: TmuxSession) throws -> [Unicode.Scalar: Set<ScreenCell>] {
        var cells: [Unicode.Scalar: Set<ScreenCell>] = [:]
        for character in ["┌", "┐", "└", "┘", "│", "▲", "▼"] as [Unicode.Scalar] {
            cells[character] = try terminal.cells(of: character)
        }
        return cells
    }

    /// Every frame on the screen is a rectangle: each ┌ has its ┐ on the same row, its └ in the
    /// same column and its ┘ diagonally opposite, and │ (or a scroll mark ▲ ▼) in both columns
    /// on every row between; no │ stands anywhere else.
    private func expectFramesAreRectangles(_ cells: [Unicode.Scalar: Set<ScreenCell>], _ screen: String,
                                           sourceLocation: SourceLocation = #_sourceLocation) {
        let corners = cells["┌", default: []]
        #expect(!corners.isEmpty, "a frame on\n\(screen)", sourceLocation: sourceLocation)
        var sides = Set<ScreenCell>()
        for corner in corners {
            let right = cells["┐", default: []].filter { $0.y == corner.y && $0.x > corner.x }.map(\.x).min()
            let bottom = cells["└", default: []].filter { $0.x == corner.x && $0.y > corner.y }.map(\.y).min()
            guard let right, let bottom else {
                Issue.record("frame at \(corner) is not closed on\n\(screen)", sourceLocation: sourceLocation)
                continue
            }
            #expect(cells["┘", default: []].contains(ScreenCell(x: right, y: bottom)),
                    "┘ of the frame at \(corner) on\n\(screen)", sourceLocation: sourceLocation)
            for y in (corner.y + 1)..<bottom {
                sides.insert(ScreenCell(x: corner.x, y: y))
                sides.insert(ScreenCell(x: right, y: y))
            }
        }
        let vertical = cells["│", default: []].union(cells["▲", default: []].intersection(sides))
            .union(cells["▼", default: []].intersection(sides))
        #expect(vertical == sides, "misplaced │: \(vertical.symmetricDifference(sides).sorted { ($0.y, $0.x) < ($1.y, $1.x) }) on\n\(screen)",
                sourceLocation: sourceLocation)
    }
}
