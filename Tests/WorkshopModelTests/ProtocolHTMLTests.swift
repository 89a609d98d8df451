import Foundation
import Testing
import WorkshopModel

/// The HTML protocol: one self-contained document with drawings, and every piece of
/// workshop text escaped.
@Suite struct ProtocolHTMLTests {
    private func html(_ workshop: Workshop = ProtocolFixtures.demo, _ language: Language = .de) -> String {
        ProtocolExporter(workshop: workshop, language: language).html()
    }

    private func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// Every `name="value"` attribute of the document.
    private func attributes(_ name: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: "\\s\(name)\\s*=\\s*\"([^\"]*)\"", options: [.caseInsensitive])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// The centres of the dots of the matrix drawing.
    private func dots(_ text: String) -> [(x: Double, y: Double)] {
        let regex = try! NSRegularExpression(pattern: "<circle cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"")
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (Double(text[Range(match.range(at: 1), in: text)!])!, Double(text[Range(match.range(at: 2), in: text)!])!)
        }
    }

    @Test func aSelfContainedDocumentWithNumberedHeadings() {
        let text = html()
        #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(text.contains("<title>Protokoll: Auftaktveranstaltung der Wirtschaftsallianz Bottrop</title>"))
        #expect(text.contains("<style>") && text.contains("@media print") && text.contains("break-before: page"))
        #expect(text.contains("<h2><span class=\"number\">1</span> Die Sitzung</h2>"))
        #expect(text.contains("<h3><span class=\"number\">2.1</span> Herausforderungen am Wirtschaftsstandort Bottrop</h3>"))
        #expect(text.contains("<dt>Datum</dt><dd>23.03.2017</dd><dt>Ort</dt><dd>Lokschuppen, Bottrop</dd>"))
        #expect(text.contains("<a href=\"#s5\"><span class=\"number\">5</span> Wesentlichkeitsanalyse</a>"))
        #expect(text.hasSuffix("</html>\n"))
    }

    @Test func noScriptsAndNoExternalResources() {
        let text = html()
        #expect(!text.lowercased().contains("<script"))
        #expect(!text.lowercased().contains("<link"))
        #expect(!text.lowercased().contains("<img"))
        #expect(!text.replacingOccurrences(of: "http-equiv", with: "").contains("http"))
        #expect(attributes("src", in: text).isEmpty)
        let links = attributes("href", in: text)
        #expect(!links.isEmpty)
        #expect(links.allSatisfy { $0.hasPrefix("#") }, "\(links)")
        #expect(text.contains("Content-Security-Policy\" content=\"default-src 'none'"))
    }

    @Test func elementsAreBalanced() {
        let text = html()
        for element in ["svg", "section", "table", "ul", "ol", "figure", "dl", "g"] {
            let opened = count("<\(element) ", in: text) + count("<\(element)>", in: text)
            #expect(opened == count("</\(element)>", in: text), "\(element)")
            #expect(opened > 0, "\(element)")
        }
        #expect(count("<li ", in: text) + count("<li>", in: text) == count("</li>", in: text))
        #expect(count("<tr", in: text) == count("</tr>", in: text))
        #expect(count("<svg", in: text) == 2)
    }

    @Test func roundCardsHoldTheirCardsAsANestedList() {
        let text = html()
        #expect(text.contains("<li class=\"card cluster\"><span class=\"text\">Fachkräfte und Ausbildung</span><ul>\n<li class=\"card\"><span class=\"text\">Fachkräftemangel/mangelnde Bindung der Beschäftigten an die Unternehmen</span></li>"))
        #expect(text.contains("<li class=\"card prepared\"><span class=\"text\">Welche globalen Nachhaltigkeitsaspekte"))
        #expect(text.contains("<span class=\"badge\">vorbereitet</span>"))
        #expect(text.contains("<span class=\"text\">Startercenter Bottrop:<br>Erstinformation"))
    }

    @Test func theSummaryJoinsAChallengeAcrossItsVisions() {
        let text = html()
        #expect(text.contains("<tr><td rowspan=\"3\">Reduzierung des Ressourcenverbrauchs</td><td>Elektromobiler City Hub</td></tr>\n<tr><td>Nachhaltige Verkehrskonzepte</td></tr>"))
    }

    @Test func theSWOTIsATwoByTwoTable() {
        let text = html()
        let grid = text.components(separatedBy: "<table class=\"grid\">").last?.components(separatedBy: "</section>\n</td></tr>\n</table>").first ?? ""
        #expect(count("<h4>", in: grid) == 4)
        #expect(text.contains("<table class=\"grid\">\n<tr><td><section id=\"s4-1-1\" class=\"level3\">\n<h4><span class=\"number\">4.1.1</span> Stärken (intern)</h4>"))
        #expect(text.contains("<td><section id=\"s4-1-2\" class=\"level3\">\n<h4><span class=\"number\">4.1.2</span> Schwächen (intern)</h4>"))
        #expect(text.contains("</td></tr>\n<tr><td><section id=\"s4-1-3\""))
    }

