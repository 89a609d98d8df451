import Testing
@testable import WorkshopTUI

@Suite struct TextWrapperTests {
    static let samples = [
        "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen",
        "Wirtschafts-förderung",
        "Gemeinsam–Innovativ–Nachhaltig",
        "Die städtische Wirtschafts-förderung lädt zur Auftaktveranstaltung der Wirtschaftsallianz Bottrop ein.",
        "Leitbild: Gemeinsam–Innovativ–Nachhaltig für den Wirtschaftsstandort Bottrop 2025",
        "Größere Maßnahmen für Bürgerinnen und Bürger: Fußgängerzone, Grünflächen, Straßenbäume",
        "漢字と日本語のテキスト 👍 Emoji 🎉 gemischt mit Umlauten äöü",
        "Kurz",
        "",
    ]

    @Test(arguments: samples)
    func linesNeverExceedTheWidth(text: String) {
        let minimum = text.contains(where: { DisplayWidth.of($0) == 2 }) ? 2 : 1
        for width in minimum...40 {
            for line in TextWrapper.wrap(text, width: width) {
                #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)")
            }
        }
    }

    @Test(arguments: samples)
    func noCharacterIsLostExceptSpacesAtBreaks(text: String) {
        for width in 2...40 {
            let lines = TextWrapper.wrap(text, width: width)
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " }, "width \(width)")
            // Words keep their single spaces inside a line; no line starts or ends with one.
            for line in lines {
                #expect(!line.hasPrefix(" ") && !line.hasSuffix(" "), "width \(width): |\(line)|")
            }
            // Read in order, the lines are the text; only the single space at a break is skipped.
            let normalized = Array(text.split(separator: " ").joined(separator: " "))
            var position = 0
            for line in lines {
                let characters = Array(line)
                let matches = normalized.count - position >= characters.count
                    && Array(normalized[position..<position + characters.count]) == characters
                #expect(matches, "width \(width): |\(line)| is not the text at \(position)")
                guard matches else { break }
                position += characters.count
                if position < normalized.count, normalized[position] == " " { position += 1 }
            }
            #expect(position == normalized.count, "width \(width): text not fully covered")
        }
    }

    @Test func longCompoundIsCutHardIntoFullLines() {
        let word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen"
        let lines = TextWrapper.wrap(word, width: 20)
        #expect(lines == ["Donaudampfschifffahr", "tsgesellschaftskapit", "änsmützenabzeichen"])
    }

    @Test func breaksAfterTheHyphenOfACompound() {
        #expect(TextWrapper.wrap("Wirtschafts-förderung", width: 15) == ["Wirtschafts-", "förderung"])
        #expect(TextWrapper.wrap("Wirtschafts-förderung", width: 21) == ["Wirtschafts-förderung"])
        // The head of the compound fills the current line.
        #expect(TextWrapper.wrap("Die Wirtschafts-förderung lädt ein", width: 18)
                == ["Die Wirtschafts-", "förderung lädt ein"])
    }

    @Test func breaksAfterEnDashes() {
        #expect(TextWrapper.wrap("Gemeinsam–Innovativ–Nachhaltig", width: 25) == ["Gemeinsam–Innovativ–", "Nachhaltig"])
        #expect(TextWrapper.wrap("Gemeinsam–Innovativ–Nachhaltig", width: 12) == ["Gemeinsam–", "Innovativ–", "Nachhaltig"])
        #expect(TextWrapper.wrap("Leitbild: Gemeinsam–Innovativ–Nachhaltig", width: 22)
                == ["Leitbild: Gemeinsam–", "Innovativ–Nachhaltig"])
    }

    @Test func prefersADashOverCuttingInsideAWord() {
        // 14 columns would allow "Gemeinsam–Inno", but the break goes after the dash.
        let lines = TextWrapper.wrap("Gemeinsam–Innovativ", width: 14)
        #expect(lines == ["Gemeinsam–", "Innovativ"])
    }

    @Test func wrapsAtSpacesFirst() {
        #expect(TextWrapper.wrap("Größere Maßnahmen für Bürger", width: 18) == ["Größere Maßnahmen", "für Bürger"])
        #expect(TextWrapper.wrap("eins zwei drei", width: 9) == ["eins zwei", "drei"])
    }

    @Test func wideCharactersCountTwoColumns() {
        #expect(TextWrapper.wrap("漢字漢字漢字", width: 5) == ["漢字", "漢字", "漢字"])
        #expect(TextWrapper.wrap("👍 gut 👍 gut", width: 6) == ["👍 gut", "👍 gut"])
    }

    @Test func keepsExplicitLineBreaksAndEmptyParagraphs() {
        #expect(TextWrapper.wrap("Erste Zeile\n\nDritte", width: 40) == ["Erste Zeile", "", "Dritte"])
        #expect(TextWrapper.wrap("", width: 10) == [""])
    }

    @Test func zeroWidthGivesNoLines() {
        #expect(TextWrapper.wrap("Bottrop", width: 0).isEmpty)
    }
}
