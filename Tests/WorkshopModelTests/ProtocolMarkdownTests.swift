import Foundation
import Testing
import WorkshopModel

/// The Markdown protocol: the structure of the report's appendix, the results of every
/// instrument, and no markup from what participants typed.
@Suite struct ProtocolMarkdownTests {
    private func markdown(_ workshop: Workshop = ProtocolFixtures.demo, _ language: Language = .de) -> String {
        ProtocolExporter(workshop: workshop, language: language).markdown()
    }

    /// The pipes of a row that are not escaped with a backslash.
    private func unescapedPipes(_ row: String) -> Int { unescaped("|", in: row) }

    @Test func theMeetingComesFirstWithDatePlaceAgendaAndModerators() {
        let text = markdown()
        #expect(text.hasPrefix("# Protokoll: Auftaktveranstaltung der Wirtschaftsallianz Bottrop\n\n23.03.2017 · Lokschuppen, Bottrop\n\n## 1 Die Sitzung\n"))
        #expect(text.contains("- **Datum:** 23.03.2017\n- **Ort:** Lokschuppen, Bottrop\n- **Teilnehmende:** 30\n"))
        #expect(text.contains("### 1.1 Ablauf\n\n| Nr. | Tagesordnungspunkt | Instrument | Minuten |\n| ---: | --- | --- | ---: |\n"))
        #expect(text.contains("| 7 | Vier parallele Thementische: Herausforderungen · Visionen · Neue Formen der Zusammenarbeit · Erfolgsmessung | Thementische | 60 |"))
        #expect(text.contains("|   | Gesamt |   | 180 |"))
        #expect(text.contains("- Tischmoderation „Visionen“\\* – Institut Arbeit und Technik (Projektteam)"))
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
    }

    @Test func boardsListTheirCardsUnderTheirHeadingsWithRoundCardsAndPreparedMarks() {
        let text = markdown()
        #expect(text.contains("## 2 Pinnwände"))
        #expect(text.contains("### 2.1 Herausforderungen am Wirtschaftsstandort Bottrop\n\n- **Instrument:** Thementisch\n- **Moderation:** Tischmoderation „Herausforderungen“\n- **Karten:** 24\n"))
        #expect(text.contains("#### 2.1.1 Klimawandel\n\n- Welche globalen Nachhaltigkeitsaspekte spielen für den Standort eine Rolle – z. B. CO2-Minderung, Ressourcenverbrauch? · (vorbereitet)\n- Reduzierung des Ressourcenverbrauchs\n"))
        // A round card in bold, its cards indented under it.
        #expect(text.contains("- **Fachkräfte und Ausbildung**\n  - Fachkräftemangel/mangelnde Bindung der Beschäftigten an die Unternehmen\n"))
        // Tags other than the heading's name are kept.
        #expect(text.contains("- Kooperationen der Akteure sind mit allen relevanten Informationen online verfügbar · *Gemeinsam*, *Quelle: Zukunftsstadt Vision 2030+*"))
        // A line break inside a card is a hard break in its list item.
        #expect(text.contains("  - Startercenter Bottrop:\\\n    Erstinformation, individuelle Beratung"))
    }

