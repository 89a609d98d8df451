import Foundation
import TestKit
import WorkshopModel

/// Agenda items added through the form on the home screen: `a`, the title, Enter; the next
/// `a` follows at once.
///
/// Acknowledged: "Gespeichert: title" in the message line, a title in the agenda list and the
/// number in the pane's title ("Ablauf (7)").
final class AgendaFormActivity: CrashActivity {
    let name = "forms"
    /// The items the file starts with, and every title the harness typed.
    private let initial: Set<String>
    private var planned: Set<String> = []
    private var acknowledged: Set<String> = []
    private var acknowledgedCount = 0

    var acknowledgements: Int { acknowledged.count }

    init(workshop: Workshop) {
        initial = Set(workshop.agenda.map(\.title))
    }

    func enter(_ terminal: TmuxSession) throws {}

    func plan(life: Int, workshop: Workshop, dice: inout SeededGenerator) -> [[Keystroke]] {
        (1...Int.random(in: 1...6, using: &dice)).map { index in
            let title = String(format: "TOP L%03d F%02d", life, index)
            planned.insert(title)
            // A form left open when the program was killed comes back as a draft: cleared first.
            return [.keys(["a", "C-u"]), .text(title), .keys(["Enter"])]
        }
    }

    func acknowledge(_ first: String, _ second: String) {
        let saved = ScreenText.inBoth("Gespeichert: (TOP L\\d{3} F\\d{2})", first, second)
        let listed = ScreenText.inBoth("│ \\d+ +(TOP L\\d{3} F\\d{2}) ", first, second)
        acknowledged.formUnion(saved.union(listed).filter(planned.contains))
        if let count = ScreenText.sameNumber("Ablauf \\((\\d+)\\)", first, second) {
            acknowledgedCount = max(acknowledgedCount, count)
        }
    }

    func verify(_ workshop: Workshop, current: Bool) -> CrashCheck {
        var check = CrashCheck()
        let titles = workshop.agenda.map(\.title)
        let counts = Dictionary(titles.map { ($0, 1) }, uniquingKeysWith: +)
        for title in acknowledged.sorted() {
            check.expect(counts[title] == 1, "agenda item „\(title)“ was shown as saved, the file holds it \(counts[title] ?? 0) times")
        }
        check.expect(titles.count >= acknowledgedCount, "the agenda showed \(acknowledgedCount) items, the file holds \(titles.count)")
        for title in titles where !planned.contains(title) && !initial.contains(title) {
            check.problems.append("agenda item „\(title)“ in the file was never typed")
        }
        return check
    }
}
