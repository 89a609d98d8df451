import Foundation
import TestKit
import WorkshopModel

/// Keys the crash harness sends in one go: text typed literally, or named keys (`Enter`, `C-u`).
enum Keystroke {
    case text(String)
    case keys([String])

    /// Sends the keys to `terminal`.
    func send(to terminal: TmuxSession) throws {
        switch self {
        case let .text(text): try terminal.type(text)
        case let .keys(keys): for key in keys { try terminal.press(key) }
        }
    }
}

/// What one check of an export against the acknowledged changes found.
struct CrashCheck {
    /// How many acknowledged changes were looked up in the export.
    var checked = 0
    /// What was acknowledged on screen but is missing or different in the file.
    var problems: [String] = []

    mutating func expect(_ condition: Bool, _ problem: @autoclosure () -> String) {
        checked += 1
        if !condition { problems.append(problem()) }
    }
}

/// One kind of work the crash harness does in the running program between two kills: card
/// entry, values in a consensing grid, pairwise comparisons, agenda forms.
///
/// The harness starts the program on the home screen, lets the activity walk to its screen
/// (``enter(_:)``), sends the planned keystrokes chunk by chunk until a random moment, reads
/// the screen twice and kills the program with SIGKILL. What both screens show as saved is
/// acknowledged (``acknowledge(_:_:)``): a torn frame, half drawn when it was read, is not
/// read the same way twice. After every kill every activity checks the exported file against
/// everything it ever saw acknowledged (``verify(_:current:)``).
protocol CrashActivity: AnyObject {
    /// The name in the figures.
    var name: String { get }
    /// How many changes the screens showed as saved, in all lives.
    var acknowledgements: Int { get }
    /// Walks from the home screen to where the activity types; returns once the screen is there.
    func enter(_ terminal: TmuxSession) throws
    /// The keystrokes of the life `life`, in chunks, planned against the workshop as the last
    /// export had it.
    func plan(life: Int, workshop: Workshop, dice: inout SeededGenerator) -> [[Keystroke]]
    /// Notes what two screens read right before the kill both show as saved.
    func acknowledge(_ first: String, _ second: String)
    /// Checks the workshop exported after a kill against everything acknowledged so far.
    /// `current`: the activity ran in the life that just ended (its keys may have been
    /// saved after the screens were read, or not at all).
    func verify(_ workshop: Workshop, current: Bool) -> CrashCheck
}

/// Reading a screen captured with `capture-pane`.
enum ScreenText {
    /// The first capture group of every match of `pattern` in `screen`.
    static func matches(_ pattern: String, in screen: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(screen.startIndex..., in: screen)
        return expression.matches(in: screen, range: range).compactMap { match in
            Range(match.range(at: 1), in: screen).map { String(screen[$0]) }
        }
    }

    /// The matches of `pattern` found in both screens.
    static func inBoth(_ pattern: String, _ first: String, _ second: String) -> Set<String> {
        Set(matches(pattern, in: first)).intersection(matches(pattern, in: second))
    }

    /// The number matched by `pattern` when both screens show the same one.
    static func sameNumber(_ pattern: String, _ first: String, _ second: String) -> Int? {
        let one = matches(pattern, in: first), other = matches(pattern, in: second)
        guard one.count == 1, one == other else { return nil }
        return Int(one[0])
    }
}