    @Test func theSummaryPairsEachChallengeWithItsVisionsLikeTable1() {
        let text = markdown()
        #expect(text.contains("## 3 Auswertung: Schlagworte und Verknüpfungen"))
        #expect(text.contains("""
            ### 3.1 Klimawandel (8 Karten)

            | Herausforderungen am Wirtschaftsstandort Bottrop | Visionen für den Wirtschaftsstandort |
            | --- | --- |
            | Reduzierung des Ressourcenverbrauchs | Elektromobiler City Hub |
            |   | Nachhaltige Verkehrskonzepte |
            |   | Zirkuläre Wertschöpfungsketten |
            | Ausbau nachhaltiger Freizeitinfrastruktur | Vernetzte Strukturen und kleinteilige Angebote der Freizeitwirtschaft |
            """))
        #expect(text.contains("| Rückgang des inhabergeführten Einzelhandels |   |"))
    }

    @Test func theSWOTHasFourSections() {
        let text = markdown()
        let swot = text.components(separatedBy: "## 4 SWOT-Analyse").last ?? ""
        for (number, field) in ["Stärken (intern)", "Schwächen (intern)", "Chancen (extern)", "Risiken (extern)"].enumerated() {
            #expect(swot.contains("#### 4.1.\(number + 1) \(field)\n"), "\(field)")
        }
        #expect(swot.contains("- Hochschule Ruhr-West als Nukleus für F&E\n"))
    }

    @Test func theMatrixIsAPriorityTableWithTheCutLineUnderThePrioritisedTopics() {
        let text = markdown()
        #expect(text.contains("- **Waagrechte Achse:** Handlungsfähigkeit der Allianz (von „gering“ bis „hoch“)"))
        #expect(text.contains("| Rang | Thema | Quadrant | Priorisiert |"))
        #expect(text.contains("| 1 | Hybride Formen des Einzelhandels – „Die Bottrop-Plattform“ | Top-Priorität | ★ |"))
        #expect(text.contains("""
            | 15 | Freizeit- und Aufenthaltsqualität in der Innenstadt verbessern | Top-Priorität | ★ |
            | **✂ Schnittlinie: 15 Themen priorisiert** |   |   |   |
            | 16 | Fachkräftemangel/mangelnde Bindung der Beschäftigten an die Unternehmen | Beobachten |   |
            """))
        #expect(text.contains("| 30 | Geringe Übernachtungsquote und -zahlen | Nicht priorisiert |   |"))
        #expect(!text.contains("<svg"))
    }

    @Test func aRevealedRoundShowsTheFullResult() {
        let text = markdown()
        #expect(text.contains("### 7.1 Welche vier Reallabore starten wir? (Werte illustrativ)"))
        #expect(text.contains("- **Stand:** aufgedeckt"))
        #expect(text.contains("Gewählt: City-Logistik unter Nachhaltigkeitsgesichtspunkten; Hybride Formen des Handels; Bottroper Unternehmen wirtschaften nachhaltig; Digitale Koproduktion im Handwerk"))
        #expect(text.contains("| Rang | Vorschlag | Widerstand | Mittel | Akzeptanz | Ergebnis |"))
        #expect(text.contains("| 1 | City-Logistik unter Nachhaltigkeitsgesichtspunkten | 18 | 1,5 | 85,0 % | ★ gewählt |"))
        #expect(text.contains("| 5 | Leerstandsmanagement als Reallabor (illustrativ) | 78 | 6,5 | 35,0 % |   |"))
        #expect(text.contains("| 7 | Passivlösung: Alles bleibt, wie es ist | 102 | 8,5 | 15,0 % | Passivlösung |"))
        #expect(text.contains("fehlende Werte: Person zählt bei dem Vorschlag nicht (Mittelwert entscheidet)"))
    }

    @Test func aRoundStillCollectingShowsOnlyItsProgress() {
        var workshop = ProtocolFixtures.demo
        workshop.rounds[0].status = .collecting
        workshop.ratings.removeLast()
        let text = markdown(workshop)
        #expect(text.contains("Abstimmung läuft (83 von 84 Werten)"))
        #expect(!text.contains("85,0 %"))
        #expect(!text.contains("Gewählt:"))
    }

    @Test func quickDecisionsShowTheirCountsAndOutcome() {
        let text = markdown()
        #expect(text.contains("## 8 Schnelle Entscheidungen"))
        #expect(text.contains("### 8.1 Leitbild annehmen?\n\n- **Instrument:** Handzeichen\n- **Stand:** festgehalten (23.03.2017"))
        #expect(text.contains("| Dafür | 21 |\n| Dagegen | 3 |\n| Enthaltung | 2 |\n| Gesamt | 26 |"))
        #expect(text.contains("\n**Angenommen (mehr dafür als dagegen)**\n"))
        #expect(text.contains("- **Punkte pro Person:** 3 (nicht häufeln)"))
        #expect(text.contains("Vorn: Fachkräfteportal"))
        #expect(text.contains("- **Pole:** gar nicht ↔ sehr"))
        #expect(text.contains("| Mitte | 5 |"))
        #expect(text.contains("**2 Unterschriften**\n\n- Bernd Tischler\n- Anja Großmann\n"))
    }

    @Test func englishLabels() {
        let text = markdown(ProtocolFixtures.demo, .en)
        #expect(text.hasPrefix("# Minutes: Auftaktveranstaltung der Wirtschaftsallianz Bottrop\n\n2017-03-23 · Lokschuppen, Bottrop"))
        #expect(text.contains("## 1 The meeting"))
        #expect(text.contains("| No. | Agenda item | Instrument | Minutes |"))
        #expect(text.contains("| 1 | City-Logistik unter Nachhaltigkeitsgesichtspunkten | 18 | 1.5 | 85.0 % | ★ chosen |"))
        #expect(text.contains("✂ Cut line: 15 topics prioritised"))
    }

    @Test func anEmptyWorkshopHasOnlyTheMeeting() {
        let text = markdown(Workshop(info: WorkshopInfo(title: "Leer", date: "", place: "")))
        #expect(text == "# Protokoll: Leer\n\n## 1 Die Sitzung\n\n- **Teilnehmende:** 0\n- **Moderation:** 0\n")
    }

    // MARK: Hostile text

    @Test func nothingParticipantsTypedBecomesMarkup() {
        let text = markdown(ProtocolFixtures.hostile)
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("[31m"))
        #expect(unescaped("<", in: text) == 0 && unescaped(">", in: text) == 0)
        #expect(unescaped("`", in: text) == 0 && unescaped("_", in: text) == 0)
        #expect(text.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(text.contains("\\*\\*bold\\*\\*"))
        #expect(!text.contains("**bold**"))
        #expect(text.contains("\\| pipe \\| and \\`backticks\\`"))
        #expect(text.contains("#### 2.1.1 \\# \\| pipe"))
        #expect(text.contains("- rot — \\=HYPERLINK(\"http://x\",\"y\")"))
        // List markers and character references at the start of a line stay text.
        #expect(text.contains("- 1\\. Punkt\\\n  \\- Strich\\\n  \\+1 & \\&amp; F&E"))
    }

    @Test func everyTableRowHasTheRightNumberOfCells() {
        let text = markdown(ProtocolFixtures.hostile)
        let found = tables(text)
        #expect(found.count >= 5)
        for table in found {
            let columns = unescapedPipes(table[0])
            for row in table {
                #expect(unescapedPipes(row) == columns, "\(row)")
            }
        }
        #expect(text.contains(" | \\<script\\>alert(1)\\</script\\> | ★ |"), "the hostile quadrant name in the priority table")
    }
}
