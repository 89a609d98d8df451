extension ProtocolDocument {
    /// Every materiality matrix: its axes, the drawing, and the priority list with the cut
    /// line under the prioritised topics.
    static func materialitySection(_ workshop: Workshop, _ language: Language) -> ProtocolSection? {
        guard !workshop.matrices.isEmpty else { return nil }
        return ProtocolSection(title: UIText.protocolMateriality.text(language),
                               subsections: workshop.matrices.map { matrixSection($0, in: workshop, language) })
    }

    private static func matrixSection(_ matrix: MaterialityMatrix, in workshop: Workshop,
                                      _ language: Language) -> ProtocolSection {
        let ranked = workshop.priorityList(of: matrix.id)
        let prioritised = workshop.prioritisedTopics(of: matrix.id).count
        func axis(_ axis: MatrixAxis) -> String {
            axis.low.isEmpty && axis.high.isEmpty ? axis.name : UIText.protocolAxis.format(language, axis.name, axis.low, axis.high)
        }
        var blocks: [ProtocolBlock] = [.facts([
            ProtocolFact(UIText.protocolAxisX.text(language), axis(matrix.xAxis)),
            ProtocolFact(UIText.protocolAxisY.text(language), axis(matrix.yAxis)),
            ProtocolFact(UIText.protocolTopics.text(language), "\(ranked.count)"),
            ProtocolFact(UIText.protocolPrioritised.text(language), "\(prioritised)"),
        ])]
        if matrix.isIllustrative { blocks.append(.note(UIText.protocolIllustrative.text(language))) }
        guard !ranked.isEmpty else { return ProtocolSection(title: matrix.title, blocks: blocks) }

        let points = ranked.enumerated().compactMap { index, topic -> MatrixFigure.Point? in
            guard let x = topic.x, let y = topic.y else { return nil }
            return MatrixFigure.Point(number: index + 1, label: topic.label, x: x, y: y, isPrioritised: index < prioritised)
        }
        blocks.append(.matrix(MatrixFigure(xAxis: matrix.xAxis, yAxis: matrix.yAxis, quadrantNames: matrix.quadrantNames,
                                           points: points, caption: UIText.protocolMatrixCaption.text(language))))
        var rows: [ProtocolTable.Row] = []
        for (index, topic) in ranked.enumerated() {
            if index == prioritised { rows.append(.divider(UIText.protocolCutLine.format(language, prioritised))) }
            let isPrioritised = index < prioritised
            rows.append(ProtocolTable.Row(["\(index + 1)", topic.label,
                                           topic.quadrant.map(matrix.quadrantName) ?? UIText.notPlaced.text(language),
                                           isPrioritised ? "★" : ""],
                                          style: isPrioritised ? .highlighted : topic.quadrant == nil ? .muted : .normal))
        }
        if prioritised == ranked.count { rows.append(.divider(UIText.protocolCutLine.format(language, prioritised))) }
        blocks.append(.table(ProtocolTable(columns: [ProtocolTable.Column(UIText.columnRank.text(language), numeric: true),
                                                     ProtocolTable.Column(UIText.protocolColumnTopic.text(language)),
                                                     ProtocolTable.Column(UIText.protocolColumnQuadrant.text(language)),
                                                     ProtocolTable.Column(UIText.protocolPrioritised.text(language))],
                                           rows: rows)))
        return ProtocolSection(title: matrix.title, blocks: blocks)
    }
}
