extension ProtocolDocument {
    /// Shows of hands, dot votings, positionings and signature lists with their results.
    static func quickDecisionsSection(_ workshop: Workshop, _ language: Language) -> ProtocolSection? {
        guard !workshop.quickDecisions.isEmpty else { return nil }
        return ProtocolSection(title: UIText.quickTitle.text(language),
                               subsections: workshop.quickDecisions.map { decisionSection($0, language) })
    }

    private static func decisionSection(_ decision: QuickDecision, _ language: Language) -> ProtocolSection {
        var facts = [ProtocolFact(UIText.fieldKind.text(language), decision.kind.label(language)),
                     ProtocolFact(UIText.protocolStatus.text(language), decisionStatus(decision, language))]
        if decision.kind == .dotVoting {
            facts.append(ProtocolFact(UIText.fieldDotsPerPerson.text(language), "\(decision.dotsPerPerson)"
                + " (" + (decision.stackingAllowed ? UIText.quickStacking : UIText.quickNoStacking).text(language) + ")"))
        }
        if decision.kind == .positioning, decision.poles.count == 2 {
            facts.append(ProtocolFact(UIText.protocolPoles.text(language), decision.poles[0] + " ↔ " + decision.poles[1]))
        }
        var blocks: [ProtocolBlock] = [.facts(facts)]
        if decision.kind == .signatures {
            blocks.append(.outcome(UIText.protocolSignatureCount.format(language, decision.signatures.count)))
            if !decision.signatures.isEmpty { blocks.append(.list(decision.signatures)) }
            return ProtocolSection(title: decision.title, blocks: blocks)
        }
        let leading = Set(decision.leadingOptions)
        var rows = decision.options.indices.map { index in
            ProtocolTable.Row([decision.optionLabel(index, language),
                               "\(decision.count(index))"],
                              style: leading.contains(index) ? .highlighted : .normal)
        }
        rows.append(ProtocolTable.Row([UIText.protocolTotal.text(language), "\(decision.total)"]))
        blocks.append(.table(ProtocolTable(columns: [ProtocolTable.Column(UIText.protocolColumnOption.text(language)),
                                                     ProtocolTable.Column(UIText.fieldCount.text(language), numeric: true)],
                                           rows: rows)))
        if let outcome = decision.outcome(language) { blocks.append(.outcome(outcome)) }
        return ProtocolSection(title: decision.title, blocks: blocks)
    }

    /// "offen", or "festgehalten (23.03.2017, 16:40)".
    static func decisionStatus(_ decision: QuickDecision, _ language: Language) -> String {
        guard let recordedAt = decision.recordedAt else { return UIText.quickOpen.text(language) }
        return UIText.protocolRecordedAt.format(language, LocalizedFormat.dateTime(recordedAt, language))
    }
}
