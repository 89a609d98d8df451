import WorkshopModel

/// The result of a round as a table: rank, proposal, group resistance, mean, acceptance,
/// and marks for the chosen, the passive solution, ties and proposals that are not acceptable.
struct ResultTable {
    let result: ConsensingResult
    let language: Language

    func render(into canvas: inout Canvas, rect: Rect) {
        let numbers = [UIText.columnRank, .columnResistance, .columnMean, .columnAcceptance].map { $0.text(language) }
        let numberWidths = [5, 12, 8, 11]
        let markWidth = 3
        let titleWidth = rect.width - numberWidths.reduce(0, +) - markWidth - 2
        var x = rect.x + 1 + markWidth
        canvas.draw(UIText.columnProposal.text(language).padded(toWidth: titleWidth), x: x, y: rect.y, style: .heading)
        x += titleWidth
        for (text, width) in zip(numbers, numberWidths) {
            canvas.draw(text.truncated(toWidth: width - 1), x: x + width - 1 - min(DisplayWidth.of(text), width - 1), y: rect.y, style: .heading)
            x += width
        }
        // Every row before the legend: on a small terminal the legend gives way, not the
        // passive solution at the end.
        let shownRows = min(result.rows.count, max(rect.height - 1, 0))
        for (line, row) in result.rows.prefix(shownRows).enumerated() {
            let y = rect.y + 1 + line
            let style: Style = row.isChosen ? .success : row.isAcceptable ? .normal : .secondary
            let mark = row.isChosen ? "★" : row.isPassive ? "P" : row.isAcceptable ? " " : "✗"
            canvas.draw(" " + mark, x: rect.x, y: y, style: style)
            var title = row.title
            if !row.isAcceptable { title += " " + UIText.markNotAcceptable.text(language) }
            canvas.draw(title.truncated(toWidth: titleWidth - 1), x: rect.x + 1 + markWidth, y: y, style: style)
            let cells = [(row.isTie ? "=" : "") + "\(row.rank)", "\(row.resistance)", Self.decimal(row.mean, language),
                         Self.decimal(row.acceptance, language) + " %"]
            x = rect.x + 1 + markWidth + titleWidth
            for (text, width) in zip(cells, numberWidths) {
                canvas.draw(text, x: x + width - 1 - DisplayWidth.of(text), y: y, style: style)
                x += width
            }
        }
        let legendY = rect.y + 1 + shownRows + 1
        var legend = UIText.resultLegend.text(language) + " · " + result.rule.label(language)
        if result.tieAtCut { legend = UIText.tieAtCut.text(language) + " · " + legend }
        for (offset, line) in TextWrapper.wrap(legend, width: rect.width - 2).enumerated() where legendY + offset < rect.maxY {
            canvas.draw(" " + line, x: rect.x, y: legendY + offset, style: result.tieAtCut && offset == 0 ? .error : .secondary)
        }
    }

    /// One decimal, with a decimal comma in German.
    static func decimal(_ value: Double, _ language: Language) -> String {
        LocalizedFormat.decimal(value, digits: 1, language)
    }
}
