import Foundation
import Testing
import TestKit
import WorkshopModel

/// Rapid card entry on a theme table: `n` opens the panel, each card is typed and saved with
/// Enter, the panel stays open for the next one.
///
/// Acknowledged: a card shown on the board ("• text" in the column, above the panel) and the
/// number in the heading ("Beiträge (12)"): the board draws only what the store committed.
final class CardEntryActivity: CrashActivity {
    static let boardTitle = "Crash-Tafel"
    static let heading = "Beiträge"
    private static let words = ["Brücke", "Grün", "Straße", "Markt", "Hütte", "Lösung", "Öffnung", "Maß"]

    let name = "cards"
    private let headingID: EntityID
    /// Every card text the harness ever typed: only these may be in the file.
    private var planned: Set<String> = []
    /// Card texts seen on the board, and the largest count seen in the heading.
    private var acknowledged: Set<String> = []
    private var acknowledgedCount = 0

    var acknowledgements: Int { acknowledged.count }

    init(workshop: Workshop) throws {
        let board = try #require(workshop.boards.first { $0.title == Self.boardTitle })
        headingID = try #require(workshop.headings.first { $0.boardID == board.id }).id
    }

    func enter(_ terminal: TmuxSession) throws {
        try terminal.press("b")
        try terminal.waitFor(Self.boardTitle)
        try terminal.press("Enter")
        try terminal.waitFor("Thementisch: \(Self.boardTitle)")
        try terminal.press("n")
        try terminal.waitFor("Neue Karte unter")
        // A card typed when the program was killed comes back as a draft: cleared first.
        try terminal.press("C-u")
    }

    func plan(life: Int, workshop: Workshop, dice: inout SeededGenerator) -> [[Keystroke]] {
        (1...Int.random(in: 3...15, using: &dice)).map { index in
            let text = String(format: "L%03d K%02d ", life, index) + Self.words.randomElement(using: &dice)!
            planned.insert(text)
            return [.text(text), .keys(["Enter"])]
        }
    }

    func acknowledge(_ first: String, _ second: String) {
        acknowledged.formUnion(ScreenText.inBoth("• (L\\d{3} K\\d{2} \\S+)", first, second).filter(planned.contains))
        if let count = ScreenText.sameNumber("\(Self.heading) \\((\\d+)\\)", first, second) {
            acknowledgedCount = max(acknowledgedCount, count)
        }
    }

    func verify(_ workshop: Workshop, current: Bool) -> CrashCheck {
        var check = CrashCheck()
        let texts = workshop.cards.filter { $0.headingID == headingID }.map(\.text)
        let counts = Dictionary(texts.map { ($0, 1) }, uniquingKeysWith: +)
        for text in acknowledged.sorted() {
            check.expect(counts[text] == 1, "card „\(text)“ was shown as saved, the file holds it \(counts[text] ?? 0) times")
        }
        check.expect(texts.count >= acknowledgedCount, "the heading showed \(acknowledgedCount) cards, the file holds \(texts.count)")
        for text in texts where !planned.contains(text) {
            check.problems.append("card „\(text)“ in the file was never typed")
        }
        return check
    }
}
