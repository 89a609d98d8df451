import Testing
@testable import WorkshopTUI

/// The block-glyph font for the projector: glyphs, size selection, wrapping, drawing.
@Suite struct BigTextTests {
    static let blockSizes: [BigText.Size] = [.large, .small]

    /// Characters of titles, timers and tallies that must have a glyph of their own.
    static let required: [Character] = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜß :.,-–—%/!?()+\"„“'&★")

    static let longTitle = "City-Logistik unter Nachhaltigkeitsgesichtspunkten"

    /// The cells in which two glyphs of equal width differ.
    private func differingCells(_ a: [String], _ b: [String]) -> Int {
        zip(a, b).reduce(0) { count, pair in count + zip(pair.0, pair.1).filter { $0 != $1 }.count }
    }

    // MARK: Glyphs

    @Test func everyRequiredCharacterHasAGlyphOfItsOwn() {
        let supported = Set(BigText.supportedCharacters)
        for character in Self.required { #expect(supported.contains(character), "\(character)") }
        #expect(BigText.largeFont.characters == BigText.smallFont.characters, "both sizes draw the same characters")
    }

    @Test(arguments: BigTextTests.blockSizes)
    func everyGlyphHasTheSizesHeightAndOneWidth(size: BigText.Size) throws {
        let font = try #require(BigText.font(size))
        #expect(font.height == size.lineHeight)
        for character in BigText.supportedCharacters {
            let rows = BigText.rows(String(character), size: size)
            #expect(rows.count == size.lineHeight, "\(character)")
            let width = DisplayWidth.of(rows[0])
            #expect(width > 0, "\(character)")
            #expect(rows.allSatisfy { DisplayWidth.of($0) == width && $0.count == width }, "\(character): \(rows)")
            #expect(rows.allSatisfy { $0.allSatisfy { " ▀▄█".contains($0) } }, "\(character): \(rows)")
            if character != " " { #expect(rows.contains { $0.contains { $0 != " " } }, "\(character) is not blank") }
        }
        // Digits share one width, so a running timer does not jump.
        #expect(Set("0123456789".map { BigText.width(String($0), size: size) }).count == 1)
        // Glyphs stand one column apart.
        #expect(BigText.width("AB", size: size) == BigText.width("A", size: size) + 1 + BigText.width("B", size: size))
    }

    @Test(arguments: BigTextTests.blockSizes)
    func umlautsShowTheirDots(size: BigText.Size) {
        for (umlaut, base) in [("Ä", "A"), ("Ö", "O"), ("Ü", "U")] {
            let dotted = BigText.rows(umlaut, size: size)
            let plain = BigText.rows(base, size: size)
            #expect(dotted != plain, "\(umlaut)")
            #expect(dotted[0].filter { $0 == "▀" }.count == 2, "two dots on top of \(umlaut): \(dotted)")
            #expect(!plain[0].contains("▀"), "\(base): \(plain)")
        }
        #expect(BigText.rows("ß", size: size) != BigText.rows("B", size: size))
    }

    @Test(arguments: BigTextTests.blockSizes)
    func lookAlikesAreDistinct(size: BigText.Size) {
        for (a, b) in [("0", "O"), ("1", "I"), ("5", "S"), ("8", "B"), ("2", "Z"), ("0", "D"), ("1", "7")] {
            let rowsA = BigText.rows(a, size: size), rowsB = BigText.rows(b, size: size)
            if rowsA[0].count == rowsB[0].count {
                #expect(differingCells(rowsA, rowsB) >= 2, "\(a) and \(b) differ in at least two cells: \(rowsA) \(rowsB)")
            }
            #expect(rowsA != rowsB, "\(a) \(b)")
        }
    }

    @Test func lowerCaseIsDrawnInCapitals() {
        for size in Self.blockSizes {
            #expect(BigText.rows("übergänge öl", size: size) == BigText.rows("ÜBERGÄNGE ÖL", size: size))
            #expect(BigText.rows("Straße", size: size) == BigText.rows("STRAßE", size: size))
            #expect(BigText.rows("ẞ", size: size) == BigText.rows("ß", size: size))
            #expect(BigText.rows("Café Niño", size: size) == BigText.rows("CAFE NINO", size: size), "other accents: the base letter")
            #expect(BigText.rows("„Wie geht’s?“", size: size) == BigText.rows("„WIE GEHT'S?“", size: size))
            #expect(BigText.rows("Ü", size: size) == BigText.rows("U\u{308}", size: size), "decomposed umlauts too")
        }
        // Lines keep the text as written; only the glyphs are capitals.
        #expect(BigText.layout("Übergänge", maxWidth: 80, maxHeight: 24).lines == ["Übergänge"])
    }

    @Test func unknownCharactersFallBackWithoutCrashing() {
        for size in Self.blockSizes {
            let question = BigText.rows("?", size: size)
            for unknown in ["🚀", "漢", "€", "@", "ж", "\u{E000}"] {
                #expect(BigText.rows(unknown, size: size) == question, "\(unknown)")
            }
            // Characters that take no room are left out; control characters too.
            #expect(BigText.rows("A\u{200B}B\u{AD}", size: size) == BigText.rows("AB", size: size))
            #expect(BigText.rows("A\u{0}\u{7}B", size: size) == BigText.rows("AB", size: size))
            #expect(BigText.rows("\u{301}", size: size) == BigText.rows("", size: size))
        }
        // Odd budgets and texts never crash.
        for text in ["", " ", "\n\n", "🚀🚀🚀", "a\tb\r\nc", String(repeating: "Wort ", count: 200), "…", "–––––"] {
            for (width, height) in [(0, 0), (-3, 5), (5, -1), (1, 1), (3, 2), (80, 24), (160, 45)] {
                let layout = BigText.layout(text, maxWidth: width, maxHeight: height)
                #expect(layout.height <= max(height, 0), "\(text.prefix(10)) \(width)x\(height)")
                #expect(layout.width <= max(width, 0), "\(text.prefix(10)) \(width)x\(height)")
                var canvas = Canvas(size: Size(width: 20, height: 5))
                layout.render(into: &canvas, rect: Rect(x: -2, y: -1, width: width, height: height), style: .heading)
            }
        }
    }

    // MARK: Sizes

    @Test(arguments: [(80, 24), (160, 45)])
    func theLargeSizeIsChosenWhenItFits(width: Int, height: Int) {
        let layout = BigText.layout("ZEIT 12:05", maxWidth: width, maxHeight: height)
        #expect(layout.size == .large)
        #expect(layout.lines == ["ZEIT 12:05"])
        #expect(layout.height == 4, "no umlaut: the dot row is left out")
        #expect(BigText.layout("ÜBER 12:05", maxWidth: width, maxHeight: height).height == 5)
    }

    @Test func smallerSizesAreChosenWhenTheLargeOneDoesNotFit() {
        // Too low for five rows.
        #expect(BigText.layout("ZEIT 12:05", maxWidth: 80, maxHeight: 3).size == .small)
        #expect(BigText.layout("ZEIT 12:05", maxWidth: 80, maxHeight: 2).size == .plain)
        #expect(BigText.layout("ZEIT 12:05", maxWidth: 80, maxHeight: 2).rows == ["ZEIT 12:05"])
        // Too narrow for the large glyphs of one word, not for the small ones.
        let narrow = BigText.width("12:05", size: .large) - 1
        #expect(BigText.layout("12:05", maxWidth: narrow, maxHeight: 24).size == .small)
        // The largest size can be capped.
        #expect(BigText.layout("12:05", maxWidth: 80, maxHeight: 24, largest: .small).size == .small)
        #expect(BigText.layout("12:05", maxWidth: 80, maxHeight: 24, largest: .plain).size == .plain)
    }

    @Test func theLongTitleIsSmallAt160ColumnsAndPlainAt80() {
        // 160×45: "Nachhaltigkeitsgesichtspunkten" is too wide in large glyphs, not in small ones.
        #expect(BigText.width("Nachhaltigkeitsgesichtspunkten", size: .large) > 156)
        let projector = BigText.layout(Self.longTitle, maxWidth: 156, maxHeight: 41)
        #expect(projector.size == .small)
        #expect(projector.lines == ["City-Logistik unter", "Nachhaltigkeitsgesichtspunkten"])
        #expect(projector.height == 3 + BigText.lineGap + 3)
        // 80×24: the word does not fit in any block size; the title is plain text, wrapped.
        let laptop = BigText.layout(Self.longTitle, maxWidth: 76, maxHeight: 20)
        #expect(laptop.size == .plain)
        #expect(laptop.rows == [Self.longTitle])
        #expect(BigText.layout(Self.longTitle, maxWidth: 40, maxHeight: 20).rows
                == ["City-Logistik unter", "Nachhaltigkeitsgesichtspunkten"])
        // Plain text that still does not fit is cut with "…".
        #expect(BigText.layout(Self.longTitle, maxWidth: 40, maxHeight: 1).rows == ["City-Logistik unter…"])
    }

    // MARK: Wrapping

    @Test func longTitlesWrapAtWordsAndHyphensNeverInsideAWord() throws {
        let compound = try #require(BigText.layout("Wirtschafts-förderung im Ruhrgebiet", size: .large, maxWidth: 80))
        #expect(compound.lines == ["Wirtschafts-", "förderung im", "Ruhrgebiet"])
        #expect(compound.width <= 80)
        // Words move to the next line whole, the head of a hyphenated word fills the line.
        let narrow = try #require(BigText.layout("City-Logistik unter Aufsicht", size: .large, maxWidth: 60))
        #expect(narrow.lines == ["City-", "Logistik", "unter", "Aufsicht"])
        // A word wider than the line does not fit that size at all.
        #expect(BigText.layout("Nachhaltigkeitsgesichtspunkten", size: .large, maxWidth: 156) == nil)
        #expect(BigText.layout("Nachhaltigkeitsgesichtspunkten", size: .small, maxWidth: 156) != nil)
        // Explicit line breaks are kept; lines are separated by a blank row.
        let twoLines = try #require(BigText.layout("12:05\nPAUSE", size: .large, maxWidth: 160))
        #expect(twoLines.lines == ["12:05", "PAUSE"])
        #expect(twoLines.rows[4] == "")
        #expect(twoLines.height == 4 + 1 + 5, "the second line keeps its dot row")
        // No-break spaces keep a figure together.
        #expect(try #require(BigText.layout("Akzeptanz 85\u{A0}%", size: .large, maxWidth: 70)).lines == ["Akzeptanz", "85\u{A0}%"])
    }

    @Test(arguments: [(80, 24), (160, 45)])
    func layoutsStayWithinTheirBudget(width: Int, height: Int) {
        let texts = [Self.longTitle, "ZEIT 12:05", "Übergänge gestalten: Wie geht’s weiter?", "85 %", "12/12",
                     "Bottroper Unternehmen wirtschaften nachhaltig – eine Bestandsaufnahme der Handwerkskammer"]
        for text in texts {
            for budget in [height, height / 2, 6, 3, 1] {
                let layout = BigText.layout(text, maxWidth: width - 4, maxHeight: budget)
                #expect(layout.height <= budget && layout.width <= width - 4, "\(text) in \(width - 4)x\(budget): \(layout.size)")
            }
        }
    }

    // MARK: Drawing

    @Test func renderingCentresEachLineAndClipsToTheRectangle() {
        var canvas = Canvas(size: Size(width: 40, height: 12))
        let layout = BigText.draw("12 5", into: &canvas, rect: Rect(x: 0, y: 1, width: 40, height: 10), style: .heading)
        #expect(layout.size == .large)
        let rows = layout.rows
        let left = (40 - DisplayWidth.of(rows[0])) / 2
        for (index, row) in rows.enumerated() {
            #expect(canvas.line(1 + index) == String(repeating: " ", count: left) + row.trimmingTrailingSpaces)
        }
        #expect(canvas.style(of: "▄█", onLine: 1) == .heading)
        #expect(canvas.line(0).isEmpty && canvas.line(1 + rows.count).isEmpty)
        // Left alignment, and a rectangle smaller than the layout cuts it off.
        var small = Canvas(size: Size(width: 40, height: 12))
        layout.render(into: &small, rect: Rect(x: 3, y: 0, width: 8, height: 2), style: .normal, alignment: .left)
        #expect(small.line(0) == "   " + String(rows[0].prefix(8)).trimmingTrailingSpaces)
        #expect(small.lines[2...].allSatisfy { $0.isEmpty })
    }

    // MARK: Golden files

    @Test func sampleGolden() throws {
        var canvas = Canvas(size: Size(width: 100, height: 20))
        var y = 0
        for text in ["ÄÖÜ ß 12:05 85 %", "0O 1I 5S 8B 2Z"] {
            for size in Self.blockSizes {
                let layout = try #require(BigText.layout(text, size: size, maxWidth: 100))
                layout.render(into: &canvas, rect: Rect(x: 0, y: y, width: 100, height: layout.height), style: .heading, alignment: .left)
                y += layout.height + 1
            }
        }
        assertGolden(canvas, named: "bigtext-sample")
    }

    @Test func alphabetGolden() throws {
        var canvas = Canvas(size: Size(width: 160, height: 28))
        var y = 0
        for text in ["ABCDEFGHIJKLMNOPQRSTUVWXYZ", "ÄÖÜß 0123456789", ":.,;-–—%/!?()+\"„“”'&★"] {
            for size in Self.blockSizes {
                let layout = try #require(BigText.layout(text, size: size, maxWidth: 160))
                layout.render(into: &canvas, rect: Rect(x: 0, y: y, width: 160, height: layout.height), style: .heading, alignment: .left)
                y += layout.height + 1
            }
        }
        assertGolden(canvas, named: "bigtext-alphabet")
    }

    /// Titles as the projector shows them: centred in the room the screen leaves for them.
    @Test(arguments: [("bigtext-title-160x45", BigTextTests.longTitle),
                      ("bigtext-title-large-160x45", "Übergänge gestalten: Wie geht’s weiter?")])
    func titleGolden(name: String, title: String) {
        var canvas = Canvas(size: Size(width: 160, height: 45))
        let area = Rect(x: 2, y: 2, width: 156, height: 16)
        let layout = BigText.layout(title, maxWidth: area.width, maxHeight: area.height)
        layout.render(into: &canvas, rect: area.centered(width: area.width, height: layout.height), style: .heading)
        BigText.draw("12:05", into: &canvas, rect: Rect(x: 2, y: 30, width: 156, height: 5), style: .normal)
        expectNoLineWiderThanCanvas(canvas)
        assertGolden(canvas, named: name)
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}

/// Figures (countdown, percentage) fill the room by whole-number scaling of the glyphs.
struct BigTextFigureTests {
    @Test func aFigureIsScaledByTheLargestWholeFactorThatFits() {
        let single = BigText.layout("12:05", size: .large, maxWidth: 200)!
        let figure = BigText.figure("12:05", maxWidth: 160, maxHeight: 30)
        let factor = min(160 / single.width, 30 / single.height)
        #expect(factor >= 2)
        #expect(figure.width == single.width * factor)
        #expect(figure.height == single.height * factor)
        #expect(figure.width <= 160 && figure.height <= 30)
    }

    @Test func scalingKeepsEveryPixel() {
        let single = BigText.layout("0", size: .large, maxWidth: 20)!
        let double = single.scaled(by: 2)
        func pixels(_ layout: BigTextLayout) -> [[Bool]] {
            layout.rows.flatMap { row in [row.map { $0 == "█" || $0 == "▀" }, row.map { $0 == "█" || $0 == "▄" }] }
        }
        let small = pixels(single), big = pixels(double)
        for y in small.indices {
            for x in small[y].indices {
                #expect(big[2 * y][2 * x] == small[y][x] && big[2 * y + 1][2 * x + 1] == small[y][x])
            }
        }
    }

    @Test func aFigureThatDoesNotFitInBlocksIsPlain() {
        let figure = BigText.figure("12:05", maxWidth: 10, maxHeight: 2)
        #expect(figure.size == .plain)
        #expect(figure.rows == ["12:05"])
    }
}
