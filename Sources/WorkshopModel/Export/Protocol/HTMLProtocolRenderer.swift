/// Renders a ``ProtocolDocument`` as one self-contained HTML file that reads and prints like a
/// document: inline CSS (``HTMLProtocolStyle``), inline SVG drawings, no scripts and no
/// external resources (a Content-Security-Policy forbids loading any). Every piece of
/// workshop text is escaped (``ProtocolEscaping/html(_:lineBreaks:)``).
public struct HTMLProtocolRenderer: Sendable {
    public init() {}

    /// The whole HTML file.
    public func render(_ document: ProtocolDocument) -> String {
        let language = document.language
        let headline = UIText.protocolHeadline.text(language)
        var output = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(headline): \(ProtocolEscaping.html(document.title, lineBreaks: false))</title>
            <style>\(HTMLProtocolStyle.css)</style>
            </head>
            <body>
            <main>
            <header class="cover">
            <p class="kicker">\(headline)</p>
            <h1>\(ProtocolEscaping.html(document.title))</h1>

            """
        if !document.subtitle.isEmpty { output += "<p class=\"subtitle\">\(ProtocolEscaping.html(document.subtitle))</p>\n" }
        output += "<nav class=\"contents\"><h2>\(UIText.protocolContents.text(language))</h2><ol>\n"
        for section in document.sections {
            output += "<li><a href=\"#\(anchor(section))\"><span class=\"number\">\(section.number)</span> "
                + ProtocolEscaping.html(section.title, lineBreaks: false) + "</a></li>\n"
        }
        output += "</ol></nav>\n</header>\n"
        for section in document.sections { render(section, language, into: &output) }
        output += "<footer>\(UIText.protocolFooter.text(language))</footer>\n</main>\n</body>\n</html>\n"
        return output
    }

    private func anchor(_ section: ProtocolSection) -> String {
        "s" + section.number.replacingOccurrences(of: ".", with: "-")
    }

    private func render(_ section: ProtocolSection, _ language: Language, into output: inout String) {
        let level = min(section.depth + 1, 6)
        output += "<section id=\"\(anchor(section))\" class=\"level\(section.depth)\">\n"
            + "<h\(level)><span class=\"number\">\(section.number)</span> \(ProtocolEscaping.html(section.title))</h\(level)>\n"
        for block in section.blocks { render(block, language, into: &output) }
        switch section.layout {
        case .flow:
            for subsection in section.subsections { render(subsection, language, into: &output) }
        case .grid:
            output += "<table class=\"grid\">\n"
            for start in stride(from: 0, to: section.subsections.count, by: 2) {
                output += "<tr>"
                for subsection in section.subsections[start..<min(start + 2, section.subsections.count)] {
                    output += "<td>"
                    render(subsection, language, into: &output)
                    output += "</td>"
                }
                output += "</tr>\n"
            }
            output += "</table>\n"
        }
        output += "</section>\n"
    }

    private func render(_ block: ProtocolBlock, _ language: Language, into output: inout String) {
        switch block {
        case let .paragraph(text):
            output += "<p>\(ProtocolEscaping.html(text))</p>\n"
        case let .outcome(text):
            output += "<p class=\"outcome\">\(ProtocolEscaping.html(text))</p>\n"
        case let .note(text):
            output += "<p class=\"note\">\(ProtocolEscaping.html(text))</p>\n"
        case let .facts(facts):
            output += "<dl class=\"facts\">"
            for fact in facts {
                output += "<dt>\(ProtocolEscaping.html(fact.label))</dt><dd>\(ProtocolEscaping.html(fact.value))</dd>"
            }
            output += "</dl>\n"
        case let .fields(fields):
            output += "<dl class=\"fields\">"
            for field in fields {
                output += "<dt>\(ProtocolEscaping.html(field.label))</dt>"
                if !field.text.isEmpty || field.remarks.isEmpty {
                    output += "<dd>\(field.text.isEmpty ? "—" : ProtocolEscaping.html(field.text))</dd>"
                }
                for remark in field.remarks { output += "<dd class=\"note\">\(ProtocolEscaping.html(remark))</dd>" }
            }
            output += "</dl>\n"
        case let .table(table):
            render(table, into: &output)
        case let .cards(cards):
            render(cards, language, into: &output)
        case let .list(items):
            output += "<ul class=\"plain\">" + items.map { "<li>\(ProtocolEscaping.html($0))</li>" }.joined() + "</ul>\n"
        case let .matrix(figure):
            output += "<figure class=\"matrix\">\n" + MatrixSVG.render(figure) + "\n<figcaption>"
                + ProtocolEscaping.html(figure.caption) + "<ol class=\"legend\">"
            for point in figure.points {
                output += "<li value=\"\(point.number)\"\(point.isPrioritised ? " class=\"prioritised\"" : "")>"
                    + ProtocolEscaping.html(point.label) + "</li>"
            }
            output += "</ol></figcaption>\n</figure>\n"
        case let .bars(chart):
            output += "<figure class=\"bars\">\n" + BarChartSVG.render(chart) + "\n<figcaption>"
                + ProtocolEscaping.html(chart.caption) + "</figcaption>\n</figure>\n"
        }
    }

    /// A table; a first cell that continues the row above is joined with it (rowspan). A
    /// table of names and numbers only is not stretched across the page.
    private func render(_ table: ProtocolTable, into output: inout String) {
        output += table.isCompact || table.columns.dropFirst().allSatisfy(\.isNumeric)
            ? "<table class=\"compact\">\n<thead><tr>" : "<table>\n<thead><tr>"
        for column in table.columns {
            output += "<th\(column.isNumeric ? " class=\"num\"" : "")>\(ProtocolEscaping.html(column.title))</th>"
        }
        output += "</tr></thead>\n<tbody>\n"
        for (index, row) in table.rows.enumerated() {
            let style: String
            switch row.style {
            case .normal: style = ""
            case .highlighted: style = " class=\"highlighted\""
            case .muted: style = " class=\"muted\""
            case .divider:
                output += "<tr class=\"divider\"><td colspan=\"\(table.columns.count)\">"
                    + ProtocolEscaping.html(row.cells.first ?? "") + "</td></tr>\n"
                continue
            }
            output += "<tr\(style)>"
            for (position, (column, cell)) in zip(table.columns, row.cells).enumerated() {
                if position == 0 && row.continuesFirstCell { continue }
                var attributes = column.isNumeric ? " class=\"num\"" : ""
                if position == 0 {
                    let span = table.rows[(index + 1)...].prefix { $0.continuesFirstCell }.count + 1
                    if span > 1 { attributes += " rowspan=\"\(span)\"" }
                }
                output += "<td\(attributes)>\(ProtocolEscaping.html(cell))</td>"
            }
            output += "</tr>\n"
        }
        output += "</tbody>\n</table>\n"
    }

    /// Cards as nested lists: a grouped card inside the item of its round card.
    private func render(_ cards: [ProtocolCard], _ language: Language, into output: inout String) {
        output += "<ul class=\"cards\">"
        var depth = 0
        for (index, card) in cards.enumerated() {
            if index > 0 {
                if card.depth > depth {
                    output += "<ul>"
                    depth += 1
                } else {
                    output += "</li>"
                    while depth > card.depth {
                        output += "</ul></li>"
                        depth -= 1
                    }
                }
            }
            let classes = ["card"] + (card.isCluster ? ["cluster"] : []) + (card.isPrepared ? ["prepared"] : [])
            output += "\n<li class=\"\(classes.joined(separator: " "))\"><span class=\"text\">\(ProtocolEscaping.html(card.text))</span>"
            if let author = card.author, !author.isEmpty {
                output += " <span class=\"author\">— \(ProtocolEscaping.html(author))</span>"
            }
            for tag in card.tags { output += " <span class=\"tag\">\(ProtocolEscaping.html(tag, lineBreaks: false))</span>" }
            if card.isPrepared { output += " <span class=\"badge\">\(UIText.protocolPrepared.text(language))</span>" }
        }
        if !cards.isEmpty { output += "</li>" }
        while depth > 0 {
            output += "</ul></li>"
            depth -= 1
        }
        output += "</ul>\n"
    }
}
