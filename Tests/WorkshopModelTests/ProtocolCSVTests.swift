import Foundation
import Testing
import WorkshopModel

/// The CSV export: one file per kind of content, RFC 4180 or the German spreadsheet form,
/// and no formula from what participants typed.
@Suite struct ProtocolCSVTests {
    private func files(_ workshop: Workshop = ProtocolFixtures.demo, _ dialect: CSVDialect = .standard,
                       _ language: Language = .de) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: ProtocolExporter(workshop: workshop, language: language, csvDialect: dialect)
            .csvFiles().map { ($0.name, $0.data) })
    }

    private func text(_ name: String, _ workshop: Workshop = ProtocolFixtures.demo, _ dialect: CSVDialect = .standard) -> String {
        String(decoding: files(workshop, dialect)[name] ?? Data(), as: UTF8.self)
    }

    @Test func oneFilePerKind() {
        #expect(Set(files().keys) == ["cards.csv", "topics.csv", "votes.csv", "decisions.csv", "profiles.csv"])
        #expect(ProtocolCSV.tableBuilders.count == 5)
    }

    @Test func cardsWithTheirBoardHeadingTagsAndLinks() {
        let csv = text("cards.csv")
        #expect(csv.hasPrefix("Pinnwand,Überschrift,Karte,Von,Schlagworte,vorbereitet,Verknüpfte Karten\r\n"))
        #expect(csv.contains("\r\nHerausforderungen am Wirtschaftsstandort Bottrop,Klimawandel,Reduzierung des Ressourcenverbrauchs,,Klimawandel,nein,\"Elektromobiler City Hub\nNachhaltige Verkehrskonzepte\nZirkuläre Wertschöpfungsketten\"\r\n"))
        let rows = parseCSV(csv)
        #expect(rows.count == DemoWorkshop.kickOff.cards.count + 1)
        #expect(rows.allSatisfy { $0.count == 7 })
        #expect(rows.contains(["Handlungsfeld Nachhaltige Gründungen", "Rahmenbedingungen", "lokale", "", "", "ja", ""]))
    }

    @Test func topicsInPriorityOrderWithPositionAndCut() {
        let rows = parseCSV(text("topics.csv"))
        #expect(rows[0] == ["Wesentlichkeitsmatrix", "Thema", "x (waagrecht, 0–1)", "y (senkrecht, 0–1)", "Quadrant", "Rang", "Priorisiert"])
        #expect(rows.count == 31)
        #expect(rows[4] == ["Priorisierung der Themen (Achsen und Platzierung illustrativ)", "Elektromobiler City-Hub", "0.78", "0.82",
                            "Top-Priorität", "4", "ja"])
        #expect(Array(rows[16][4...]) == ["Beobachten", "16", "nein"])
    }

    @Test func votesOfARevealedRoundWithMissingValuesEmpty() {
        var workshop = ProtocolFixtures.demo
        workshop.ratings.removeFirst()
        let rows = parseCSV(text("votes.csv", workshop))
        #expect(rows[0] == ["Runde", "Person", "Vorschlag", "Widerstand"])
        #expect(rows.count == 12 * 7 + 1)
        #expect(rows[1] == ["Welche vier Reallabore starten wir? (Werte illustrativ)", "Person 1",
                            "City-Logistik unter Nachhaltigkeitsgesichtspunkten", ""])
        #expect(rows[2][3] == "2")
        // A round still collecting keeps its values to itself.
        workshop.rounds[0].status = .collecting
        #expect(parseCSV(text("votes.csv", workshop)).count == 1)
    }

    @Test func decisionsWithStatusAndResult() {
        let rows = parseCSV(text("decisions.csv"))
        #expect(rows[0] == ["Frage", "Art", "Stand", "Ergebnis"])
        #expect(rows[1] == ["Welche vier Reallabore starten wir? (Werte illustrativ)", "Systemisches Konsensieren", "aufgedeckt",
                            "Gewählt: City-Logistik unter Nachhaltigkeitsgesichtspunkten; Hybride Formen des Handels; Bottroper Unternehmen wirtschaften nachhaltig; Digitale Koproduktion im Handwerk"])
        #expect(rows[2][0...1] == ["Leitbild annehmen?", "Handzeichen"])
        #expect(rows[2][2].hasPrefix("festgehalten (23.03.2017"))
        #expect(rows[2][3] == "Dafür: 21, Dagegen: 3, Enthaltung: 2 – Angenommen (mehr dafür als dagegen)")
        #expect(rows[3][3] == "City-Hub: 9, Fachkräfteportal: 14, Gründerfonds: 4 – Vorn: Fachkräfteportal")
        #expect(rows[5] == ["Leitbild der Wirtschaftsallianz", "Unterschriftenliste", rows[5][2], "2 Unterschriften: Bernd Tischler, Anja Großmann"])
    }

    @Test func standardIsRFC4180WithoutByteOrderMark() throws {
        let data = try #require(files()["topics.csv"])
        #expect(Array(data.prefix(3)) != [0xEF, 0xBB, 0xBF])
        let csv = String(decoding: data, as: UTF8.self)
        #expect(csv.hasSuffix("\r\n"))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
    }

    @Test func theSpreadsheetFormHasSemicolonsByteOrderMarkAndDecimalComma() throws {
        let data = try #require(files(ProtocolFixtures.demo, .spreadsheet)["topics.csv"])
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let csv = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(csv.hasPrefix("Wesentlichkeitsmatrix;Thema;x (waagrecht, 0–1);y (senkrecht, 0–1);Quadrant;Rang;Priorisiert\r\n"))
        #expect(csv.contains(";Elektromobiler City-Hub;0,78;0,82;Top-Priorität;4;ja\r\n"))
        let decisions = text("decisions.csv", ProtocolFixtures.demo, .spreadsheet)
        #expect(decisions.contains(";\"Gewählt: City-Logistik unter Nachhaltigkeitsgesichtspunkten; Hybride Formen des Handels;"))
    }

    @Test func englishHeaders() {
        let csv = String(decoding: files(ProtocolFixtures.demo, .standard, .en)["cards.csv"] ?? Data(), as: UTF8.self)
        #expect(csv.hasPrefix("Board,Heading,Card,By,Tags,prepared,Linked cards\r\n"))
    }

    // MARK: Hostile text

    @Test func formulasAreDefusedAndEveryFieldIsQuotedWhereNeeded() {
        let workshop = ProtocolFixtures.hostile
        for dialect in [CSVDialect.standard, .spreadsheet] {
            for (name, data) in files(workshop, dialect) {
                let csv = String(decoding: data, as: UTF8.self)
                #expect(!csv.contains("\u{1B}"), "\(name)")
                #expect(!csv.contains("[31m"), "\(name)")
                let rows = parseCSV(csv.hasPrefix("\u{FEFF}") ? String(csv.dropFirst()) : csv, separator: dialect.separator)
                #expect(Set(rows.map(\.count)).count == 1, "\(name): \(rows.map(\.count))")
                for field in rows.joined() {
                    #expect(!["=", "+", "-", "@"].contains(field.first.map(String.init) ?? ""), "\(name): \(field)")
                }
            }
        }
        let cards = text("cards.csv", workshop)
        #expect(cards.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","))
        #expect(parseCSV(cards)[1][2] == "<script>alert(1)</script>")
        #expect(parseCSV(cards)[1][6] == "'=HYPERLINK(\"http://x\",\"y\")\n| pipe | and `backticks`")
        #expect(parseCSV(cards).contains { $0[2] == "rot" })
    }

    @Test func fieldEscaping() {
        #expect(ProtocolEscaping.csvField("plain", separator: ",") == "plain")
        #expect(ProtocolEscaping.csvField("a,b", separator: ",") == "\"a,b\"")
        #expect(ProtocolEscaping.csvField("a,b", separator: ";") == "a,b")
        #expect(ProtocolEscaping.csvField("a;b", separator: ";") == "\"a;b\"")
        #expect(ProtocolEscaping.csvField("say \"hi\"", separator: ",") == "\"say \"\"hi\"\"\"")
        #expect(ProtocolEscaping.csvField("two\nlines", separator: ",") == "\"two\nlines\"")
        #expect(ProtocolEscaping.csvField("=1+1", separator: ",") == "'=1+1")
        #expect(ProtocolEscaping.csvField("+49 2041", separator: ",") == "'+49 2041")
        #expect(ProtocolEscaping.csvField("-5 Grad", separator: ",") == "'-5 Grad")
        #expect(ProtocolEscaping.csvField("@SUM(A1)", separator: ",") == "'@SUM(A1)")
        #expect(ProtocolEscaping.csvField("\t=1", separator: ",") == "'=1")
        #expect(ProtocolEscaping.csvField("\u{1B}[2J=1", separator: ",") == "'=1")
    }
}