    @Test func theMatrixIsDrawnWithNumberedDotsALegendAndTheTable() {
        let text = html()
        let svg = text.components(separatedBy: "<svg class=\"matrix\"").last?.components(separatedBy: "</svg>").first ?? ""
        #expect(count("<circle", in: svg) == 30)
        #expect(count("<g class=\"dot prioritised\">", in: svg) == 15)
        for name in ["Top-Priorität", "Beobachten", "Prüfen", "Nicht priorisiert", "Handlungsfähigkeit der Allianz",
                     "Relevanz für den Standort", "gering", "hoch"] {
            #expect(svg.contains(">\(name)</text>"), "\(name)")
        }
        #expect(svg.contains("<title>1. Hybride Formen des Einzelhandels – „Die Bottrop-Plattform“</title>"))
        #expect(text.contains("<li value=\"4\" class=\"prioritised\">Elektromobiler City-Hub</li>"))
        #expect(text.contains("<tr class=\"divider\"><td colspan=\"4\">✂ Schnittlinie: 15 Themen priorisiert</td></tr>"))
        #expect(text.contains("<tr class=\"highlighted\"><td class=\"num\">1</td><td>Hybride Formen des Einzelhandels – „Die Bottrop-Plattform“</td><td>Top-Priorität</td><td>★</td></tr>"))
    }

    @Test func crowdedDotsDoNotCoverEachOtherAndStayInTheirQuadrant() {
        var workshop = Workshop(info: WorkshopInfo(title: "Dicht", date: "", place: ""))
        let matrix = MaterialityMatrix(id: EntityID("m"), title: "M", xAxis: MatrixAxis(name: "x"), yAxis: MatrixAxis(name: "y"))
        workshop.matrices = [matrix]
        workshop.topics = (0..<12).map { MatrixTopic(id: EntityID("t\($0)"), matrixID: matrix.id, label: "T\($0)", x: 0.9, y: 0.9) }
            + [MatrixTopic(id: EntityID("low"), matrixID: matrix.id, label: "unten links", x: 0.49, y: 0.49)]
        let centres = dots(html(workshop))
        #expect(centres.count == 13)
        for i in centres.indices {
            for j in centres.indices where j > i {
                let distance = ((centres[i].x - centres[j].x) * (centres[i].x - centres[j].x)
                    + (centres[i].y - centres[j].y) * (centres[i].y - centres[j].y)).squareRoot()
                #expect(distance >= 22, "dots \(i) and \(j) overlap")
            }
        }
        // The plot runs from x 96 to 576 and y 16 to 496: top right is x ≥ 336, y ≤ 256.
        #expect(centres.prefix(12).allSatisfy { $0.x >= 336 && $0.x <= 576 && $0.y >= 16 && $0.y <= 256 })
        #expect(centres[12].x < 336 && centres[12].y > 256)
    }

    @Test func aRevealedRoundHasItsTableAndAcceptanceBars() {
        let text = html()
        let svg = text.components(separatedBy: "<svg class=\"bars\"").last?.components(separatedBy: "</svg>").first ?? ""
        #expect(count("<g class=\"bar ", in: svg) == 7)
        #expect(count("<g class=\"bar highlighted\">", in: svg) == 4)
        #expect(count("<g class=\"bar reference\">", in: svg) == 1)
        #expect(svg.contains(">★ City-Logistik unter Nachhaltigkeitsgesichtspunkten</text><rect x=\"1\" y=\"24\" width=\"459\" height=\"14\"/><text class=\"value\" x=\"467\" y=\"35\">85,0 %</text>"))
        #expect(text.contains("<tr class=\"highlighted\"><td class=\"num\">1</td><td>City-Logistik unter Nachhaltigkeitsgesichtspunkten</td><td class=\"num\">18</td><td class=\"num\">1,5</td><td class=\"num\">85,0 %</td><td>★ gewählt</td></tr>"))
    }

    @Test func englishDocument() {
        let text = html(ProtocolFixtures.demo, .en)
        #expect(text.contains("<html lang=\"en\">"))
        #expect(text.contains("<title>Minutes: Auftaktveranstaltung der Wirtschaftsallianz Bottrop</title>"))
        #expect(text.contains("<h2><span class=\"number\">7</span> Systemic consensing</h2>"))
    }

    // MARK: Hostile text

    @Test func nothingParticipantsTypedBecomesMarkup() {
        let text = html(ProtocolFixtures.hostile)
        #expect(!text.contains("<script"))
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("[31m"))
        #expect(text.contains("<title>Protokoll: Titel &lt;script&gt;alert(1)&lt;/script&gt;</title>"))
        #expect(text.contains("<span class=\"text\">&lt;script&gt;alert(1)&lt;/script&gt;</span> <span class=\"author\">— =HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</span>"))
        #expect(text.contains("<text class=\"quadrant\" x=\"568\" y=\"36\" text-anchor=\"end\">&lt;script&gt;alert(1)&lt;/script&gt;</text>"))
        #expect(text.contains("<text class=\"pole\" x=\"96\" y=\"518\" text-anchor=\"start\">&lt;</text>"))
        // The hostile link text is text, never an attribute.
        #expect(attributes("href", in: text).allSatisfy { $0.hasPrefix("#") })
        #expect(attributes("src", in: text).isEmpty)
        for element in ["svg", "section", "table", "ul", "figure"] {
            #expect(count("<\(element) ", in: text) + count("<\(element)>", in: text) == count("</\(element)>", in: text), "\(element)")
        }
    }

    @Test func quotesAreEscapedEverywhere() {
        #expect(ProtocolEscaping.html("a & b < c > d \" e ' f\ng") == "a &amp; b &lt; c &gt; d &quot; e &#39; f<br>g")
        #expect(ProtocolEscaping.html("x\ny", lineBreaks: false) == "x y")
        #expect(ProtocolEscaping.html("\u{1B}]0;title\u{07}ok\u{9B}2J") == "ok")
    }
}
