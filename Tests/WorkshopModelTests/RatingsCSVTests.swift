import Foundation
import Testing
import WorkshopModel

private func id(_ raw: String) -> EntityID { EntityID(raw) }

/// Three proposals with umlauts and the passive solution; raters "Anna Müller" and "Person 2".
private let round = ConsensingRound(
    id: id("runde"), question: "Welche Reallabore starten wir?",
    proposals: [
        Proposal(id: id("logistik"), title: "City-Logistik unter Nachhaltigkeitsgesichtspunkten"),
        Proposal(id: id("handwerk"), title: "Digitale Koproduktion im Handwerk"),
        Proposal(id: id("gruendung"), title: "Gründungscafé für Studierende"),
        Proposal(id: id("passiv"), title: "Passivlösung: Alles bleibt, wie es ist", isPassive: true),
    ],
    raters: [Rater(id: id("anna"), name: "Anna Müller"), Rater(id: id("p2"), name: "Person 2")],
    chooseCount: 2)

private let header = "Name;City-Logistik unter Nachhaltigkeitsgesichtspunkten;Digitale Koproduktion im Handwerk;"
    + "Gründungscafé für Studierende;Passivlösung: Alles bleibt, wie es ist"

private func rows(_ text: String, ratings: [Rating] = [], sourceLocation: SourceLocation = #_sourceLocation) -> [ImportedRow] {
    switch RatingsCSV.parse(text, round: round, ratings: ratings) {
    case let .success(rows):
        return rows
    case let .failure(error):
        Issue.record("unexpected problems: \(error.message(in: .de))", sourceLocation: sourceLocation)
        return []
    }
}

private func problems(_ text: String, ratings: [Rating] = [],
                      sourceLocation: SourceLocation = #_sourceLocation) -> [RatingsCSVError.Problem] {
    switch RatingsCSV.parse(text, round: round, ratings: ratings) {
    case let .success(rows):
        Issue.record("expected problems, got \(rows.count) rows", sourceLocation: sourceLocation)
        return []
    case let .failure(error):
        return error.problems
    }
}

@Suite struct RatingsCSVTests {
    // MARK: Good files

