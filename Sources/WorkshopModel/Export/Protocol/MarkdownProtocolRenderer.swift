/// Renders a ``ProtocolDocument`` as GitHub-flavoured Markdown that can be handed out as it
/// is: numbered ATX headings, facts as a list, GFM tables, cards as nested lists. No raw
/// HTML; every piece of workshop text is escaped (``ProtocolEscaping/markdownLines(_:)``).
/// Drawings are left out: the tables beside them carry the same figures.
public struct MarkdownProtocolRenderer: Sendable {
    public init() {}

    /// The whole protocol, ending in one line break.
    public func render(_ document: ProtocolDocument) -> String {
        var output = "# " + UIText.protocolHeadline.text(document.language) + ": "
            + ProtocolEscaping.markdown(document.title) + "\n\n"
        if !document.subtitle.isEmpty { output += ProtocolEscaping.markdown(document.subtitle) + "\n\n" }
        for section in document.sections { render(section, document.language, into: &output) }
        while output.hasSuffix("\n\n") { output.removeLast() }
        return output
    }

    private func render(_ section: ProtocolSection, _ language: Language, into output: inout String) {
        output += String(repeating: "#", count: min(section.depth + 1, 6)) + " " + section.number + " "
            + ProtocolEscaping.markdown(section.title) + "\n\n"
        for block in section.blocks { render(block, language, into: &output) }
        for subsection in section.subsections { render(subsection, language, into: &output) }
    }

    private func render(_ block: ProtocolBlock, _ language: Language, into output: inout String) {
        switch block {
        case let .paragraph(text):
            output += ProtocolEscaping.markdown(text, separator: "\\\n") + "\n\n"
        case let .outcome(text):
            output += "**" + ProtocolEscaping.markdown(text, separator: "\\\n") + "**\n\n"
        case let .note(text):
            output += "*" + ProtocolEscaping.markdown(text) + "*\n\n"
        case let .facts(facts):
            for fact in facts {
                output += "- **" + ProtocolEscaping.markdown(fact.label) + ":** " + ProtocolEscaping.markdown(fact.value) + "\n"
            }
            output += "\n"
        case let .fields(fields):
            // One paragraph per field: the label in bold on its own line, the text with hard
            // line breaks, the remarks in italics under it.
            for field in fields {
                var lines = field.label.isEmpty ? [] : ["**" + ProtocolEscaping.markdown(field.label) + "**"]
                if !field.text.isEmpty { lines += ProtocolEscaping.markdownLines(field.text) }
                lines += field.remarks.map { "*" + ProtocolEscaping.markdown($0) + "*" }
                if field.text.isEmpty && field.remarks.isEmpty { lines.append("—") }
                output += lines.joined(separator: "\\\n") + "\n\n"
            }
        case let .table(table):
            render(table, into: &output)
        case let .cards(cards):
            for card in cards { render(card, language, into: &output) }
            output += "\n"
        case let .list(items):
            for item in items { output += "- " + ProtocolEscaping.markdown(item) + "\n" }
            output += "\n"
        case .matrix, .bars:
            break
        }
    }

    private func render(_ table: ProtocolTable, into output: inout String) {
        func row(_ cells: [String]) -> String {
            "| " + cells.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |\n"
        }
        output += row(table.columns.map { ProtocolEscaping.markdown($0.title) })
        output += row(table.columns.map { $0.isNumeric ? "---:" : "---" })
        for line in table.rows {
            var cells = line.cells.map { ProtocolEscaping.markdown($0) }
            if line.style == .divider { cells = cells.map { "**" + $0 + "**" } }
            cells += Array(repeating: "", count: max(table.columns.count - cells.count, 0))
            output += row(Array(cells.prefix(table.columns.count)))
        }
        output += "\n"
    }

    /// "- text — author · *tag*, *tag* · (prepared)", a round card in bold, grouped cards indented.
    private func render(_ card: ProtocolCard, _ language: Language, into output: inout String) {
        let indent = String(repeating: "  ", count: card.depth)
        var text = ProtocolEscaping.markdown(card.text, separator: "\\\n" + indent + "  ")
        if card.isCluster { text = "**" + text + "**" }
        var line = indent + "- " + text
        if let author = card.author, !author.isEmpty { line += " — " + ProtocolEscaping.markdown(author) }
        if !card.tags.isEmpty {
            line += " · " + card.tags.map { "*" + ProtocolEscaping.markdown($0) + "*" }.joined(separator: ", ")
        }
        if card.isPrepared { line += " · (" + UIText.protocolPrepared.text(language) + ")" }
        output += line + "\n"
    }
}
