import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

// MARK: Fixtures for the materiality screens

/// Matrices built in code, so that changes to the demo do not move these goldens: one matrix
/// with `count` topics at known positions. Labels carry no digits, so every number in the plot
/// is a marker.
enum MatrixFixture {
    static let matrixID = EntityID("m-test")

    /// Five topics, two of them top right, one in each other quadrant.
    static let five: [(label: String, x: Double, y: Double)] = [
        ("Digitalisierung im Handwerk", 0.80, 0.85),
        ("Fachkräftemangel", 0.30, 0.80),
        ("Leerstand in der Innenstadt", 0.70, 0.30),
        ("Überalterung", 0.20, 0.20),
        ("Grubenwasser als Wärmequelle", 0.55, 0.60),
    ]

    /// `count` topics: the five above, then labels from two word lists, spread over the
    /// whole matrix (two coprime strides through 100 positions per axis).
    static func topics(_ count: Int) -> [(label: String, x: Double, y: Double)] {
        if count <= five.count { return Array(five.prefix(count)) }
        let fields = ["Handel", "Handwerk", "Energie", "Mobilität", "Bildung", "Wohnen", "Gesundheit", "Tourismus",
                      "Kultur", "Logistik", "Industrie"]
        let places = ["Nord", "Süd", "Ost", "West", "Mitte", "digital", "regional", "vernetzt", "nachhaltig", "gemeinsam"]
        return (0..<count).map { index in
            let label = "\(fields[index / places.count]) \(places[index % places.count])"
            return (label, (Double((index * 37) % 100) + 0.5) / 100, (Double((index * 59) % 100) + 0.5) / 100)
        }
    }

    static func workshop(topics count: Int, placed: Bool = true) -> Workshop {
        let matrix = MaterialityMatrix(id: matrixID, title: "Wesentlichkeit der Themen",
                                       xAxis: MatrixAxis(name: "Handlungsfähigkeit der Allianz"),
                                       yAxis: MatrixAxis(name: "Relevanz für den Standort"))
        let topics = topics(count).enumerated().map { index, topic in
            MatrixTopic(id: EntityID("t-\(index + 1)"), matrixID: matrixID, label: topic.label,
                        x: placed ? topic.x : nil, y: placed ? topic.y : nil)
        }
        return Workshop(info: WorkshopInfo(title: "Wesentlichkeitsanalyse Test", date: "2017-03-23", place: "Bottrop"),
                        matrices: [matrix], topics: topics)
    }
}

extension Fixture {
    /// A workshop with one matrix of `count` topics (see ``MatrixFixture``), opened.
    static func matrix(topics count: Int, placed: Bool = true, language: Language = .de) throws -> Fixture {
        let fixture = try Fixture(language: language, content: MatrixFixture.workshop(topics: count, placed: placed))
        fixture.openMatrix()
        return fixture
    }

    /// The demo workshop (30 topics) with its matrix opened.
    static func demoMatrix(language: Language = .de) throws -> Fixture {
        let fixture = try Fixture(language: language)
        fixture.openMatrix()
        return fixture
    }

    /// `m` on the home screen, Enter on the first matrix.
    func openMatrix(width: Int = 80, height: Int = 24) {
        pressLive(.character("m"), width: width, height: height)
        #expect(app.currentScreen.title(.de) == "Wesentlichkeitsmatrizen")
        pressLive(.enter, width: width, height: height)
        #expect(app.currentScreen is MatrixScreen)
    }

    /// The only (first) matrix, as saved.
    var matrix: MaterialityMatrix { app.workshop.matrices[0] }

    /// Its topics, as saved, in entry order (the legend's numbers).
    var matrixTopics: [MatrixTopic] { app.workshop.topics(of: matrix.id) }

    /// How many records the store holds.
    func recordCount() throws -> Int { try store.allRecords().count }
}

// MARK: Reading the plot

/// The matrix plot as read from the screen: its frame, the dividers and the numbered markers.
struct PlotReading {
    struct Marker {
        let number: Int
        let column: Int
        let row: Int
        let style: Style
    }

    /// The box: top and bottom row, right column (the left column is 0).
    let top: Int, bottom: Int, right: Int
    /// The dividers between the quadrants.
    let dividerColumn: Int, dividerRow: Int
    let markers: [Marker]

    static let separators: Set<String> = [" ", "│", "─", "┼", "┌", "┐", "└", "┘"]

    /// Reads the plot of the matrix screen; records an issue for two markers that touch (no
    /// space or frame character between them) or a marker on a divider.
    init(_ canvas: Canvas, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let lines = canvas.lines
        let top = try #require(lines.firstIndex { $0.hasPrefix("┌") }, "no plot box\n\(canvas.text)", sourceLocation: sourceLocation)
        let bottom = try #require(lines.indices.first { $0 > top && lines[$0].hasPrefix("└") }, sourceLocation: sourceLocation)
        let right = try #require((1..<canvas.size.width).first { canvas[$0, top].text == "┐" }, sourceLocation: sourceLocation)
        let dividerRow = try #require((top + 1..<bottom).first { row in canvas[0, row].text == "│" && canvas[1, row].text == "─" },
                                      sourceLocation: sourceLocation)
        dividerColumn = try #require((1..<right).first { canvas[$0, dividerRow].text == "┼" }, sourceLocation: sourceLocation)
        (self.top, self.bottom, self.right, self.dividerRow) = (top, bottom, right, dividerRow)
        var markers: [Marker] = []
        for row in top + 1..<bottom {
            var column = 1
            while column < right {
                guard canvas[column, row].text.allSatisfy(\.isNumber), !canvas[column, row].text.isEmpty else {
                    column += 1
                    continue
                }
                let start = column
                var digits = ""
                while column < right, let digit = canvas[column, row].text.first, digit.isNumber {
                    digits += canvas[column, row].text
                    column += 1
                }
                let before = canvas[start - 1, row].text, after = canvas[column, row].text
                #expect(Self.separators.contains(before) && Self.separators.contains(after),
                        "marker \(digits) touches its neighbours on row \(row): \(canvas.line(row))", sourceLocation: sourceLocation)
                #expect(row != dividerRow, "marker \(digits) on the divider: \(canvas.line(row))", sourceLocation: sourceLocation)
                markers.append(Marker(number: Int(digits)!, column: start, row: row, style: canvas[start, row].style))
            }
        }
        self.markers = markers
    }

    /// The numbers in the plot and how often each appears.
    var counts: [Int: Int] { Dictionary(markers.map { ($0.number, 1) }, uniquingKeysWith: +) }

    func marker(_ number: Int) -> Marker? { markers.first { $0.number == number } }

    /// The quadrant a marker is drawn in (0 top right, 1 top left, 2 bottom right, 3 bottom left).
    func quadrant(of marker: Marker) -> Int {
        switch (marker.column > dividerColumn, marker.row < dividerRow) {
        case (true, true): 0
        case (false, true): 1
        case (true, false): 2
        case (false, false): 3
        }
    }
}