    @Test func aSemicolonFileWithUmlautsReadsCompletely() {
        let text = """
            \(header)
            Anna Müller;3;0;10;8
            Jürgen Weiß;5;;2;9
            Özlem Şahin;0;1;1;10
            """
        let result = rows(text)
        #expect(result.count == 3)
        #expect(result[0] == ImportedRow(line: 2, name: "Anna Müller",
                                         values: [id("logistik"): 3, id("handwerk"): 0, id("gruendung"): 10, id("passiv"): 8]))
        #expect(result[1].name == "Jürgen Weiß")
        #expect(result[1].values[id("handwerk")] == nil) // empty cell: missing, not 0
        #expect(result[1].values.count == 3)
        #expect(result[2].line == 4)
        #expect(result[2].name == "Özlem Şahin")
    }

    @Test func aCommaFileWithQuotesBOMAndCRLFReadsTheSame() {
        let text = "\u{FEFF}\"Name\",\"Passivlösung: Alles bleibt, wie es ist\",Digitale Koproduktion im Handwerk\r\n"
            + "\"Weiß, Jürgen\",9,\" 2 \"\r\n"
            + "\"Der \"\"Bäcker\"\"\",10,0\r\n"
        let result = rows(text)
        #expect(result.map(\.name) == ["Weiß, Jürgen", "Der \"Bäcker\""])
        #expect(result[0].values == [id("passiv"): 9, id("handwerk"): 2])
        #expect(result[1].values == [id("passiv"): 10, id("handwerk"): 0])
        #expect(result[1].line == 3)
    }

    @Test func columnsMatchInAnyOrderIgnoringCaseAndMayBeMissing() {
        let text = """
            Person;GRÜNDUNGSCAFÉ FÜR STUDIERENDE;city-logistik unter nachhaltigkeitsgesichtspunkten
            Carla;4;6
            """
        let result = rows(text)
        #expect(result == [ImportedRow(line: 2, name: "Carla", values: [id("gruendung"): 4, id("logistik"): 6])])
    }

    @Test func blankLinesSpreadsheetPaddingAndSignsAreTolerated() {
        let text = "\n\(header);;\nAnna Müller; +3 ;0;10;8;;\n\n;;;;\nBert;-0;;;\n\n"
        let result = rows(text)
        #expect(result.map(\.name) == ["Anna Müller", "Bert"])
        #expect(result[0].line == 3 && result[1].line == 6)
        #expect(result[0].values[id("logistik")] == 3)
        #expect(result[1].values == [id("logistik"): 0])
    }

    @Test func anExistingRaterWithoutValuesMayBeInTheFile() {
        let ratings = [Rating(roundID: round.id, raterID: id("p2"), proposalID: id("logistik"), value: 1),
                       Rating(roundID: id("andere Runde"), raterID: id("anna"), proposalID: id("logistik"), value: 1)]
        let result = rows("\(header)\nANNA MÜLLER;1;2;3;4", ratings: ratings)
        #expect(result.first?.name == "ANNA MÜLLER")
    }

    // MARK: Broken files

    @Test func eachProblemIsReportedWithItsLine() {
        #expect(problems("") == [.init(line: 1, reason: .emptyFile)])
        #expect(problems("\n \n") == [.init(line: 1, reason: .emptyFile)])
        #expect(problems(header) == [.init(line: 1, reason: .noRows)])
        #expect(problems("\(header)\nAnna Müller;1;2;3") == [.init(line: 2, reason: .wrongColumnCount(found: 4, expected: 5))])
        #expect(problems("\(header)\nAnna Müller;1;2;3;4;5") == [.init(line: 2, reason: .wrongColumnCount(found: 6, expected: 5))])
        #expect(problems("\(header)\nAnna Müller;1;2,5;3;4")
            == [.init(line: 2, reason: .notAWholeNumber("2,5", proposal: "Digitale Koproduktion im Handwerk"))])
        #expect(problems("\(header)\nAnna Müller;1;2;x;4")
            == [.init(line: 2, reason: .notAWholeNumber("x", proposal: "Gründungscafé für Studierende"))])
        #expect(problems("\(header)\nAnna Müller;11;2;3;4")
            == [.init(line: 2, reason: .outOfRange(11, proposal: "City-Logistik unter Nachhaltigkeitsgesichtspunkten", maximum: 10))])
        #expect(problems("\(header)\nAnna Müller;-1;2;3;4")
            == [.init(line: 2, reason: .outOfRange(-1, proposal: "City-Logistik unter Nachhaltigkeitsgesichtspunkten", maximum: 10))])
        #expect(problems("\(header)\n;1;2;3;4") == [.init(line: 2, reason: .emptyName)])
        #expect(problems("\(header)\n\(String(repeating: "n", count: 81));1;2;3;4")
            == [.init(line: 2, reason: .nameTooLong(limit: 80, length: 81))])
        #expect(problems("\(header)\nAnna;1;2;3;4\nanna;1;2;3;4") == [.init(line: 3, reason: .duplicateRater("anna", firstLine: 2))])
        #expect(problems("\(header)\n\"Anna;1;2;3;4") == [.init(line: 2, reason: .unclosedQuote)])
        #expect(problems("Name;Hybride Formen des Handels\nAnna;1")
            == [.init(line: 1, reason: .unknownProposal("Hybride Formen des Handels", known: round.proposals.map(\.title)))])
        #expect(problems("Name;Digitale Koproduktion im Handwerk;digitale koproduktion im handwerk\nAnna;1;2")
            == [.init(line: 1, reason: .duplicateColumn("digitale koproduktion im handwerk"))])
        #expect(problems("Name;;Digitale Koproduktion im Handwerk\nAnna;1;2") == [.init(line: 1, reason: .emptyColumnTitle(column: 2))])
        #expect(problems("Digitale Koproduktion im Handwerk;Gründungscafé für Studierende\n1;2")
            == [.init(line: 1, reason: .nameColumnMissing("Digitale Koproduktion im Handwerk"))])
        let rated = [Rating(roundID: round.id, raterID: id("anna"), proposalID: id("passiv"), value: 0)]
        #expect(problems("\(header)\nanna müller;1;2;3;4", ratings: rated) == [.init(line: 2, reason: .raterHasValues("Anna Müller"))])
    }

    @Test func severalProblemsAreReportedAtOnceAndNothingIsImported() {
        let text = """
            Name;City-Logistik unter Nachhaltigkeitsgesichtspunkten;Hybride Formen des Handels;Passivlösung: Alles bleibt, wie es ist
            Anna Müller;3;1;8
            Bert;12;0;sieben
            ;1;1;1
            Carla;1;1
            anna müller;0;0;0
            Dora;0;0;0
            """
        let found = problems(text)
        #expect(found.map(\.line) == [1, 3, 3, 4, 5, 6])
        #expect(found.map(\.reason) == [
            .unknownProposal("Hybride Formen des Handels", known: round.proposals.map(\.title)),
            .outOfRange(12, proposal: "City-Logistik unter Nachhaltigkeitsgesichtspunkten", maximum: 10),
            .notAWholeNumber("sieben", proposal: "Passivlösung: Alles bleibt, wie es ist"),
            .emptyName,
            .wrongColumnCount(found: 3, expected: 4),
            .duplicateRater("anna müller", firstLine: 2),
        ])

        // Nothing is imported: the parse fails as a whole, so there are no rows to execute.
        if case .success = RatingsCSV.parse(text, round: round) { Issue.record("a bad file must not give rows") }

        let error = RatingsCSVError(problems: found)
        let german = error.message(in: .de).split(separator: "\n").map(String.init)
        #expect(german.count == 7)
        #expect(german[0] == "Nichts importiert – die Datei hat 6 Problem(e):")
        #expect(german[1] == "Zeile 1: „Hybride Formen des Handels“ ist kein Vorschlag dieser Runde. Die Vorschläge heißen: "
            + "„City-Logistik unter Nachhaltigkeitsgesichtspunkten“, „Digitale Koproduktion im Handwerk“, "
            + "„Gründungscafé für Studierende“, „Passivlösung: Alles bleibt, wie es ist“.")
        #expect(german[2] == "Zeile 3: 12 bei „City-Logistik unter Nachhaltigkeitsgesichtspunkten“ liegt außerhalb der Skala 0–10.")
        #expect(german[3] == "Zeile 3: „sieben“ bei „Passivlösung: Alles bleibt, wie es ist“ ist keine ganze Zahl.")
        #expect(german[4] == "Zeile 4: Der Name fehlt.")
        #expect(german[5] == "Zeile 5: 3 Spalten, die Kopfzeile hat 4.")
        #expect(german[6] == "Zeile 6: „anna müller“ steht schon in Zeile 2.")
        let english = error.message(in: .en)
        #expect(english.hasPrefix("Nothing imported – the file has 6 problem(s):\nLine 1: “Hybride Formen des Handels” is not a proposal"))
        #expect(english.contains("Line 5: 3 columns, the header line has 4."))
    }

    @Test func everyProblemHasAMessageInBothLanguages() {
        let reasons: [RatingsCSVError.Problem.Reason] = [
            .emptyFile, .noRows, .nameColumnMissing("A"), .unknownProposal("X", known: ["A", "B"]), .duplicateColumn("A"),
            .emptyColumnTitle(column: 3), .wrongColumnCount(found: 2, expected: 5), .notAWholeNumber("x", proposal: "A"),
            .outOfRange(11, proposal: "A", maximum: 10), .emptyName, .nameTooLong(limit: 80, length: 90),
            .duplicateRater("Anna", firstLine: 2), .raterHasValues("Anna"), .unclosedQuote,
        ]
        for reason in reasons {
            let problem = RatingsCSVError.Problem(line: 7, reason: reason)
            let german = problem.message(in: .de)
            let english = problem.message(in: .en)
            #expect(german.hasPrefix("Zeile 7: ") && english.hasPrefix("Line 7: "), "\(reason)")
            #expect(german != english)
            for text in [german, english] {
                #expect(text.range(of: #"\{\d+\}"#, options: .regularExpression) == nil, "\(text)")
                #expect(!text.contains("\n"))
            }
        }
    }

    /// The examples of docs/consensing-csv.md read as the document says.
    @Test func theDocumentedExamplesRead() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/consensing-csv.md")
        let document = try String(contentsOf: url, encoding: .utf8)
        let blocks = document.components(separatedBy: "```csv\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        #expect(blocks.count == 2)
        let titles = ["City-Logistik unter Nachhaltigkeitsgesichtspunkten", "Hybride Formen des Handels",
                      "Digitale Koproduktion im Handwerk", "Gründungscafé für Studierende"]
        let labs = ConsensingRound(
            id: id("labs"), question: "Welche Reallabore starten wir?",
            proposals: titles.enumerated().map { Proposal(id: id("p\($0)"), title: $1) }
                + [Proposal(id: id("passiv"), title: "Passivlösung: Alles bleibt, wie es ist", isPassive: true)],
            raters: [], chooseCount: 2)
        let semicolons = try RatingsCSV.parse(blocks[0], round: labs).get()
        #expect(semicolons.map(\.name) == ["Anna Müller", "Jürgen Weiß", "Özlem Şahin", "Bäckerei Hülsmann; Inhaberin"])
        #expect(semicolons[1].values[id("p2")] == nil && semicolons[1].values.count == 4)
        #expect(semicolons[3].values[id("passiv")] == 10)
        let commas = try RatingsCSV.parse(blocks[1], round: labs).get()
        #expect(commas.map(\.values) == [[id("p0"): 2, id("passiv"): 9], [id("p0"): 4, id("passiv"): 10]])
    }

    @Test func theSeparatorIsTakenFromTheHeaderLine() {
        // A title with a comma in a semicolon file needs no quotes.
        let text = "Name;Passivlösung: Alles bleibt, wie es ist\nAnna;4"
        #expect(rows(text).first?.values == [id("passiv"): 4])
        // In a comma file the same title must be quoted; unquoted it is split and not found.
        let broken = problems("Name,Passivlösung: Alles bleibt, wie es ist\nAnna,4,5")
        #expect(broken.map(\.line) == [1, 1])
    }
}
