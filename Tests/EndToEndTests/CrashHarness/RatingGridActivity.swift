import Foundation
import Testing
import TestKit
import WorkshopModel

/// Values typed into a consensing round's grid (home `c`, Enter): one digit is a value ("10"
/// two), the cursor moves on along the rater by itself, from the top left cell, where the
/// screen opens.
///
/// Acknowledged: a value shown in its cell that is the value typed there in this life (the
/// grid draws the saved values; a pending "1" waiting for a "0" is drawn as "1_"). A cell not
/// typed in a life must keep the value the file had before it.
final class RatingGridActivity: CrashActivity {
    static let question = "Crash-Runde"
    static let proposals = ["A", "B", "C", "D"]
    static let passive = "Passiv"
    static let raters = (1...16).map { String(format: "R%02d", $0) }

    /// A cell of the grid: rater row and proposal column, counted from 0.
    struct Cell: Hashable {
        var rater: Int
        var proposal: Int
    }

    let name = "values"
    private let roundID: EntityID
    private let columns = proposals.count + 1
    /// The values of the file after the last kill, checked.
    private var expected: [Cell: Int] = [:]
    /// The value typed into each cell in the current life.
    private var typed: [Cell: Int] = [:]
    /// Cells whose typed value both screens showed.
    private var acknowledged: Set<Cell> = []
    private(set) var acknowledgements = 0

    init(workshop: Workshop) throws {
        roundID = try #require(workshop.rounds.first { $0.question == Self.question }).id
    }

    func enter(_ terminal: TmuxSession) throws {
        try terminal.press("c")
        try terminal.waitFor(Self.question)
        try terminal.press("Enter")
        try terminal.waitFor("Personen vollständig")
    }

    func plan(life: Int, workshop: Workshop, dice: inout SeededGenerator) -> [[Keystroke]] {
        typed = [:]
        acknowledged = []
        // Fewer values than cells: the cursor stays in the last row once the grid is full.
        let count = Int.random(in: 1...(Self.raters.count - 1) * columns, using: &dice)
        var values: [Int] = []
        for _ in 0..<count {
            var value = Int.random(in: 0...10, using: &dice)
            // "1" then "0" is typed as 10.
            if values.last == 1 && value == 0 { value = 2 }
            values.append(value)
        }
        for (index, value) in values.enumerated() {
            typed[Cell(rater: index / columns, proposal: index % columns)] = value
        }
        var chunks: [[Keystroke]] = []
        var rest = values[...]
        while !rest.isEmpty {
            let size = min(Int.random(in: 1...5, using: &dice), rest.count)
            chunks.append([.text(rest.prefix(size).map(String.init).joined())])
            rest = rest.dropFirst(size)
        }
        return chunks
    }

    /// The values a screen shows, by cell ("·" is empty, "1_" pending: both left out).
    private func values(on screen: String) -> [Cell: Int] {
        var values: [Cell: Int] = [:]
        for line in screen.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard words.count == columns + 1, let rater = Self.raters.firstIndex(of: String(words[0])) else { continue }
            for (proposal, word) in words.dropFirst().enumerated() {
                if let value = Int(word) { values[Cell(rater: rater, proposal: proposal)] = value }
            }
        }
        return values
    }

    func acknowledge(_ first: String, _ second: String) {
        let one = values(on: first), other = values(on: second)
        for (cell, value) in typed where one[cell] == value && other[cell] == value {
            acknowledged.insert(cell)
        }
    }

    func verify(_ workshop: Workshop, current: Bool) -> CrashCheck {
        var check = CrashCheck()
        guard let round = workshop.round(roundID) else {
            check.problems.append("the round „\(Self.question)“ is missing")
            return check
        }
        var found: [Cell: Int] = [:]
        for (rater, person) in round.raters.enumerated() {
            for (proposal, item) in round.proposals.enumerated() {
                found[Cell(rater: rater, proposal: proposal)] = workshop.rating(roundID: roundID, raterID: person.id, proposalID: item.id)
            }
        }
        for rater in Self.raters.indices {
            for proposal in 0..<columns {
                let cell = Cell(rater: rater, proposal: proposal)
                let value = found[cell], before = expected[cell]
                let label = "\(Self.raters[rater])/\(proposal + 1)"
                if current, let value = typed[cell] {
                    if acknowledged.contains(cell) {
                        check.expect(found[cell] == value, "value \(value) in \(label) was shown as saved, the file holds \(found[cell].map(String.init) ?? "none")")
                    } else if found[cell] != value && found[cell] != before {
                        check.problems.append("\(label) holds \(found[cell].map(String.init) ?? "none"), neither the value before (\(before.map(String.init) ?? "none")) nor the one typed (\(value))")
                    }
                } else if before != nil || value != nil {
                    check.expect(value == before, "\(label) held \(before.map(String.init) ?? "none") and was not typed, the file holds \(value.map(String.init) ?? "none")")
                }
            }
        }
        expected = found
        if current {
            acknowledgements += acknowledged.count
            typed = [:]
        }
        return check
    }
}
