import Foundation
import Testing
@testable import WorkshopModel

/// The profile forms in the protocol: the project-idea catalog in the shape of the report's
/// Table 2, a subsection for every profile that holds more than its catalog row, the
/// `profiles.csv` long table, and hostile profile text escaped in every format.
@Suite struct ProtocolProfilesTests {
    // MARK: Fixtures

    /// The demo with its profiles stored out of number order (the protocol sorts them).
    private var demo: Workshop {
        var workshop = ProtocolFixtures.demo
        workshop.profiles.reverse()
        return workshop
    }

    /// The demo with idea no. 1 filled in beyond its short description: two fields, a note on
    /// an empty field, one rating.
    private var partlyFilled: Workshop {
        var workshop = ProtocolFixtures.demo
        workshop.profiles[0].values["schedule"] = "Start 2018\nPilot mit drei Händlern"
        workshop.profiles[0].values["lead"] = "Emscher Logistik GmbH"
        workshop.profiles[0].notes = [ProfileNote(id: EntityID("n1"), fieldID: "partners", text: "Stadtwerke fragen?")]
        workshop.profiles[0].assessment = ["feasibility": 1]
        return workshop
    }

    /// A custom template, a grid and a profile whose every text is hostile, stored without
    /// cleaning, plus a profile with nothing filled in.
    private var hostile: Workshop {
        let f = ProtocolFixtures.self
        var workshop = Workshop(info: WorkshopInfo(title: "Steckbriefe", date: "", place: ""))
        workshop.moderators = [Person(id: EntityID("m1"), name: f.formula), Person(id: EntityID("m2"), name: f.escape)]
        let template = ProfileTemplate(id: EntityID("t"), name: f.script,
                                       fields: [ProfileField(id: "a", name: f.pipes), ProfileField(id: "b", name: f.bold),
                                                ProfileField(id: "c", name: "# Feld")],
                                       summaryFieldID: "a")
        workshop.profileTemplates = [template]
        workshop.assessmentGrid = AssessmentGrid(criteria: [AssessmentCriterion(id: "k", name: f.formula)],
                                                 levels: [f.script, f.pipes])
        workshop.profiles = [
            Profile(id: EntityID("p1"), templateID: template.id, number: 1, title: f.script,
                    values: ["a": f.formula, "b": f.escape + "\n- Strich\n1. Punkt", "c": f.pipes + "\n" + f.bold],
                    notes: [ProfileNote(id: EntityID("n"), fieldID: "c", text: f.script)],
                    funnel: Funnel(.noDriver, alternative: .realLab), moderatorIDs: [EntityID("m1"), EntityID("m2")],
                    assessment: ["k": 1]),
            Profile(id: EntityID("p2"), templateID: template.id, number: 2, title: "@SUMME(A1)"),
        ]
        return workshop
    }

    // MARK: Helpers

    private func markdown(_ workshop: Workshop, _ language: Language = .de) -> String {
        ProtocolExporter(workshop: workshop, language: language).markdown()
    }

    private func html(_ workshop: Workshop, _ language: Language = .de) -> String {
        ProtocolExporter(workshop: workshop, language: language).html()
    }