/// Every placed topic's number appears exactly once, in its quadrant; nothing else is a number.
func expectEveryTopicOnceInItsQuadrant(_ canvas: Canvas, topics: [MatrixTopic],
                                       sourceLocation: SourceLocation = #_sourceLocation) throws {
    let plot = try PlotReading(canvas, sourceLocation: sourceLocation)
    let counts = plot.counts
    for (index, topic) in topics.enumerated() {
        let number = index + 1
        if topic.isPlaced {
            #expect(counts[number] == 1, "topic \(number) appears \(counts[number] ?? 0) times\n\(canvas.text)",
                    sourceLocation: sourceLocation)
        } else {
            #expect(counts[number] == nil, "unplaced topic \(number) in the plot", sourceLocation: sourceLocation)
        }
    }
    #expect(Set(counts.keys).isSubset(of: Set(1...max(topics.count, 1))), "\(counts.keys.sorted())", sourceLocation: sourceLocation)
    for marker in plot.markers where topics.indices.contains(marker.number - 1) {
        let topic = topics[marker.number - 1]
        #expect(plot.quadrant(of: marker) == topic.quadrant,
                "topic \(marker.number) at (\(topic.x ?? -1), \(topic.y ?? -1)) is drawn in quadrant \(plot.quadrant(of: marker))",
                sourceLocation: sourceLocation)
    }
}

