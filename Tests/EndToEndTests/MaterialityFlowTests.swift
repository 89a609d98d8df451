import Foundation
import Testing
import WorkshopModel

/// A materiality matrix in a real terminal: define the axes, place eight topics by answering
/// the pairwise comparisons, read the priority list on screen and in the export.
@Suite(.serialized)
struct MaterialityFlowTests {
    static let topics = ["Fachkräfte", "Innenstadt", "Klimaschutz", "Digitalisierung", "Flächen", "Tourismus",
                         "Ausbildung", "Gründungen"]
    /// The hidden orders the room "knows" (lowest first) on each axis.
    static let hiddenX = ["Tourismus", "Flächen", "Gründungen", "Klimaschutz", "Innenstadt", "Ausbildung", "Digitalisierung", "Fachkräfte"]
    static let hiddenY = ["Flächen", "Tourismus", "Digitalisierung", "Gründungen", "Ausbildung", "Klimaschutz", "Fachkräfte", "Innenstadt"]

    /// Answers every comparison on screen from `hidden` until the axis is placed; returns the number of questions.
    static func answerAll(_ terminal: TmuxSession, hidden: [String]) throws -> Int {
        var questions = 0
        while questions < 40 {
            let marker = "Frage \(questions + 1) "
            // The next question, or (after the last answer) the matrix with the confirmation.
            let screen = try terminal.waitFor(timeout: 30) {
                $0.contains(marker) || (questions > 0 && $0.contains("Alle Themen eingeordnet"))
            }
            if !screen.contains(marker) { return questions }
            let quoted = screen.split(separator: "\n").compactMap { line -> String? in
                guard let start = line.firstIndex(of: "„"), let end = line.firstIndex(of: "“"), start < end else { return nil }
                let label = String(line[line.index(after: start)..<end])
                return topics.contains(label) ? label : nil
            }
            guard quoted.count == 2 else { Thread.sleep(forTimeInterval: 0.05); continue }
            let candidate = hidden.firstIndex(of: quoted[0])!, pivot = hidden.firstIndex(of: quoted[1])!
            try terminal.press(candidate > pivot ? "m" : "w")
            questions += 1
            try terminal.waitFor(timeout: 30) { !$0.contains(marker) }
        }
        return questions
    }

    @Test func defineAxesPlaceEightTopicsAndReadThePriorityList() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("matrix.allianz")
        #expect(try Binary.run(["new", file, "--title", "Matrix Test"]).status == 0)
        let terminal = try TmuxSession(width: 80, height: 24, directory: directory.path)
        try terminal.run("'\(Binary.path)' matrix.allianz; echo EXIT=$?")
        try terminal.waitFor("Matrix Test")

        try terminal.press("m")
        try terminal.waitFor("Noch keine Matrix")
        try terminal.press("n")
        try terminal.type("Priorisierung")
        try terminal.press("Tab")
        try terminal.type("Handlungsfähigkeit: gering, hoch")
        try terminal.press("Tab")
        try terminal.type("Relevanz: gering, hoch")
        try terminal.press("Enter")
        try terminal.waitFor("0 Themen")
        try terminal.press("Enter", "a")
        for (index, topic) in Self.topics.enumerated() {
            try terminal.type(topic)
            if index < Self.topics.count - 1 { try terminal.press("M-Enter") }
        }
        try terminal.press("Enter")
        try terminal.waitFor("8 Themen")

        try terminal.press("x")
        try terminal.waitFor("Frage 1 ")
        let onX = try Self.answerAll(terminal, hidden: Self.hiddenX)
        try terminal.press("y")
        try terminal.waitFor("Frage 1 ")
        let onY = try Self.answerAll(terminal, hidden: Self.hiddenY)
        // ceil(log2(8!)) = 16 questions at most per axis (+ n for ties, none here).
        #expect(onX <= 16 + 8 && onY <= 16 + 8)

        // Expected: top right = upper half on both axes, ranked by the sum of positions.
        let position = { (order: [String], topic: String) in (Double(order.firstIndex(of: topic)!) + 0.5) / 8 }
        let topRight = Self.topics.filter { position(Self.hiddenX, $0) >= 0.5 && position(Self.hiddenY, $0) >= 0.5 }
            .sorted { position(Self.hiddenX, $0) + position(Self.hiddenY, $0) > position(Self.hiddenX, $1) + position(Self.hiddenY, $1) }
        try terminal.press("l")
        let list = try terminal.waitFor("priorisiert:")
        for (rank, topic) in topRight.enumerated() {
            #expect(list.contains("\(rank + 1).  \(topic)") || list.contains("\(rank + 1). \(topic)"), "\(topic) at \(rank + 1):\n\(list)")
        }
        try terminal.press("Escape", "Escape", "q")
        try terminal.waitFor("EXIT=0")

        let export = try Binary.run(["export", file, "--format", "json"])
        #expect(export.status == 0)
        let decoded = try JSONDecoder.iso.decode(WorkshopExport.self, from: Data(export.output.utf8))
        let ranked = try #require(decoded.priorityLists.first).topics
        #expect(Array(ranked.prefix(topRight.count).map(\.label)) == topRight)
        #expect(ranked.count == 8)
    }
}
