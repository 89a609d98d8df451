extension ProtocolDocument {
    /// Every consensing round: its facts and, once revealed, the full result table and the
    /// acceptance as bars. A round still collecting shows only how many values are in.
    static func consensingSection(_ workshop: Workshop, _ language: Language) -> ProtocolSection? {
        guard !workshop.rounds.isEmpty else { return nil }
        return ProtocolSection(title: UIText.kindConsensing.text(language),
                               subsections: workshop.rounds.map { roundSection($0, in: workshop, language) })
    }

    private static func roundSection(_ round: ConsensingRound, in workshop: Workshop, _ language: Language) -> ProtocolSection {
        let result = workshop.result(for: round)
        var blocks: [ProtocolBlock] = [.facts([
            ProtocolFact(UIText.protocolStatus.text(language), roundStatus(round, language)),
            ProtocolFact(UIText.fieldScale.text(language),
                         UIText.roundFacts.format(language, result.scaleMaximum, result.chooseCount, round.activeProposals.count)),
            ProtocolFact(UIText.protocolRaters.text(language), "\(result.raterCount)"),
        ])]
        blocks += roundOutcome(round, result, language).map { .outcome($0) }
        guard round.status != .collecting else { return ProtocolSection(title: round.question, blocks: blocks) }
        blocks.append(.table(resultTable(result, language)))
        blocks.append(.bars(BarChart(bars: result.rows.map { row in
            BarChart.Bar(label: (row.isChosen ? "★ " : "") + row.title, value: row.acceptance,
                         valueText: percent(row.acceptance, language), style: row.isChosen ? .highlighted
                             : row.isPassive ? .reference : row.isAcceptable ? .normal : .muted)
        }, caption: UIText.protocolAcceptanceChart.text(language))))
        var notes = [UIText.protocolResultLegend.format(language, result.scaleMaximum), result.rule.label(language)]
        if result.missingValues > 0 { notes.append(UIText.tallyMissing.format(language, result.missingValues)) }
        blocks.append(.note(notes.joined(separator: " · ")))
        return ProtocolSection(title: round.question, blocks: blocks)
    }

    /// The status, with the time a closed round was closed: "abgeschlossen (23.03.2017, 16:40)".
    static func roundStatus(_ round: ConsensingRound, _ language: Language) -> String {
        guard let closedAt = round.closedAt else { return round.status.label(language) }
        return round.status.label(language) + " (" + LocalizedFormat.dateTime(closedAt, language) + ")"
    }

    /// What the round decided, in words: while collecting only how many values are in;
    /// then the chosen proposals, and a warning when a tie straddles the cut.
    static func roundOutcome(_ round: ConsensingRound, _ result: ConsensingResult, _ language: Language) -> [String] {
        guard round.status != .collecting else {
            let total = result.raterCount * result.rows.count
            return [UIText.protocolVotingRunning.format(language, total - result.missingValues, total)]
        }
        let chosen = result.chosen.map(\.title)
        let outcome = chosen.isEmpty ? UIText.protocolNothingChosen.text(language)
            : UIText.protocolChosen.format(language, chosen.joined(separator: "; "))
        return [outcome] + (result.tieAtCut ? [UIText.tieAtCut.text(language)] : [])
    }

    /// Rank, proposal, resistance, mean, acceptance, outcome (and missing values, if any).
    private static func resultTable(_ result: ConsensingResult, _ language: Language) -> ProtocolTable {
        let showsMissing = result.missingValues > 0
        var columns = [ProtocolTable.Column(UIText.columnRank.text(language), numeric: true),
                       ProtocolTable.Column(UIText.columnProposal.text(language)),
                       ProtocolTable.Column(UIText.columnResistance.text(language), numeric: true),
                       ProtocolTable.Column(UIText.columnMean.text(language), numeric: true),
                       ProtocolTable.Column(UIText.columnAcceptance.text(language), numeric: true)]
        if showsMissing { columns.append(ProtocolTable.Column(UIText.protocolColumnMissing.text(language), numeric: true)) }
        columns.append(ProtocolTable.Column(UIText.protocolColumnOutcome.text(language)))
        let rows = result.rows.map { row in
            let outcome = row.isChosen ? UIText.protocolMarkChosen : row.isPassive ? UIText.protocolMarkPassive
                : row.isAcceptable ? nil : UIText.protocolMarkNotAcceptable
            var cells = [(row.isTie ? "=" : "") + "\(row.rank)", row.title, "\(row.resistance)",
                         LocalizedFormat.decimal(row.mean, digits: 1, language), percent(row.acceptance, language)]
            if showsMissing { cells.append("\(row.missing)") }
            cells.append(outcome?.text(language) ?? "")
            return ProtocolTable.Row(cells, style: row.isChosen ? .highlighted : row.isAcceptable ? .normal : .muted)
        }
        return ProtocolTable(columns: columns, rows: rows)
    }

    private static func percent(_ value: Double, _ language: Language) -> String {
        LocalizedFormat.decimal(value, digits: 1, language) + " %"
    }
}