extension Array {
    /// The element at `index`, nil outside (a number misread from a broken plot must fail the
    /// test, not crash the run).
    func at(_ index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

// MARK: The materiality screens

@Suite struct MaterialityScreenTests {
    static let sizes = [(80, 24), (160, 45)]

    // MARK: Golden files

    @Test(arguments: [5, 30, 100], MaterialityScreenTests.sizes)
    func matrixGolden(topics count: Int, size: (Int, Int)) throws {
        let fixture = count == 30 ? try Fixture.demoMatrix() : try Fixture.matrix(topics: count)
        #expect(fixture.matrixTopics.count == count)
        let canvas = fixture.render(size.0, size.1)
        expectNoLineWiderThanCanvas(canvas)
        try expectEveryTopicOnceInItsQuadrant(canvas, topics: fixture.matrixTopics)
        assertGolden(canvas, named: "materiality-matrix-\(count)-\(size.0)x\(size.1)")
    }

    @Test(arguments: MaterialityScreenTests.sizes)
    func comparisonGolden(width: Int, height: Int) throws {
        let fixture = try Fixture.demoMatrix()
        fixture.pressLive(.character("x"), width: width, height: height)
        #expect(fixture.app.currentScreen is ComparisonScreen)
        let canvas = fixture.render(width, height)
        expectNoLineWiderThanCanvas(canvas)
        assertGolden(canvas, named: "materiality-comparison-\(width)x\(height)")
    }

    @Test(arguments: MaterialityScreenTests.sizes)
    func priorityListGolden(width: Int, height: Int) throws {
        let fixture = try Fixture.demoMatrix()
        fixture.pressLive(.character("l"), width: width, height: height)
        #expect(fixture.app.currentScreen is PriorityListScreen)
        let canvas = fixture.render(width, height)
        expectNoLineWiderThanCanvas(canvas)
        assertGolden(canvas, named: "materiality-priority-\(width)x\(height)")
    }

    // MARK: The plot

    /// Markers stay apart, on no divider, in their quadrant, at every size, also when many
    /// topics crowd one place (all at the same spot, along the dividers, in the corners).
    @Test(arguments: [(60, 16), (80, 24), (120, 30), (160, 45), (200, 60)])
    func markersNeverTouchAndStayInTheirQuadrant(width: Int, height: Int) throws {
        var workshop = MatrixFixture.workshop(topics: 40)
        let spots: [(Double, Double)] = [(0.5, 0.5), (0.49, 0.49), (0.5, 0.49), (0.49, 0.5), (0, 0), (1, 1), (0, 1), (1, 0),
                                         (0.51, 0.75), (0.75, 0.51), (0.26, 0.5), (0.5, 0.26)]
        for index in workshop.topics.indices {
            let spot = spots[index % spots.count]
            workshop.topics[index].x = spot.0
            workshop.topics[index].y = spot.1
        }
        let fixture = try Fixture(content: workshop)
        fixture.openMatrix(width: width, height: height)
        let canvas = fixture.render(width, height)
        expectNoLineWiderThanCanvas(canvas)
        let plot = try PlotReading(canvas)
        #expect(plot.counts.values.allSatisfy { $0 == 1 }, "\(plot.counts)")
        let topics = fixture.matrixTopics
        for marker in plot.markers {
            #expect(plot.quadrant(of: marker) == topics.at(marker.number - 1)?.quadrant, "topic \(marker.number)\n\(canvas.text)")
        }
        if width >= 80 {
            #expect(plot.markers.count == topics.count, "every topic has room from 80×24 on\n\(canvas.text)")
        }
    }

    /// A click's cell gives a position that is drawn in the same cell and counts in the
    /// quadrant the cell lies in (the last column of each half holds no number start).
    @Test(arguments: [(60, 16), (80, 24), (160, 45)])
    func cellsAndPositionsAgree(width: Int, height: Int) throws {
        let fixture = try Fixture.demoMatrix()
        let canvas = fixture.render(width, height)
        let plot = try PlotReading(canvas)
        let inner = Rect(x: 1, y: plot.top + 1, width: plot.right - 1, height: plot.bottom - plot.top - 1)
        #expect(MatrixPlot.inner(of: Rect(x: 0, y: 2, width: plot.right + 1, height: plot.bottom - plot.top + 3)) == inner)
        for row in inner.y..<inner.maxY {
            for column in inner.x..<inner.maxX where column != plot.dividerColumn - 1 && column != inner.maxX - 1 {
                let position = MatrixPlot.position(ofCell: (column, row), in: inner)
                let topic = MatrixTopic(id: EntityID("t"), matrixID: EntityID("m"), label: "", x: position.x, y: position.y)
                if column == plot.dividerColumn || row == plot.dividerRow {
                    #expect(position.x == 0.5 || position.y == 0.5)
                    continue
                }
                let quadrant = PlotReading.Marker(number: 1, column: column, row: row, style: .normal)
                #expect(topic.quadrant == plot.quadrant(of: quadrant), "(\(column), \(row)) → \(position)")
                let cell = MatrixPlot.cell(ofPosition: position.x, position.y, in: inner)
                #expect(cell.x == column && cell.y == row, "(\(column), \(row)) → \(position) → \(cell)")
            }
        }
    }

    @Test(arguments: [5, 30, 100], MaterialityScreenTests.sizes)
    func quadrantNamesAndCountsAreRight(topics count: Int, size: (Int, Int)) throws {
        let fixture = count == 30 ? try Fixture.demoMatrix() : try Fixture.matrix(topics: count)
        let topics = fixture.matrixTopics
        let counts = (0..<4).map { quadrant in topics.filter { $0.quadrant == quadrant }.count }
        #expect(counts.reduce(0, +) == count)
        if count == 5 { #expect(counts == [2, 1, 1, 1]) }
        if count == 30 { #expect(counts == [15, 6, 5, 4]) }
        let canvas = fixture.render(size.0, size.1)
        let plot = try PlotReading(canvas)
        let names = fixture.matrix.quadrantNames
        #expect(names == MaterialityMatrix.defaultQuadrantNames)
        // Top right: name and count right of the divider in the top edge, emphasised.
        let topRight = " \(names[0]) (\(counts[0])) "
        let topLine = canvas.line(plot.top)
        let topRightRange = try #require(topLine.range(of: topRight), "\(topLine)")
        #expect(topLine.distance(from: topLine.startIndex, to: topRightRange.lowerBound) > plot.dividerColumn)
        #expect(canvas.style(of: topRight, onLine: plot.top) == .frameFocused)
        #expect(canvas.style(of: " \(names[1]) (\(counts[1])) ", onLine: plot.top) == .secondary)
        let bottomLine = canvas.line(plot.bottom)
        #expect(Self.showsQuadrant(names[2], count: counts[2], in: bottomLine), "\(bottomLine)")
        #expect(Self.showsQuadrant(names[3], count: counts[3], in: bottomLine), "\(bottomLine)")
        // The markers agree: as many in each quadrant as it counts.
        let drawn = (0..<4).map { quadrant in plot.markers.filter { plot.quadrant(of: $0) == quadrant }.count }
        #expect(drawn == counts)
        // The axes are named with their ends.
        #expect(canvas.lines[plot.top - 1].contains("↑ Relevanz für den Standort (gering → hoch)"))
        #expect(canvas.lines[plot.bottom + 1].contains("→ Handlungsfähigkeit der Allianz (gering → hoch)"))
    }

    /// " Prüfen (21) ", or a name cut short that keeps its count: " Nicht priorisie… (29) ".
    static func showsQuadrant(_ name: String, count: Int, in line: String) -> Bool {
        line.contains(" \(name) (\(count)) ")
            || line.range(of: " " + NSRegularExpression.escapedPattern(for: String(name.prefix(5))) + "[^()]*… \\(\(count)\\) ",
                          options: .regularExpression) != nil
    }

    @Test func thirtyTopicsStayReadableAt80x24() throws {
        let fixture = try Fixture.demoMatrix()
        let topics = fixture.matrixTopics
        #expect(topics.count == 30)
        #expect(!topics.contains { $0.label.contains(where: \.isNumber) }, "labels with digits would confuse the reading")
        let canvas = fixture.render()
        expectNoLineWiderThanCanvas(canvas)
        try expectEveryTopicOnceInItsQuadrant(canvas, topics: topics)
        #expect(try PlotReading(canvas).markers.count == 30)
        // The legend names the first topics with their numbers; the rest scroll.
        let legend = canvas.lines.filter { $0.contains("│ 1  Elektromobiler City") }
        #expect(legend.count == 1)
        #expect(canvas.text.contains("─ 30 Themen ─"))
        #expect(!canvas.text.contains(" 30 Digitalisierung"))
        #expect(canvas.text.contains("▼"))
        // Tab down to the last topic: the legend scrolls, the marker of the selection is highlighted.
        for _ in 0..<29 { fixture.pressLive(.tab) }
        let scrolled = fixture.render()
        #expect(scrolled.lines.contains { $0.contains(" 30 Digitalisierung") }, "\(scrolled.text)")
        #expect(!scrolled.lines.contains { $0.contains(" 1  Elektromobiler City") })
        let plot = try PlotReading(scrolled)
        #expect(plot.marker(30)?.style == .selection)
        #expect(plot.markers.filter { $0.style == .selection }.count == 1)
        expectNoLineWiderThanCanvas(scrolled)
    }

    @Test func labelsStandNextToTheMarkersWhereThereIsRoom() throws {
        let fixture = try Fixture.matrix(topics: 5)
        let wide = fixture.render(160, 45)
        for (index, topic) in MatrixFixture.five.enumerated() {
            let prefix = String(topic.label.prefix(8))
            #expect(wide.lines.contains { $0.contains("\(index + 1) \(prefix)") }, "\(index + 1) \(prefix)\n\(wide.text)")
        }
        // At 80×24 the plot shows numbers only; the legend names them.
        let narrow = fixture.render(80, 24)
        let plot = try PlotReading(narrow)
        for row in plot.top + 1..<plot.bottom {
            let inside = narrow.lines[row].prefix(plot.right)
            #expect(!inside.contains("Digitalisierung") && !inside.contains("Überalterung"), "\(inside)")
        }
        #expect(narrow.lines.contains { $0.contains("│ 4  Überalterung") })
    }

    @Test func unplacedTopicsAreMarkedInTheLegendAndNotDrawn() throws {
        let fixture = try Fixture.matrix(topics: 5, placed: false)
        let canvas = fixture.render()
        #expect(try PlotReading(canvas).markers.isEmpty)
        #expect(canvas.lines.contains { $0.contains("│ 2  Fachkräftemangel ?") }, "\(canvas.text)")
        #expect(canvas.text.contains("Top-Priorität (0)"))
    }

    // MARK: Selecting and moving

    @Test func tabJAndKSelectTopics() throws {
        let fixture = try Fixture.matrix(topics: 5)
        func selected() throws -> Int {
            let plot = try PlotReading(fixture.render(160, 45))
            let markers = plot.markers.filter { $0.style == .selection }
            #expect(markers.count == 1)
            return try #require(markers.first).number
        }
        #expect(try selected() == 1)
        fixture.pressLive(.tab)
        #expect(try selected() == 2)
        fixture.pressLive(.character("j"))
        #expect(try selected() == 3)
        fixture.pressLive(.character("k"), .character("k"))
        #expect(try selected() == 1)
        fixture.pressLive(.backTab)
        #expect(try selected() == 1, "the selection stops at the first topic")
        for _ in 0..<7 { fixture.pressLive(.character("j")) }
        #expect(try selected() == 5, "and at the last")
        // The legend highlights the same topic.
        let canvas = fixture.render()
        let row = try #require(lineIndex(of: " 5  Grubenwasser", in: canvas))
        #expect(canvas.style(of: "5  Grubenwasser", onLine: row) == .selection)
    }

    @Test func arrowKeysMoveTheSelectedTopicOneGridStepAsOneUndoableEvent() throws {
        let fixture = try Fixture.matrix(topics: 5)
        fixture.pressLive(.tab)  // topic 2, "Fachkräftemangel" at (0.30, 0.80)
        let before = try PlotReading(fixture.render(160, 45)).marker(2)
        let records = try fixture.recordCount()
        fixture.pressLive(.right)
        #expect(try fixture.recordCount() == records + 1, "one move is one record")
        var topic = fixture.matrixTopics[1]
        #expect(abs(topic.x! - (0.30 + MatrixScreen.step)) < 1e-9)
        #expect(topic.y == 0.80)
        let after = try PlotReading(fixture.render(160, 45)).marker(2)
        #expect(after!.column > before!.column, "the marker moves right")
        #expect(after!.row == before!.row)
        fixture.pressLive(.up)
        topic = fixture.matrixTopics[1]
        #expect(abs(topic.y! - (0.80 + MatrixScreen.step)) < 1e-9)
        fixture.pressLive(.down, .down, .left)
        topic = fixture.matrixTopics[1]
        #expect(abs(topic.x! - 0.30) < 1e-9 && abs(topic.y! - (0.80 - MatrixScreen.step)) < 1e-9)
        #expect(try fixture.recordCount() == records + 5)
        // One u takes back one step.
        fixture.pressLive(.character("u"))
        topic = fixture.matrixTopics[1]
        #expect(abs(topic.x! - (0.30 + MatrixScreen.step)) < 1e-9 && abs(topic.y! - (0.80 - MatrixScreen.step)) < 1e-9)
        #expect(fixture.messageText?.hasPrefix("Rückgängig gemacht.") == true, "\(fixture.messageText ?? "")")
        // Other topics did not move.
        #expect(fixture.matrixTopics[0].x == 0.80 && fixture.matrixTopics[0].y == 0.85)
    }

    @Test func movingAcrossTheMiddleChangesTheQuadrantAndStopsAtTheEdge() throws {
        let fixture = try Fixture.matrix(topics: 5)
        // Topic 5 at (0.55, 0.60): two steps left end on the middle, which counts as right;
        // the third crosses into the top left.
        for _ in 0..<4 { fixture.pressLive(.tab) }
        fixture.pressLive(.left, .left)
        #expect(fixture.matrixTopics[4].x == 0.5, "\(fixture.matrixTopics[4].x ?? -1)")
        #expect(fixture.matrixTopics[4].quadrant == MatrixTopic.topRight)
        fixture.pressLive(.left)
        #expect(fixture.matrixTopics[4].quadrant == MatrixTopic.topLeft)
        var canvas = fixture.render()
        #expect(canvas.text.contains("Top-Priorität (1)") && canvas.text.contains("Beobachten (2)"), "\(canvas.text)")
        try expectEveryTopicOnceInItsQuadrant(canvas, topics: fixture.matrixTopics)
        // Four steps down from 0.60 end exactly on the middle, which counts as top.
        for _ in 0..<4 { fixture.pressLive(.down) }
        #expect(fixture.matrixTopics[4].y == 0.5, "\(fixture.matrixTopics[4].y ?? -1)")
        #expect(fixture.matrixTopics[4].quadrant == MatrixTopic.topLeft)
        fixture.pressLive(.down)
        #expect(fixture.matrixTopics[4].quadrant == MatrixTopic.bottomLeft)
        canvas = fixture.render()
        try expectEveryTopicOnceInItsQuadrant(canvas, topics: fixture.matrixTopics)
        // At the top edge the topic stays at 1.
        for _ in 0..<30 { fixture.pressLive(.up) }
        #expect(fixture.matrixTopics[4].y == 1)
        try expectEveryTopicOnceInItsQuadrant(fixture.render(), topics: fixture.matrixTopics)
    }

    @Test func anArrowPlacesAnUnplacedTopicNearTheMiddle() throws {
        let fixture = try Fixture.matrix(topics: 5, placed: false)
        fixture.pressLive(.right)
        let topic = fixture.matrixTopics[0]
        #expect(topic.isPlaced)
        #expect(topic.quadrant == MatrixTopic.topRight)
        let plot = try PlotReading(fixture.render())
        #expect(plot.markers.map(\.number) == [1])
    }

    // MARK: Pairwise comparison

    /// The two labels of the question, read from their frames (a long label wraps inside its
    /// frame): the candidate, then the pivot.
    static func questionLabels(_ canvas: Canvas) -> [String] {
        var labels: [String] = []
        var current: [String]?
        for line in canvas.lines {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("┌") {
                current = []
            } else if text.hasPrefix("└"), let parts = current {
                // The label in quotes: „…“ (a label may hold quotes itself).
                let quoted = parts.joined(separator: " ")
                labels.append(quoted.hasPrefix("„") && quoted.hasSuffix("“") ? String(quoted.dropFirst().dropLast()) : quoted)
                current = nil
            } else if current != nil, text.hasPrefix("│") {
                current!.append(text.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")))
            }
        }
        return labels
    }

    /// The label of `labels` that `text` shows (wrapping may break a line at a hyphen).
    static func label(_ text: String, in labels: some Sequence<String>) -> String? {
        let squeezed = text.filter { !$0.isWhitespace }
        return labels.first { $0.filter { !$0.isWhitespace } == squeezed }
    }

    @Test func xStartsAComparisonWithTheQuestionLarge() throws {
        let fixture = try Fixture.matrix(topics: 5)
        fixture.pressLive(.character("x"))
        #expect(fixture.app.currentScreen is ComparisonScreen)
        let sorting = try #require(fixture.matrix.sorting(.x))
        #expect(sorting.answers.isEmpty)
        #expect(sorting.sort.remainingQuestions == 8)
        for (width, height) in Self.sizes {
            let canvas = fixture.render(width, height)
            #expect(canvas.lines[1].trimmingCharacters(in: .whitespaces) == "Frage 1 · noch höchstens 8", "\(canvas.lines[1])")
            #expect(canvas.text.contains("„Handlungsfähigkeit der Allianz“ – ist dieses Thema mehr oder weniger?"))
            #expect(canvas.text.contains("mehr (hoch) oder weniger (gering) als"))
            // Both labels in their own frame, the candidate above the pivot.
            #expect(Self.questionLabels(canvas) == ["Fachkräftemangel", "Digitalisierung im Handwerk"], "\(canvas.text)")
            let candidateRow = try #require(lineIndex(of: "„Fachkräftemangel“", in: canvas))
            #expect(canvas.lines[candidateRow - 1].contains("┌") && canvas.lines[candidateRow + 1].contains("└"))
            #expect(canvas.style(of: "Fachkräftemangel", onLine: candidateRow) == .heading)
            #expect(canvas.text.contains("m / → mehr   ·   w / ← weniger   ·   g / = etwa gleich   ·   u zurück"))
            expectNoLineWiderThanCanvas(canvas)
        }
    }

    /// The room knows the order (`rank` per label, equal ranks are "about equal") and answers
    /// every question by it, reading the question from the screen.
    static func answerAll(_ fixture: Fixture, rank: [String: Int], width: Int = 80, height: Int = 24) throws -> Int {
        var questions = 0
        while fixture.app.currentScreen is ComparisonScreen {
            let canvas = fixture.render(width, height)
            let labels = questionLabels(canvas)
            try #require(labels.count == 2, "\(canvas.text)")
            #expect(canvas.lines[1].trimmingCharacters(in: .whitespaces).hasPrefix("Frage \(questions + 1) · noch höchstens "), "\(canvas.lines[1])")
            let candidate = try #require(label(labels[0], in: rank.keys).flatMap { rank[$0] }, "\(labels[0])")
            let pivot = try #require(label(labels[1], in: rank.keys).flatMap { rank[$0] }, "\(labels[1])")
            let key: Character = candidate > pivot ? "m" : candidate < pivot ? "w" : "g"
            fixture.pressLive(.character(key), width: width, height: height)
            questions += 1
            try #require(questions < 200)
        }
        return questions
    }

    @Test func answeringEveryQuestionAppliesThePositionsAndReturnsToTheMatrix() throws {
        let fixture = try Fixture.matrix(topics: 5, placed: false)
        // The hidden order on x, with a tie between the second and the fourth topic.
        let rank = ["Überalterung": 0, "Fachkräftemangel": 1, "Grubenwasser als Wärmequelle": 2,
                    "Digitalisierung im Handwerk": 3, "Leerstand in der Innenstadt": 1]
        fixture.pressLive(.character("x"))
        let questions = try Self.answerAll(fixture, rank: rank)
        #expect(questions <= 8)
        #expect(fixture.app.currentScreen is MatrixScreen)
        #expect(fixture.messageText == "Alle Themen eingeordnet – Positionen gesetzt.")
        #expect(fixture.render().text.contains("Alle Themen eingeordnet – Positionen gesetzt."))
        // Four groups: (rank + 0.5) / 4, equal topics on the same value; y is still open.
        let x = Dictionary(uniqueKeysWithValues: fixture.matrixTopics.map { ($0.label, $0.x) })
        #expect(x["Überalterung"] == 0.125)
        #expect(x["Fachkräftemangel"] == 0.375 && x["Leerstand in der Innenstadt"] == 0.375)
        #expect(x["Grubenwasser als Wärmequelle"] == 0.625)
        #expect(x["Digitalisierung im Handwerk"] == 0.875)
        #expect(fixture.matrixTopics.allSatisfy { $0.y == nil })
        #expect(try PlotReading(fixture.render()).markers.isEmpty, "not placed on both axes yet")
        // The other axis with y: now every topic is in the plot, in its quadrant.
        fixture.pressLive(.character("y"))
        #expect(fixture.render().text.contains("„Relevanz für den Standort“ – ist dieses Thema mehr oder weniger?"))
        let yRank = ["Überalterung": 4, "Fachkräftemangel": 3, "Grubenwasser als Wärmequelle": 2,
                     "Digitalisierung im Handwerk": 1, "Leerstand in der Innenstadt": 0]
        _ = try Self.answerAll(fixture, rank: yRank, width: 160, height: 45)
        #expect(fixture.app.currentScreen is MatrixScreen)
        let canvas = fixture.render()
        try expectEveryTopicOnceInItsQuadrant(canvas, topics: fixture.matrixTopics)
        #expect(try PlotReading(canvas).markers.count == 5)
        // Überalterung: low on x, high on y; Digitalisierung: high on x, low on y.
        #expect(fixture.matrixTopics.first { $0.label == "Überalterung" }?.quadrant == MatrixTopic.topLeft)
        #expect(fixture.matrixTopics.first { $0.label == "Digitalisierung im Handwerk" }?.quadrant == MatrixTopic.bottomRight)
    }

    @Test func aHiddenOrderOfThirtyIsReproducedWithinTheBound() throws {
        let fixture = try Fixture.demoMatrix()
        let labels = fixture.matrixTopics.map(\.label)
        // A scrambled order: rank = (index × 7) mod 30.
        let rank = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, ($0 * 7) % 30) })
        fixture.pressLive(.character("y"))
        let questions = try Self.answerAll(fixture, rank: rank)
        // ceil(log2(30!)) = 108.
        #expect(questions <= 108 + 30)
        let y = fixture.matrixTopics.map { ($0.label, $0.y!) }.sorted { $0.1 < $1.1 }.map(\.0)
        #expect(y == labels.sorted { rank[$0]! < rank[$1]! })
    }

    @Test func uTakesBackTheLastAnswer() throws {
        let fixture = try Fixture.matrix(topics: 5)
        fixture.pressLive(.character("x"))
        let first = Self.questionLabels(fixture.render())
        fixture.pressLive(.character("m"))
        let second = Self.questionLabels(fixture.render())
        #expect(fixture.render().lines[1].trimmingCharacters(in: .whitespaces).hasPrefix("Frage 2 · noch höchstens "))
        fixture.pressLive(.character("w"))
        #expect(fixture.render().lines[1].trimmingCharacters(in: .whitespaces).hasPrefix("Frage 3 · noch höchstens "))
        #expect(fixture.matrix.sorting(.x)?.answers == [.more, .less])
        let records = try fixture.recordCount()
        // u: the second answer is gone, its question is asked again.
        fixture.pressLive(.character("u"))
        #expect(fixture.app.currentScreen is ComparisonScreen)
        #expect(fixture.matrix.sorting(.x)?.answers == [.more])
        #expect(try fixture.recordCount() == records + 1)
        #expect(fixture.messageText == "Letzte Antwort zurückgenommen.")
        var canvas = fixture.render()
        #expect(canvas.lines[1].trimmingCharacters(in: .whitespaces).hasPrefix("Frage 2 · noch höchstens "), "\(canvas.lines[1])")
        #expect(Self.questionLabels(canvas) == second)
        #expect(canvas.text.contains("Letzte Antwort zurückgenommen."))
        // Backspace as well, back to the first question.
        fixture.pressLive(.backspace)
        #expect(fixture.matrix.sorting(.x)?.answers == [])
        canvas = fixture.render()
        #expect(canvas.lines[1].trimmingCharacters(in: .whitespaces) == "Frage 1 · noch höchstens 8")
        #expect(Self.questionLabels(canvas) == first)
        // Nothing more to take back: a message, the comparison stays.
        fixture.pressLive(.character("u"))
        #expect(fixture.messageText == "Auf der Achse „Handlungsfähigkeit der Allianz“ gibt es keine Antwort zum Zurücknehmen.")
        #expect(fixture.app.message?.kind == .error)
        #expect(fixture.matrix.sorting(.x) != nil, "the comparison is still there")
        #expect(fixture.app.currentScreen is ComparisonScreen)
        canvas = fixture.render()
        #expect(canvas.lines[1].trimmingCharacters(in: .whitespaces) == "Frage 1 · noch höchstens 8")
        #expect(Self.questionLabels(canvas) == first, "\(canvas.text)")
    }

    @Test func takingBackDoesNotUndoAMoveMadeBeforeTheComparison() throws {
        let fixture = try Fixture.matrix(topics: 5)
        fixture.pressLive(.character("x"), .character("m"), .escape)
        #expect(fixture.app.currentScreen is MatrixScreen)
        // A move, then back to the comparison that is still running, and u.
        fixture.pressLive(.right)
        let moved = fixture.matrixTopics[0].x
        fixture.pressLive(.character("x"))
        #expect(fixture.matrix.sorting(.x)?.answers == [.more], "x continues the running comparison")
        #expect(fixture.render().lines[1].trimmingCharacters(in: .whitespaces).hasPrefix("Frage 2 · "))
        fixture.pressLive(.character("u"))
        #expect(fixture.matrix.sorting(.x)?.answers == [])
        #expect(fixture.matrixTopics[0].x == moved, "the move stays")
    }

    @Test func anAnswerIsOneUndoableRecord() throws {
        let fixture = try Fixture.matrix(topics: 5)
        fixture.pressLive(.character("x"))
        let records = try fixture.recordCount()
        fixture.pressLive(.character("g"))
        #expect(try fixture.recordCount() == records + 1)
        #expect(fixture.matrix.sorting(.x)?.answers == [.equal])
        fixture.pressLive(.character("="))
        fixture.pressLive(.right)
        fixture.pressLive(.left)
        #expect(fixture.matrix.sorting(.x)?.answers == [.equal, .equal, .more, .less])
        #expect(try fixture.recordCount() == records + 4)
    }

    // MARK: The priority list

    @Test func thePriorityListShowsThePrioritisedTopicsFirstWithTheCutLine() throws {
        let fixture = try Fixture.matrix(topics: 5)
        fixture.pressLive(.character("l"))
        #expect(fixture.app.currentScreen is PriorityListScreen)
        let canvas = fixture.render()
        let lines = canvas.lines
        let first = try #require(lineIndex(of: "1.  Digitalisierung im Handwerk", in: canvas))
        #expect(lines[first].hasSuffix("Top-Priorität │"), "\(lines[first])")
        #expect(lines[first + 1].contains("2.  Grubenwasser als Wärmequelle") && lines[first + 1].contains("Top-Priorität"))
        #expect(lines[first + 2].contains("══ priorisiert: 2 Themen oben rechts ══"), "\(lines[first + 2])")
        #expect(canvas.style(of: "priorisiert: 2 Themen oben rechts", onLine: first + 2) == .frameFocused)
        #expect(lines[first + 3].contains("3.  Fachkräftemangel") && lines[first + 3].contains("Beobachten"))
        #expect(lines[first + 4].contains("4.  Leerstand in der Innenstadt") && lines[first + 4].contains("Prüfen"))
        #expect(lines[first + 5].contains("5.  Überalterung") && lines[first + 5].contains("Nicht priorisiert"))
        // The prioritised topics are emphasised (the first row is the selection).
        #expect(canvas.style(of: "Grubenwasser", onLine: first + 1) == .success)
        #expect(canvas.style(of: "Fachkräftemangel", onLine: first + 3) == .normal)
        expectNoLineWiderThanCanvas(canvas)
    }

    @Test func theDemoPriorityListCutsAfterFifteen() throws {
        let fixture = try Fixture.demoMatrix()
        fixture.pressLive(.character("l"))
        let ranked = fixture.app.workshop.priorityList(of: fixture.matrix.id)
        for (width, height) in Self.sizes {
            let canvas = fixture.render(width, height)
            let cut = try #require(lineIndex(of: "══ priorisiert: 15 Themen oben rechts ══", in: canvas), "\(canvas.text)")
            let top = try #require(lineIndex(of: "1.  ", in: canvas))
            #expect(cut == top + 15)
            for row in top..<cut {
                #expect(canvas.lines[row].contains("\(row - top + 1).") && canvas.lines[row].contains("Top-Priorität"))
                #expect(canvas.lines[row].contains(String(ranked[row - top].label.prefix(20))))
            }
            #expect(canvas.lines[cut + 1].contains("16. ") && !canvas.lines[cut + 1].contains("Top-Priorität"))
            expectNoLineWiderThanCanvas(canvas)
        }
        // Scrolling down shows the last topic, ranked 30.
        for _ in 0..<40 { fixture.pressLive(.character("j")) }
        #expect(fixture.screen().contains("30. "))
    }

    @Test func unplacedTopicsComeLastInThePriorityList() throws {
        let fixture = try Fixture.matrix(topics: 5, placed: false)
        fixture.pressLive(.character("l"))
        let canvas = fixture.render()
        let cut = try #require(lineIndex(of: "priorisiert: 0 Themen oben rechts", in: canvas))
        #expect(canvas.lines[cut + 1].contains("1.  Digitalisierung im Handwerk") && canvas.lines[cut + 1].contains("nicht platziert"),
                "\(canvas.text)")
    }

    // MARK: Bad input

    @Test func aMatrixFormWithAnAxisWithoutANameShowsTheMessageAndStaysOpen() throws {
        let fixture = try Fixture.empty()
        fixture.pressLive(.character("m"))
        #expect(fixture.screen().contains("Noch keine Matrix. n legt eine an: Titel und zwei Achsen."))
        fixture.pressLive(.character("n"))
        #expect(fixture.app.overlay is FormOverlay)
        fixture.typeLive("Themen priorisieren")
        fixture.pressLive(.tab)
        fixture.typeLive(": gering, hoch")
        fixture.pressLive(.tab)
        fixture.typeLive("Relevanz: gering, hoch")
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay is FormOverlay, "the form stays open")
        #expect(fixture.app.workshop.matrices.isEmpty)
        let screen = fixture.screen(160, 45)
        #expect(screen.contains("Achse ohne Namen: bitte die waagrechte Achse (x) benennen"), "\(screen)")
        // The vertical axis without a name (only blanks) is refused as well.
        fixture.pressLive(.tab, .tab, .control("u"))
        fixture.typeLive("Wirkung: klein, groß")
        fixture.pressLive(.tab, .control("u"))
        fixture.typeLive("   ")
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay is FormOverlay)
        #expect(fixture.screen(160, 45).contains("Achse ohne Namen: bitte die senkrechte Achse (y) benennen"))
        // Named: the matrix is saved with its poles.
        fixture.pressLive(.control("u"))
        fixture.typeLive("Relevanz für den Standort: gering, hoch")
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay == nil)
        let matrix = try #require(fixture.app.workshop.matrices.first)
        #expect(matrix.title == "Themen priorisieren")
        #expect(matrix.xAxis == MatrixAxis(name: "Wirkung", low: "klein", high: "groß"))
        #expect(matrix.yAxis == MatrixAxis(name: "Relevanz für den Standort", low: "gering", high: "hoch"))
        #expect(fixture.screen().contains("Themen priorisieren"))
    }

    @Test func addingADuplicateTopicShowsAMessage() throws {
        let fixture = try Fixture.matrix(topics: 5)
        fixture.pressLive(.character("a"))
        #expect(fixture.app.overlay is FormOverlay)
        fixture.typeLive("Neues Thema")
        fixture.pressLive(.newline)
        fixture.typeLive("fachkräftemangel")
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay is FormOverlay, "the form stays open")
        #expect(fixture.matrixTopics.count == 5, "nothing is added")
        #expect(fixture.screen(160, 45).contains("Das Thema „Fachkräftemangel“ steht schon in der Matrix."), "\(fixture.screen(160, 45))")
        // Esc cannot save it either; Esc again closes and keeps the lines, which `a` brings back.
        fixture.pressLive(.escape)
        #expect(fixture.app.overlay is FormOverlay)
        fixture.pressLive(.escape)
        #expect(fixture.app.overlay == nil)
        fixture.pressLive(.character("a"))
        #expect(fixture.messageText == "✎ Entwurf zurückgeholt")
        // Twice in the same input is refused as well.
        fixture.pressLive(.control("u"))
        fixture.typeLive("NEUES THEMA")
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay is FormOverlay)
        #expect(fixture.screen(160, 45).contains("Das Thema „Neues Thema“ steht schon in der Matrix."))
        #expect(fixture.matrixTopics.count == 5)
        // A new topic is added at the end, not placed yet.
        fixture.pressLive(.control("u"), .backspace)
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.matrixTopics.map(\.label).last == "Neues Thema")
        #expect(fixture.messageText == "Thema hinzugefügt.")
        #expect(fixture.screen().contains("│ 6  Neues Thema ?"))
        // Renaming to an existing label is refused too.
        fixture.pressLive(.character("r"))
        fixture.pressLive(.control("u"))
        fixture.typeLive("Überalterung")
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay is FormOverlay)
        #expect(fixture.screen(160, 45).contains("Das Thema „Überalterung“ steht schon in der Matrix."))
    }

    @Test(arguments: [0, 1])
    func sortingWithFewerThanTwoTopicsShowsAMessage(topics count: Int) throws {
        let fixture = try Fixture.matrix(topics: count)
        fixture.pressLive(.character("x"))
        #expect(fixture.app.currentScreen is MatrixScreen)
        let message = "Weniger als zwei Themen: ein Paarvergleich braucht mindestens zwei, die Matrix hat \(count). Bitte erst Themen hinzufügen."
        #expect(fixture.messageText == message)
        #expect(fixture.app.message?.kind == .error)
        #expect(fixture.screen(160, 45).contains(message))
        fixture.pressLive(.character("y"))
        #expect(fixture.app.currentScreen is MatrixScreen)
        #expect(fixture.matrix.sortings.isEmpty)
        if count == 0 { #expect(fixture.screen(160, 45).contains("Noch keine Themen. a fügt Themen hinzu")) }
    }

    // MARK: Language and size

    @Test func theMatrixScreensSpeakEnglish() throws {
        let fixture = try Fixture.demoMatrix(language: .en)
        var screen = fixture.screen(160, 45)
        #expect(screen.contains("─ 30 topics ─"))
        #expect(screen.contains("x Compare on x"))
        #expect(screen.contains("allianz-tui · Materiality matrix"))
        fixture.pressLive(.character("x"))
        screen = fixture.screen(160, 45)
        #expect(screen.contains("Question 1 · at most "))
        #expect(screen.contains("“Handlungsfähigkeit der Allianz” – is this topic more or less?"))
        #expect(screen.contains("more (hoch) or less (gering) than"))
        #expect(screen.contains("m / → more   ·   w / ← less   ·   g / = about equal   ·   u back"))
        fixture.pressLive(.character("u"))
        #expect(fixture.messageText == "There is no answer to take back on the axis “Handlungsfähigkeit der Allianz”.")
        fixture.pressLive(.character("m"), .character("u"))
        #expect(fixture.messageText == "Last answer taken back.")
        fixture.pressLive(.escape, .character("l"))
        screen = fixture.screen(160, 45)
        #expect(screen.contains("Priority list: Priorisierung der Themen"))
        #expect(screen.contains("══ prioritised: 15 topics top right ══"))
        let empty = try Fixture.matrix(topics: 1, language: .en)
        empty.pressLive(.character("x"))
        #expect(empty.messageText == "Fewer than two topics: a pairwise comparison needs at least two, the matrix has 1. Please add topics first.")
    }

    @Test func nothingBreaksAtTheSmallestSize() throws {
        let (width, height) = (60, 16)
        var canvases: [Canvas] = []
        for count in [0, 5, 30, 100] {
            let fixture = count == 30 ? try Fixture.demoMatrix() : try Fixture.matrix(topics: count)
            func live(_ keys: Key...) {
                for key in keys { fixture.pressLive(key, width: width, height: height) }
                canvases.append(fixture.render(width, height))
            }
            live()
            // At this size a crowded quadrant may not show every number, but those shown are
            // apart, each once, in their quadrant.
            let plot = try PlotReading(fixture.render(width, height))
            #expect(plot.counts.values.allSatisfy { $0 == 1 })
            for marker in plot.markers {
                #expect(plot.quadrant(of: marker) == fixture.matrixTopics.at(marker.number - 1)?.quadrant, "\(marker.number)")
            }
            if count == 5 { #expect(plot.markers.count == 5) }
            for _ in 0..<count + 2 { fixture.pressLive(.tab, width: width, height: height) }
            live(.right, .up, .left, .down)
            live(.character("x"))
            live(.character("m"), .character("w"), .character("g"))
            live(.character("u"))
            live(.escape, .character("l"))
            live(.character("G"))
            live(.escape, .character("a"))
            fixture.typeLive("Fachkräftemangel", width: width, height: height)
            live(.enter)
            if fixture.app.overlay != nil { fixture.pressLive(.escape, width: width, height: height) }
            live(.character("e"))
            live(.control("u"), .enter)
            live(.escape, .character("?"))
            live(.escape, .escape)
            live(.character("n"))
        }
        for canvas in canvases {
            expectNoLineWiderThanCanvas(canvas)
            #expect(canvas.lines.count == height)
        }
        // Even tiny terminals draw something.
        let fixture = try Fixture.demoMatrix()
        for size in [(40, 10), (20, 6), (10, 3)] {
            fixture.pressLive(.tab, width: size.0, height: size.1)
            expectNoLineWiderThanCanvas(fixture.render(size.0, size.1))
        }
        fixture.pressLive(.character("x"), width: 20, height: 6)
        expectNoLineWiderThanCanvas(fixture.render(20, 6))
        fixture.pressLive(.escape, .character("l"), width: 20, height: 6)
        expectNoLineWiderThanCanvas(fixture.render(20, 6))
    }
}