    private func csv(_ workshop: Workshop, _ dialect: CSVDialect = .standard, _ language: Language = .de) -> String {
        let file = ProtocolExporter(workshop: workshop, language: language, csvDialect: dialect).csvFiles()
            .first { $0.name == "profiles.csv" }
        let text = String(decoding: file?.data ?? Data(), as: UTF8.self)
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// The text from the heading `## number title` up to the next chapter.
    private func chapter(_ text: String, _ heading: String) -> String {
        guard let start = text.range(of: heading) else { return "" }
        let rest = text[start.lowerBound...]
        let end = rest.dropFirst(heading.count).range(of: "\n## ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    private func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    // MARK: Markdown

    @Test func theCatalogIsTable2WithEveryProfileInNumberOrder() throws {
        let part = chapter(markdown(demo), "## 6 Projektideenkatalog und Steckbriefe")
        let catalog = try #require(tables(part).first)
        #expect(catalog[0] == "| Nr. | Projektidee | Kurzbeschreibung | Trichter | Moderation |")
        #expect(catalog[1] == "| ---: | --- | --- | --- | --- |")
        let rows = catalog.dropFirst(2)
        #expect(rows.count == 28)
        #expect(rows.compactMap { Int($0.split(separator: "|").first?.trimmingCharacters(in: .whitespaces) ?? "") } == Array(1...28))
        #expect(rows.first?.hasPrefix("| 1 | Elektromobiler City-Hub | Einrichtung eines „Cityhub Bottrop“") == true)
        #expect(rows.first?.hasSuffix(" | EP | Hr. Miller, Fr. Sturm |") == true)
        // The funnel as Table 2 writes it.
        #expect(part.contains("| 2 | WLAN in der Innenstadt | Konzeption und Umsetzung eines freien WLAN"))
        #expect(part.contains(" | OK bzw. in RL integrieren | Fr. Kreipe, Fr. Schimmang |"))
        #expect(part.contains(" | EP bzw. in RL integrieren | "))
        #expect(part.contains(" | RL? | Fr. Sturm, Fr. Kreipe |"))
        // The labs' invented texts and moderators are starred.
        #expect(part.contains("| 25 | City-Logistik unter Nachhaltigkeitsgesichtspunkten | Lieferverkehr in die Innenstadt bündeln und emissionsarm gestalten: ein gemeinsamer Umschlagpunkt, die „letzte Meile“ mit E-Lastenrädern. \\* | RL | Hr. Miller, Fr. Sturm \\* |"))
        #expect(part.contains("\n\n*RL = Reallabor · EP = eigenverantwortliches Projekt · OK = ohne Kümmerer*\n\n*\\* illustrativ, nicht aus dem Bericht*\n\n"))
        #expect(part.contains("*Steckbriefe, die mehr als die Kurzbeschreibung enthalten, folgen unten: Nr. 25–28.*"))
    }

    @Test func theSectionComesAfterTheMatrixAndBeforeTheRoundThatChoosesTheLabs() {
        let headings = markdown(demo).split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings == ["## 1 Die Sitzung", "## 2 Pinnwände", "## 3 Auswertung: Schlagworte und Verknüpfungen",
                             "## 4 SWOT-Analyse", "## 5 Wesentlichkeitsanalyse", "## 6 Projektideenkatalog und Steckbriefe",
                             "## 7 Systemisches Konsensieren", "## 8 Schnelle Entscheidungen"])
        #expect(!markdown(Workshop(info: WorkshopInfo(title: "Leer", date: "", place: ""))).contains("Steckbriefe"))
    }

    @Test func onlyProfilesWithMoreThanTheirShortDescriptionGetASubsection() throws {
        let section = try #require(ProtocolDocument(workshop: demo, language: .de).sections.first { $0.number == "6" })
        #expect(section.subsections.map(\.title) == ["City-Logistik unter Nachhaltigkeitsgesichtspunkten", "Hybride Formen des Handels",
                                                     "Bottroper Unternehmen wirtschaften nachhaltig", "Digitale Koproduktion im Handwerk"])
        #expect(section.subsections.map(\.number) == ["6.1", "6.2", "6.3", "6.4"])
        let filled = try #require(ProtocolDocument(workshop: partlyFilled, language: .de).sections.first { $0.number == "6" })
        #expect(filled.subsections.map(\.title).first == "Elektromobiler City-Hub")
        #expect(filled.subsections.count == 5)
        #expect(markdown(partlyFilled).contains("folgen unten: Nr. 1, 25–28."))
    }

