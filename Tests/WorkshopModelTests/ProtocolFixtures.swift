import Foundation
import WorkshopModel

/// Workshops for the protocol export tests: the demo with a revealed round and quick
/// decisions, and a board of hostile text that must come out escaped in every format.
enum ProtocolFixtures {
    static let script = "<script>alert(1)</script>"
    static let formula = "=HYPERLINK(\"http://x\",\"y\")"
    static let pipes = "| pipe | and `backticks`"
    static let bold = "**bold**"
    /// A colour escape sequence around a word, as pasted from a terminal.
    static let escape = "\u{1B}[31mrot\u{1B}[0m"
    static let hostileTexts = [script, formula, pipes, bold, escape]

    /// 23 March 2017, 16:40 UTC.
    static let recordedAt = Date(timeIntervalSince1970: 1_490_287_200)

    /// The demo workshop with its consensing round revealed and one quick decision of each kind.
    static var demo: Workshop {
        var workshop = DemoWorkshop.kickOff
        workshop.rounds[0].status = .revealed
        workshop.quickDecisions = [
            QuickDecision(id: EntityID("q-hands"), kind: .showOfHands, title: "Leitbild annehmen?",
                          options: QuickDecision.showOfHandsOptions, counts: [21, 3, 2], recordedAt: recordedAt),
            QuickDecision(id: EntityID("q-dots"), kind: .dotVoting, title: "Welches Thema zuerst?",
                          options: ["City-Hub", "Fachkräfteportal", "Gründerfonds"], counts: [9, 14, 4], dotsPerPerson: 3),
            QuickDecision(id: EntityID("q-line"), kind: .positioning, title: "Wie dringend ist die Geschäftsstelle?",
                          options: QuickDecision.segmentLabels(poleA: "gar nicht", poleB: "sehr", segments: 3),
                          counts: [2, 5, 17], poles: ["gar nicht", "sehr"]),
            QuickDecision(id: EntityID("q-sign"), kind: .signatures, title: "Leitbild der Wirtschaftsallianz",
                          signatures: ["Bernd Tischler", "Anja Großmann"], recordedAt: recordedAt),
        ]
        return workshop
    }

    /// A workshop whose every text field holds hostile text, stored without cleaning (the
    /// exporters must not rely on the model having cleaned it).
    static var hostile: Workshop {
        var workshop = Workshop(info: WorkshopInfo(title: "Titel " + script, date: "2017-03-23", place: pipes))
        workshop.moderators = [Person(id: EntityID("m"), name: bold, organisation: escape)]
        let board = Board(id: EntityID("b"), title: "Tisch " + script, kind: .themeTable, moderatorID: EntityID("m"))
        let heading = Heading(id: EntityID("h"), boardID: board.id, title: "# " + pipes)
        workshop.boards = [board]
        workshop.headings = [heading]
        workshop.cards = hostileTexts.enumerated().map { index, text in
            Card(id: EntityID("c\(index)"), boardID: board.id, headingID: heading.id, text: text, author: formula,
                 tags: [pipes], links: index == 0 ? [EntityID("c1"), EntityID("c2")] : [])
        } + [Card(id: EntityID("c-list"), boardID: board.id, headingID: heading.id, text: "1. Punkt\n- Strich\n+1 & &amp; F&E")]
        workshop.agenda = [AgendaItem(id: EntityID("a"), title: formula, kind: .themeTables, plannedMinutes: 30)]
        let matrix = MaterialityMatrix(id: EntityID("m1"), title: script, xAxis: MatrixAxis(name: bold, low: "<", high: ">"),
                                       yAxis: MatrixAxis(name: pipes), quadrantNames: [script, formula, pipes, escape])
        workshop.matrices = [matrix]
        workshop.topics = hostileTexts.enumerated().map { index, text in
            MatrixTopic(id: EntityID("t\(index)"), matrixID: matrix.id, label: text, x: 0.6 + 0.05 * Double(index), y: 0.7)
        }
        let proposals = [Proposal(id: EntityID("p1"), title: formula), Proposal(id: EntityID("p2"), title: script, isPassive: true)]
        let raters = [Rater(id: EntityID("r1"), name: pipes), Rater(id: EntityID("r2"), name: escape)]
        workshop.rounds = [ConsensingRound(id: EntityID("round"), question: bold, proposals: proposals, raters: raters,
                                           status: .revealed)]
        workshop.ratings = [Rating(roundID: EntityID("round"), raterID: EntityID("r1"), proposalID: EntityID("p1"), value: 3),
                            Rating(roundID: EntityID("round"), raterID: EntityID("r1"), proposalID: EntityID("p2"), value: 7)]
        workshop.quickDecisions = [QuickDecision(id: EntityID("q"), kind: .dotVoting, title: script,
                                                 options: [formula, pipes], counts: [1, 2], dotsPerPerson: 2),
                                   QuickDecision(id: EntityID("s"), kind: .signatures, title: formula, signatures: [script])]
        return workshop
    }
}

// MARK: Reading the output back

/// The table rows of `text`: the lines starting with "|", in blocks of consecutive lines.
func tables(_ text: String) -> [[String]] {
    var tables: [[String]] = [[]]
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("|") { tables[tables.count - 1].append(String(line)) } else if !tables[tables.count - 1].isEmpty { tables.append([]) }
    }
    return tables.filter { !$0.isEmpty }
}

/// How often `special` occurs in `text` without a backslash before it.
func unescaped(_ special: Character, in text: String) -> Int {
    var count = 0
    var escaped = false
    for character in text {
        if character == special && !escaped { count += 1 }
        escaped = character == "\\" && !escaped
    }
    return count
}

/// Parses RFC 4180 text (quoted fields, doubled quotes, CR LF) into rows of fields.
func parseCSV(_ text: String, separator: Character = ",") -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var characters = text.makeIterator()
    while let character = characters.next() {
        if quoted {
            if character == "\"" {
                // A doubled quote is a quote; a single one ends the quoted part.
                guard let next = characters.next() else { quoted = false; break }
                if next == "\"" { field.append("\"") } else {
                    quoted = false
                    if next == separator { row.append(field); field = "" } else if next == "\r\n" || next == "\n" {
                        row.append(field); rows.append(row); row = []; field = ""
                    } else { field.append(next) }
                }
            } else { field.append(character) }
        } else if character == "\"" && field.isEmpty {
            quoted = true
        } else if character == separator {
            row.append(field)
            field = ""
        } else if character == "\r\n" || character == "\n" {
            row.append(field)
            rows.append(row)
            row = []
            field = ""
        } else {
            field.append(character)
        }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}