    @Test func aLabProfileShowsEveryFieldItsAssessmentAndThatItIsIllustrative() {
        let part = chapter(markdown(demo), "## 6 Projektideenkatalog und Steckbriefe")
        #expect(part.contains("""
            ### 6.1 City-Logistik unter Nachhaltigkeitsgesichtspunkten

            - **Nummer im Katalog:** 25
            - **Vorlage:** Reallabor
            - **Trichter:** RL – Reallabor
            - **Moderation:** Hr. Miller, Fr. Sturm

            *Der Inhalt dieses Steckbriefs (Felder, Moderation, Bewertung) ist illustrativ, nicht aus dem Bericht.*

            **Kurzbeschreibung des Auftrags**\\
            Lieferverkehr in die Innenstadt bündeln und emissionsarm gestalten: ein gemeinsamer Umschlagpunkt, die „letzte Meile“ mit E-Lastenrädern.

            **Forschungsfrage / Forschungsdesign / Lösungsansatz**\\
            Welche Bündelungsquote erreichen Händler und Logistiker gemeinsam, und wie verändern sich Fahrten und Emissionen in der Innenstadt?

            """))
        #expect(part.contains("**Transdisziplinarität**\\\nEinzelhandel, Logistikdienstleister, Stadtverwaltung und Hochschule"))
        #expect(part.contains("**Zeitliche Dimension**\\\nPlanung 6 Monate, Erprobung 12 Monate, Auswertung 3 Monate.\n"))
        #expect(part.contains("**Bewertung des angestrebten Zustandes**\\\nWeniger Lieferfahrten in der Fußgängerzone"))
        #expect(part.contains("""
            | Bewertung (Grob-Raster) | Stufe (gering < mittel < hoch) |
            | --- | --- |
            | Gemeinsam | hoch |
            | Innovativ | mittel |
            | Nachhaltig | hoch |
            | Umsetzbarkeit | mittel |
            | Ressourcenbedarf | hoch |
            """.replacingOccurrences(of: " < ", with: " \\< ")))
        #expect(count("Der Inhalt dieses Steckbriefs", in: part) == 4)
        #expect(!part.contains("Noch leer"))
    }

    @Test func aPartlyFilledIdeaShowsItsNotesTheEmptyFieldsAndTheUnratedCriteria() {
        let part = chapter(markdown(partlyFilled), "## 6 Projektideenkatalog und Steckbriefe")
        #expect(part.contains("""
            ### 6.1 Elektromobiler City-Hub

            - **Nummer im Katalog:** 1
            - **Vorlage:** Projektidee
            - **Trichter:** EP – eigenverantwortliches Projekt
            - **Moderation:** Hr. Miller, Fr. Sturm

            **Beschreibung**\\
            Einrichtung eines „Cityhub Bottrop“
            """))
        #expect(part.contains("""
            **Zeitplan und Meilensteine**\\
            Start 2018\\
            Pilot mit drei Händlern

            **Projektleitung**\\
            Emscher Logistik GmbH

            **Partner und weitere Beteiligte**\\
            *Notiz, noch nicht endgültig: Stadtwerke fragen?*

            *Noch leer: Schnittstellen, Ressourcen, Unterstützungsbedarf, Zielgruppe, Bewertung*

            | Bewertung (Grob-Raster) | Stufe (gering \\< mittel \\< hoch) |
            | --- | --- |
            | Gemeinsam | nicht bewertet |
            """))
        #expect(part.contains("| Umsetzbarkeit | mittel |\n| Ressourcenbedarf | nicht bewertet |"))
        // Nothing of idea 1 is illustrative: no star, no remark in its subsection.
        let idea = part.components(separatedBy: "### 6.1 ").last?.components(separatedBy: "### 6.2 ").first ?? ""
        #expect(!idea.contains("illustrativ") && !idea.contains("\\*"))
        // An empty required field is named as such.
        var workshop = partlyFilled
        workshop.profiles[0].values["lead"] = nil
        #expect(markdown(workshop).contains("*Noch leer: Schnittstellen, Projektleitung (Pflicht), Ressourcen,"))
    }

    @Test func singleIllustrativeFieldsAreStarred() {
        var workshop = partlyFilled
        workshop.profiles[0].illustrativeFieldIDs = ["lead"]
        let part = chapter(markdown(workshop), "## 6 Projektideenkatalog und Steckbriefe")
        #expect(part.contains("- **Moderation:** Hr. Miller, Fr. Sturm\n\n*\\* illustrativ, nicht aus dem Bericht*\n\n**Beschreibung**\\\n"))
        #expect(part.contains("**Projektleitung \\***\\\nEmscher Logistik GmbH"))
        #expect(part.contains("**Zeitplan und Meilensteine**\\\n"))
    }

    @Test func englishLabels() {
        let text = markdown(demo, .en)
        #expect(text.contains("## 6 Project-idea catalog and profiles"))
        #expect(text.contains("| No. | Project idea | Short description | Funnel | Moderators |"))
        #expect(text.contains(" | OK or integrate into RL | "))
        #expect(text.contains("*RL = real-world lab · EP = project on own initiative · OK = nobody to drive it yet*"))
        #expect(text.contains("- **Catalog number:** 25\n- **Template:** Real-world lab\n- **Funnel:** RL – real-world lab\n"))
        #expect(text.contains("| Assessment (rough grid) | Level (gering \\< mittel \\< hoch) |"))
        #expect(csv(demo, .standard, .en).hasPrefix("No.,Template,Title,Funnel,Moderators,Kind,Field,Text,illustrative\r\n"))
    }

    // MARK: HTML

    @Test func theHTMLHasTheSameContentAndStaysWellFormed() {
        let text = html(partlyFilled)
        #expect(text.contains("<a href=\"#s6\"><span class=\"number\">6</span> Projektideenkatalog und Steckbriefe</a>"))
        #expect(text.contains("<h2><span class=\"number\">6</span> Projektideenkatalog und Steckbriefe</h2>"))
        let catalog = text.components(separatedBy: "<h2><span class=\"number\">6</span>").last?
            .components(separatedBy: "</table>").first ?? ""
        #expect(catalog.contains("<th class=\"num\">Nr.</th><th>Projektidee</th><th>Kurzbeschreibung</th><th>Trichter</th><th>Moderation</th>"))
        #expect(count("<tr>", in: catalog) == 1 + 28)
        #expect(catalog.contains("<tr><td class=\"num\">2</td><td>WLAN in der Innenstadt</td>"))
        #expect(catalog.contains("<td>OK bzw. in RL integrieren</td><td>Fr. Kreipe, Fr. Schimmang</td></tr>"))
        #expect(text.contains("<p class=\"note\">RL = Reallabor · EP = eigenverantwortliches Projekt · OK = ohne Kümmerer</p>"))
        #expect(text.contains("<h3><span class=\"number\">6.2</span> City-Logistik unter Nachhaltigkeitsgesichtspunkten</h3>"))
        #expect(text.contains("<dl class=\"fields\"><dt>Kurzbeschreibung des Auftrags</dt><dd>Lieferverkehr in die Innenstadt"))
        #expect(text.contains("<dt>Zeitplan und Meilensteine</dt><dd>Start 2018<br>Pilot mit drei Händlern</dd>"))
        #expect(text.contains("<dt>Partner und weitere Beteiligte</dt><dd class=\"note\">Notiz, noch nicht endgültig: Stadtwerke fragen?</dd>"))
        #expect(text.contains("<p class=\"note\">Der Inhalt dieses Steckbriefs (Felder, Moderation, Bewertung) ist illustrativ, nicht aus dem Bericht.</p>"))
        #expect(text.contains("<tr class=\"muted\"><td>Gemeinsam</td><td>nicht bewertet</td></tr>"))
        #expect(text.contains("<table class=\"compact\">\n<thead><tr><th>Bewertung (Grob-Raster)</th><th>Stufe (gering &lt; mittel &lt; hoch)</th></tr></thead>"))
        #expect(text.contains("dl.fields dt {"))
        for element in ["section", "table", "dl", "ul", "ol", "svg", "figure"] {
            let opened = count("<\(element) ", in: text) + count("<\(element)>", in: text)
            #expect(opened == count("</\(element)>", in: text), "\(element)")
        }
        for element in ["dt", "dd", "tr", "li", "p", "h3"] {
            #expect(count("<\(element)>", in: text) + count("<\(element) ", in: text) == count("</\(element)>", in: text), "\(element)")
        }
    }

    // MARK: CSV

    @Test func profilesCSVHasOneRowPerFilledFieldNoteAndRating() {
        let rows = parseCSV(csv(demo))
        #expect(rows[0] == ["Nr.", "Vorlage", "Titel", "Trichter", "Moderation", "Art", "Feld", "Text", "illustrativ"])
        // 24 ideas with their description; 4 labs with five fields and five ratings each.
        #expect(rows.count == 1 + 24 + 4 * 10)
        #expect(rows.allSatisfy { $0.count == 9 })
        #expect(rows[1] == ["1", "Projektidee", "Elektromobiler City-Hub", "EP", "Hr. Miller, Fr. Sturm", "Feld", "Beschreibung",
                            rows[1][7], "nein"])
        #expect(rows[1][7].hasPrefix("Einrichtung eines „Cityhub Bottrop“"))
        #expect(Array(rows[2][0...6]) == ["2", "Projektidee", "WLAN in der Innenstadt", "OK/RL", "Fr. Kreipe, Fr. Schimmang", "Feld", "Beschreibung"])
        let ideaNumbers: [String] = (1...24).map { String($0) }
        let labNumbers: [String] = (25...28).flatMap { Array(repeating: String($0), count: 10) }
        let numbers: [String] = rows.map { $0[0] }
        #expect(numbers == ["Nr."] + ideaNumbers + labNumbers)
        #expect(rows[25] == ["25", "Reallabor", "City-Logistik unter Nachhaltigkeitsgesichtspunkten", "RL", "Hr. Miller, Fr. Sturm", "Feld",
                             "Kurzbeschreibung des Auftrags",
                             "Lieferverkehr in die Innenstadt bündeln und emissionsarm gestalten: ein gemeinsamer Umschlagpunkt, die „letzte Meile“ mit E-Lastenrädern.",
                             "ja"])
        #expect(Array(rows[30][5...]) == ["Bewertung", "Gemeinsam", "hoch", "ja"])
        #expect(Array(rows[34][5...]) == ["Bewertung", "Ressourcenbedarf", "hoch", "ja"])

        let filled = parseCSV(csv(partlyFilled))
        #expect(filled[1...5].map { Array($0[5...7]) } == [
            ["Feld", "Beschreibung", filled[1][7]],
            ["Feld", "Zeitplan und Meilensteine", "Start 2018\nPilot mit drei Händlern"],
            ["Feld", "Projektleitung", "Emscher Logistik GmbH"],
            ["Notiz", "Partner und weitere Beteiligte", "Stadtwerke fragen?"],
            ["Bewertung", "Umsetzbarkeit", "mittel"],
        ])
    }

    @Test func aProfileWithNothingFilledInHasOneRowAndTheSpreadsheetFormWorks() {
        let rows = parseCSV(csv(hostile))
        #expect(rows.last == ["2", "<script>alert(1)</script>", "'@SUMME(A1)", "", "", "", "", "", ""])
        let german = parseCSV(csv(hostile, .spreadsheet), separator: ";")
        #expect(german.count == rows.count)
        #expect(german[0] == rows[0])
    }

    // MARK: Hostile text

    @Test func hostileProfileTextIsEscapedInMarkdown() {
        let text = markdown(hostile)
        let part = chapter(text, "## 2 Projektideenkatalog und Steckbriefe")
        #expect(!part.isEmpty)
        #expect(!text.contains("\u{1B}") && !text.contains("[31m"))
        for special: Character in ["<", ">", "`", "_"] { #expect(unescaped(special, in: text) == 0, "\(special)") }
        #expect(!part.contains("**bold**") && part.contains("\\*\\*bold\\*\\*"))
        #expect(part.contains("### 2.1 \\<script\\>alert(1)\\</script\\>"))
        #expect(part.contains("| 1 | \\<script\\>alert(1)\\</script\\> | \\=HYPERLINK(\"http://x\",\"y\") | OK bzw. in RL integrieren | \\=HYPERLINK(\"http://x\",\"y\"), rot |"))
        #expect(part.contains("- **Vorlage:** \\<script\\>alert(1)\\</script\\>"))
        // Field names and texts: no heading, list or code from what was typed.
        #expect(part.contains("**\\| pipe \\| and \\`backticks\\`**\\\n\\=HYPERLINK("))
        #expect(part.contains("**\\*\\*bold\\*\\***\\\nrot\\\n\\- Strich\\\n1\\. Punkt\n"))
        #expect(part.contains("**\\# Feld**\\\n\\| pipe \\| and \\`backticks\\`\\\n\\*\\*bold\\*\\*\\\n*Notiz, noch nicht endgültig: \\<script\\>alert(1)\\</script\\>*\n"))
        #expect(part.contains("| \\=HYPERLINK(\"http://x\",\"y\") | \\| pipe \\| and \\`backticks\\` |"))
        for table in tables(part) {
            let columns = unescaped("|", in: table[0])
            for row in table { #expect(unescaped("|", in: row) == columns, "\(row)") }
        }
        #expect(!part.split(separator: "\n").contains { $0.hasPrefix("#") && !$0.hasPrefix("## ") && !$0.hasPrefix("### ") })
    }

    @Test func hostileProfileTextIsEscapedInHTML() {
        let text = html(hostile)
        #expect(!text.contains("<script") && !text.contains("\u{1B}") && !text.contains("[31m"))
        #expect(text.contains("<h3><span class=\"number\">2.1</span> &lt;script&gt;alert(1)&lt;/script&gt;</h3>"))
        #expect(text.contains("<dt>| pipe | and `backticks`</dt><dd>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</dd>"))
        #expect(text.contains("<dt>**bold**</dt><dd>rot<br>- Strich<br>1. Punkt</dd>"))
        #expect(text.contains("<dd class=\"note\">Notiz, noch nicht endgültig: &lt;script&gt;alert(1)&lt;/script&gt;</dd>"))
        #expect(text.contains("<tr><td>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</td><td>| pipe | and `backticks`</td></tr>"))
        #expect(text.contains("<th>Stufe (&lt;script&gt;alert(1)&lt;/script&gt; &lt; | pipe | and `backticks`)</th>"))
        for element in ["section", "table", "dl", "dt", "dd", "tr", "p"] {
            #expect(count("<\(element) ", in: text) + count("<\(element)>", in: text) == count("</\(element)>", in: text), "\(element)")
        }
    }

    @Test func hostileProfileTextIsDefusedInCSV() {
        for dialect in [CSVDialect.standard, .spreadsheet] {
            let text = csv(hostile, dialect)
            #expect(!text.contains("\u{1B}") && !text.contains("[31m"))
            let rows = parseCSV(text, separator: dialect.separator)
            #expect(rows.allSatisfy { $0.count == 9 }, "\(rows.map(\.count))")
            for field in rows.joined() {
                #expect(!["=", "+", "-", "@"].contains(field.first.map(String.init) ?? ""), "\(field)")
            }
        }
        let rows = parseCSV(csv(hostile))
        #expect(rows[1] == ["1", "<script>alert(1)</script>", "<script>alert(1)</script>", "OK/RL", "'=HYPERLINK(\"http://x\",\"y\"), rot",
                            "Feld", "| pipe | and `backticks`", "'=HYPERLINK(\"http://x\",\"y\")", "nein"])
        #expect(Array(rows[2][6...7]) == ["**bold**", "rot\n- Strich\n1. Punkt"])
        #expect(Array(rows[4][5...7]) == ["Notiz", "# Feld", "<script>alert(1)</script>"])
        #expect(Array(rows[5][5...7]) == ["Bewertung", "'=HYPERLINK(\"http://x\",\"y\")", "| pipe | and `backticks`"])
        #expect(csv(hostile).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","))
    }

    @Test func catalogNumbersAreJoinedIntoRuns() {
        #expect(ProtocolDocument.numberRanges([28, 25, 26, 27, 1]) == "1, 25–28")
        #expect(ProtocolDocument.numberRanges([3, 4, 9]) == "3, 4, 9")
        #expect(ProtocolDocument.numberRanges([]) == "")
    }
}
